package io.connectorexplorer.cli;

import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.core.profile.DiscoveredAccount;
import io.connectorexplorer.core.profile.SsoSession;
import io.connectorexplorer.core.profile.TargetResolver;
import io.connectorexplorer.core.task.Cancellation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which targets {@code inventory} asks, from its options: the profiles (named, all usable ones, or the one {@code list}
 * would use; and with {@code --sso-session}, every account and role the session reaches) crossed with the regions (named, all where AppFlow is offered, or each profile's own as {@code list}
 * picks it), profile by profile; and what to tell the user about it on standard error (profiles skipped, regions not
 * known to offer AppFlow).
 */
record InventoryTargets(List<Target> targets, List<String> notes) {

    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+");

    static InventoryTargets resolve(Arguments args, CliServices context) throws UsageException {
        if (args.value("--profiles").isPresent() && args.flag("--all-profiles")) {
            throw new UsageException("--profiles and --all-profiles cannot be combined");
        }
        if (args.value("--regions").isPresent() && args.flag("--all-regions")) {
            throw new UsageException("--regions and --all-regions cannot be combined");
        }
        List<String> notes = new ArrayList<>();
        List<AwsProfile> all = context.profiles().profiles();
        boolean onlySession = args.value("--sso-session").isPresent()
                && args.value("--profiles").isEmpty()
                && !args.flag("--all-profiles");
        List<AwsProfile> profiles = new ArrayList<>(onlySession ? List.of() : profiles(args, context, all, notes));
        if (args.value("--sso-session").isPresent()) {
            for (AwsProfile account : sessionAccounts(args, context)) {
                if (TargetResolver.find(profiles, account.name()).isEmpty()) {
                    profiles.add(account);
                }
            }
        }
        Optional<List<String>> regions = regions(args, context, notes);
        List<Target> targets = new ArrayList<>();
        for (AwsProfile profile : profiles) {
            List<String> ofProfile = regions.orElseGet(() -> List.of(TargetResolver.region(
                    profile,
                    Optional.empty(),
                    context.profiles().environmentRegion(),
                    Optional.empty(),
                    context.sessions().fallbackRegion())));
            ofProfile.forEach(region -> targets.add(new Target(profile, region)));
        }
        return new InventoryTargets(List.copyOf(targets), List.copyOf(notes));
    }

    /**
     * Every account and role the named SSO session reaches, as the picker lists them; the portal is asked now (a
     * session not signed in stops the command: no target could answer).
     */
    private static List<AwsProfile> sessionAccounts(Arguments args, CliServices context) throws UsageException {
        SsoSession session = SsoCommand.session(args, context.profiles());
        List<AwsProfile> accounts;
        try {
            accounts = context.profiles().discoverAccounts(session, Cancellation.NEVER).stream()
                    .map(DiscoveredAccount::profile)
                    .toList();
        } catch (ServiceCallException e) {
            if (e.kind() != ServiceCallException.Kind.SIGN_IN_REQUIRED) {
                throw e;
            }
            throw ServiceCallException.of(
                    ServiceCallException.Kind.SIGN_IN_REQUIRED,
                    "ListAccounts",
                    "SSO session '" + session.name() + "' is not signed in, so its accounts cannot be listed. Run"
                            + " 'connector-explorer login --sso-session " + session.name() + "' (or 'aws sso login"
                            + " --sso-session " + session.name() + "').");
        }
        if (accounts.isEmpty()) {
            throw new UsageException("SSO session '" + session.name() + "' reaches no account and role");
        }
        return accounts;
    }

    private static List<AwsProfile> profiles(
            Arguments args, CliServices context, List<AwsProfile> all, List<String> notes) throws UsageException {
        if (args.flag("--all-profiles")) {
            List<AwsProfile> usable =
                    all.stream().filter(p -> !p.isDemo() && p.isUsable()).toList();
            List<AwsProfile> greyed =
                    all.stream().filter(p -> !p.isDemo() && !p.isUsable()).toList();
            for (AwsProfile skipped : greyed) {
                notes.add("Skipped profile '" + skipped.name() + "', which cannot be used: "
                        + skipped.problem().lines().findFirst().orElse(""));
            }
            if (usable.isEmpty()) {
                throw new UsageException("no usable AWS profile is configured"
                        + (greyed.isEmpty() ? "" : " (" + greyed.size() + " cannot be used; see above)"));
            }
            return usable;
        }
        Optional<String> named = args.value("--profiles");
        if (named.isPresent()) {
            List<AwsProfile> chosen = new ArrayList<>();
            List<String> unknown = new ArrayList<>();
            for (String name : commaList(named.get())) {
                TargetResolver.find(all, name).ifPresentOrElse(chosen::add, () -> unknown.add(name));
            }
            if (!unknown.isEmpty()) {
                throw new UsageException((unknown.size() == 1 ? "unknown profile '" : "unknown profiles '")
                        + String.join("', '", unknown) + "'" + knownProfiles(all));
            }
            if (chosen.isEmpty()) {
                throw new UsageException("--profiles names no profile");
            }
            return chosen;
        }
        // As 'list' picks its profile: AWS_PROFILE, keys in the environment, then 'default'.
        Optional<String> fromEnvironment = context.profiles().environmentProfile();
        if (fromEnvironment.isPresent()) {
            return List.of(TargetResolver.find(all, fromEnvironment.get())
                    .orElseThrow(() -> new UsageException("the profile '" + fromEnvironment.get()
                            + "' (from AWS_PROFILE) is not in the AWS config or credentials files"
                            + knownProfiles(all))));
        }
        return List.of(TargetResolver.find(all, AwsProfile.ENVIRONMENT_NAME)
                .or(() -> TargetResolver.find(all, TargetResolver.DEFAULT_PROFILE))
                .orElseThrow(() ->
                        new UsageException("no AWS profile: pass --profiles P1,P2 or --all-profiles, or set AWS_PROFILE"
                                + knownProfiles(all))));
    }

    /** The regions every profile is asked in; empty: each profile's own. */
    private static Optional<List<String>> regions(Arguments args, CliServices context, List<String> notes)
            throws UsageException {
        List<String> offered = context.sessions().regions();
        if (args.flag("--all-regions")) {
            if (offered.isEmpty()) {
                throw new UsageException(
                        "the regions where AppFlow is offered are not known; name them with --regions");
            }
            return Optional.of(offered);
        }
        Optional<String> named = args.value("--regions");
        if (named.isEmpty()) {
            return Optional.empty();
        }
        List<String> regions = commaList(named.get());
        for (String region : regions) {
            if (!REGION.matcher(region).matches()) {
                throw new UsageException("'" + region + "' is not a region name (such as eu-west-1)");
            }
            if (!offered.isEmpty() && !offered.contains(region)) {
                // The SDK's list may be older than a new region: ask anyway, and say so.
                notes.add("AppFlow is not known to be offered in " + region + "; asking there anyway.");
            }
        }
        if (regions.isEmpty()) {
            throw new UsageException("--regions names no region");
        }
        return Optional.of(regions);
    }

    private static List<String> commaList(String text) {
        Set<String> items = new LinkedHashSet<>();
        for (String item : text.split(",")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return List.copyOf(items);
    }

    private static String knownProfiles(List<AwsProfile> all) {
        List<String> names =
                all.stream().filter(p -> !p.isDemo()).map(AwsProfile::name).toList();
        return names.isEmpty() ? "; no profiles are configured" : "; known profiles: " + String.join(", ", names);
    }
}

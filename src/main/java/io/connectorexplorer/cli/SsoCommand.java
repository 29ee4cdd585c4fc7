package io.connectorexplorer.cli;

import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.core.profile.DiscoveredAccount;
import io.connectorexplorer.core.profile.DiscoveredProfileName;
import io.connectorexplorer.core.profile.ProfileCatalog;
import io.connectorexplorer.core.profile.SavedProfile;
import io.connectorexplorer.core.profile.SsoSession;
import io.connectorexplorer.core.profile.TargetResolver;
import io.connectorexplorer.core.task.Cancellation;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code sso accounts}: every account and role an SSO session's sign-in reaches, as the window's profile picker will
 * list them; {@code sso save-profile}: one of them written to the config file as a profile, as
 * {@code aws configure sso} would. The session is the one {@code --sso-session} names, or that of the profile
 * {@code --profile} (else AWS_PROFILE) names, or the only one there is.
 */
final class SsoCommand implements CommandLine.Command {

    @Override
    public String usage() {
        return """
                Usage: connector-explorer sso accounts [--profile P | --sso-session S] [--json]
                       connector-explorer sso save-profile --account-id A --role-name R [--name N] [--region R]
                                                           [--profile P | --sso-session S]

                accounts      lists every account and role the SSO session's sign-in reaches (the portal's
                              ListAccounts and ListAccountRoles), sorted by account name: ACCOUNT ID, ACCOUNT NAME,
                              ROLE. Needs a valid sign-in: 'connector-explorer login' or 'aws sso login'.
                save-profile  writes a [profile NAME] section for that account and role to the AWS config file,
                              as 'aws configure sso' does (sso_session, sso_account_id, sso_role_name, region). The
                              file is copied first to config.<time>.bak beside it and written atomically; the rest of
                              it stays byte for byte. The account and role are not checked with the portal.
                  --profile P       the SSO session of this profile (default: AWS_PROFILE)
                  --sso-session S   the [sso-session S] section (or, for profiles of the older form, the start URL);
                                    with neither option and no AWS_PROFILE, the only SSO session there is
                  --json            (accounts) print a JSON array of {accountId, accountName, roleName}
                  --account-id A    (save-profile) the 12-digit account ID
                  --role-name R     (save-profile) the role (permission set) name
                  --name N          (save-profile) the profile's name (default: ROLE-ACCOUNTID, as 'aws configure
                                    sso' proposes; refused when a profile of that name exists)
                  --region R        (save-profile) the profile's region (default: that of the session's profiles)
                  --debug           print each request and response on standard error; standard output is unchanged
                  -h, --help        show this help
                """;
    }

    @Override
    public int run(List<String> args, CliServices context, PrintStream out, PrintStream err) throws UsageException {
        if (args.isEmpty() || args.get(0).startsWith("-")) {
            throw new UsageException("sso needs a subcommand: accounts or save-profile");
        }
        List<String> options = args.subList(1, args.size());
        return switch (args.get(0)) {
            case "accounts" -> accounts(options, context.profiles(), out);
            case "save-profile" -> saveProfile(options, context.profiles(), out);
            default ->
                throw new UsageException("unknown sso subcommand '" + args.get(0) + "' (accounts, save-profile)");
        };
    }

    private static int accounts(List<String> args, ProfileCatalog catalog, PrintStream out) throws UsageException {
        Arguments parsed = Arguments.parse(args, Set.of("--profile", "--sso-session"), Set.of("--json"));
        SsoSession session = session(parsed, catalog);
        List<DiscoveredAccount> accounts = catalog.discoverAccounts(session, Cancellation.NEVER);
        out.print(parsed.flag("--json") ? SsoAccountsOutput.json(accounts) : SsoAccountsOutput.table(accounts));
        out.flush();
        return CommandLine.OK;
    }

    private static int saveProfile(List<String> args, ProfileCatalog catalog, PrintStream out) throws UsageException {
        Arguments parsed = Arguments.parse(
                args,
                Set.of("--profile", "--sso-session", "--account-id", "--role-name", "--name", "--region"),
                Set.of());
        String accountId = required(parsed, "--account-id");
        String roleName = required(parsed, "--role-name");
        if (!DiscoveredProfileName.isAccountId(accountId)) {
            throw new UsageException("--account-id takes a 12-digit AWS account ID, not '" + accountId + "'");
        }
        if (!DiscoveredProfileName.isRoleName(roleName)) {
            throw new UsageException(
                    "--role-name '" + roleName + "' is not a role name (letters, digits, + = , . @ _ -)");
        }
        SsoSession session = session(parsed, catalog);
        DiscoveredAccount account = new DiscoveredAccount(session, accountId, null, roleName);
        String name = parsed.value("--name").orElseGet(() -> catalog.proposedProfileName(account));
        Optional<String> problem = catalog.profileNameProblem(name);
        if (problem.isPresent()) {
            throw new UsageException(problem.get() + " Choose another with --name.");
        }
        String region = parsed.value("--region")
                .or(() -> parsed.value("--profile")
                        .flatMap(p -> TargetResolver.find(catalog.profiles(), p))
                        .flatMap(AwsProfile::regionIfSet))
                .or(session::defaultRegionIfSet)
                .orElse(null);
        SavedProfile saved = catalog.saveAsProfile(account, name, region);
        out.println("Saved profile '" + saved.profile().name() + "' in " + saved.configFile()
                + saved.backupIfAny()
                        .map(b -> " (the file as it was is in " + b + ")")
                        .orElse("") + ".");
        out.println("Use it with --profile " + saved.profile().name() + ", here and in the AWS CLI.");
        out.flush();
        return CommandLine.OK;
    }

    private static String required(Arguments parsed, String option) throws UsageException {
        return parsed.value(option).orElseThrow(() -> new UsageException(option + " is required"));
    }

    /** The session the options name: --sso-session, else --profile's (or AWS_PROFILE's), else the only one. */
    static SsoSession session(Arguments parsed, ProfileCatalog catalog) throws UsageException {
        Optional<String> profileOption = parsed.value("--profile");
        Optional<String> sessionOption = parsed.value("--sso-session");
        if (profileOption.isPresent() && sessionOption.isPresent()) {
            throw new UsageException("--profile and --sso-session cannot be combined");
        }
        List<SsoSession> sessions = catalog.ssoSessions();
        if (sessionOption.isPresent()) {
            String wanted = sessionOption.get();
            return sessions.stream()
                    .filter(s -> s.name().equals(wanted))
                    .findFirst()
                    .orElseThrow(() -> new UsageException(
                            "there is no SSO session '" + wanted + "' in the AWS config file" + known(sessions)));
        }
        Optional<String> profileName = profileOption.or(catalog::environmentProfile);
        if (profileName.isPresent()) {
            String name = profileName.get();
            String from = profileOption.isPresent() ? "" : " (it comes from AWS_PROFILE)";
            AwsProfile profile = TargetResolver.find(catalog.profiles(), name)
                    .filter(p -> !p.isDemo())
                    .orElseThrow(() -> new UsageException(
                            "the profile '" + name + "' is not in the AWS config or credentials files" + from));
            return sessions.stream()
                    .filter(s -> s.isUsedBy(name))
                    .findFirst()
                    .orElseThrow(() -> new UsageException("the profile '" + name + "'" + from
                            + " has no usable SSO session (" + profile.kind().label()
                            + profile.problemIfAny()
                                    .map(p -> ": " + p.replace("\n", "; "))
                                    .orElse("")
                            + "); name one with --sso-session" + known(sessions)));
        }
        if (sessions.size() == 1) {
            return sessions.get(0);
        }
        throw new UsageException(
                sessions.isEmpty()
                        ? "the AWS config file defines no SSO session ([sso-session NAME] with sso_start_url and sso_region)"
                        : "there are several SSO sessions: name one with --sso-session or --profile" + known(sessions));
    }

    private static String known(List<SsoSession> sessions) {
        return sessions.isEmpty()
                ? "; the AWS config file defines none"
                : "; SSO sessions: "
                        + String.join(
                                ", ", sessions.stream().map(SsoSession::name).toList());
    }
}

package io.connectorexplorer.cli;

import io.connectorexplorer.core.account.AccountSession;
import io.connectorexplorer.core.account.AccountSessions;
import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.diagnostics.DiagnosticLog;
import io.connectorexplorer.core.diagnostics.RequestTrace;
import io.connectorexplorer.core.export.DescribeOutput;
import io.connectorexplorer.core.files.TextFileReader;
import io.connectorexplorer.core.files.TextFileWriter;
import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.core.profile.ProfileCatalog;
import io.connectorexplorer.core.profile.SignInService;
import io.connectorexplorer.core.profile.TargetResolver;
import io.connectorexplorer.core.store.History;
import java.util.List;
import java.util.Optional;

/**
 * What every subcommand needs: the services, and how --profile, --region and --demo pick an account; the log that
 * keeps each failure told, and the trace --debug prints.
 */
public record CliServices(
        ProfileCatalog profiles,
        AccountSessions sessions,
        DescribeOutput describeOutput,
        TextFileWriter fileWriter,
        TextFileReader fileReader,
        SignInService signIn,
        DiagnosticLog log,
        RequestTrace requestTrace,
        History history) {

    /** The account named by the options, with the same resolution as the window; rejects unknown profiles. */
    Target target(Arguments args) throws UsageException {
        List<AwsProfile> all = profiles.profiles();
        AwsProfile profile;
        if (args.flag("--demo")) {
            if (args.value("--profile").isPresent()) {
                throw new UsageException("--demo and --profile cannot be combined");
            }
            profile = AwsProfile.demo();
        } else {
            Optional<String> name = args.value("--profile").or(profiles::environmentProfile);
            if (name.isPresent()) {
                profile = TargetResolver.find(all, name.get())
                        .filter(p -> !p.isDemo() || name.get().equals(AwsProfile.DEMO_NAME))
                        .orElseThrow(() -> new UsageException("the profile '" + name.get()
                                + "' is not in the AWS config or credentials files"
                                + (name.equals(args.value("--profile")) ? "" : " (it comes from AWS_PROFILE)")
                                + knownProfiles(all)));
            } else {
                profile = TargetResolver.find(all, AwsProfile.ENVIRONMENT_NAME)
                        .or(() -> TargetResolver.find(all, TargetResolver.DEFAULT_PROFILE))
                        .orElseThrow(() -> new UsageException("no AWS profile: pass --profile NAME or set AWS_PROFILE"
                                + (profiles.isEmpty()
                                        ? " (no AWS config or credentials file was found; "
                                                + "--demo uses the built-in offline demo account)"
                                        : knownProfiles(all))));
            }
        }
        String region = TargetResolver.region(
                profile,
                args.value("--region"),
                profiles.environmentRegion(),
                Optional.empty(),
                sessions.fallbackRegion());
        return new Target(profile, region);
    }

    /** Connects to the target; the caller closes the session. */
    AccountSession open(Target target) {
        return sessions.open(target);
    }

    /** The end of an unknown-profile message: the profiles there are, or that there are none and --demo. */
    private static String knownProfiles(List<AwsProfile> all) {
        List<String> names =
                all.stream().filter(p -> !p.isDemo()).map(AwsProfile::name).toList();
        return names.isEmpty()
                ? "; no profiles are configured (--demo uses the built-in offline demo account)"
                : "; known profiles: " + String.join(", ", names);
    }
}

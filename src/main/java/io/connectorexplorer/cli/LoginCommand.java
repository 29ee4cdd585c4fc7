package io.connectorexplorer.cli;

import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.profile.ProfileKind;
import io.connectorexplorer.core.profile.SignInPrompt;
import io.connectorexplorer.core.profile.SsoSession;
import io.connectorexplorer.core.task.Cancellation;
import java.io.PrintStream;
import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * {@code login}: signs an SSO profile in, like {@code aws sso login}. The page to open is printed (a script
 * has no browser to drive); with {@code --use-device-code} the device code is printed instead.
 */
final class LoginCommand implements CommandLine.Command {

    @Override
    public String usage() {
        return """
                Usage: connector-explorer login [--profile P | --sso-session S] [--use-device-code]

                Signs an SSO profile (or an SSO session, for all its accounts) in and stores the token where the
                AWS CLI v2 keeps it (~/.aws/sso/cache). Prints the sign-in page to open in a browser on this
                machine; with --use-device-code, prints a code to enter on any device instead.
                  --sso-session S     sign in to the [sso-session S] of the AWS config file
                  --use-device-code   use the device-code flow
                """ + Help.COMMON;
    }

    @Override
    public int run(List<String> args, CliServices context, PrintStream out, PrintStream err) throws UsageException {
        Arguments parsed = Arguments.parse(
                args, Set.of("--profile", "--region", "--sso-session"), Set.of("--use-device-code", "--demo"));
        boolean deviceCode = parsed.flag("--use-device-code");
        if (parsed.value("--sso-session").isPresent()) {
            SsoSession session = SsoCommand.session(parsed, context.profiles());
            String name = "SSO session " + session.name();
            context.signIn().signIn(session, prompt(name, deviceCode, err), Cancellation.NEVER);
            err.println("Signed in to " + name + ".");
            return CommandLine.OK;
        }
        Target target = context.target(parsed);
        if (target.profile().kind() != ProfileKind.SSO) {
            throw new UsageException("profile '" + target.profile().name() + "' is not an SSO profile ("
                    + target.profile().kind().label() + "); nothing to sign in to");
        }
        context.signIn().signIn(target.profile(), prompt(target.profile().name(), deviceCode, err), Cancellation.NEVER);
        err.println("Signed in to " + target.profile().name() + ".");
        return CommandLine.OK;
    }

    /** Prints the page to open (or the device code) for signing in to {@code name}. */
    private static SignInPrompt prompt(String name, boolean deviceCode, PrintStream err) {
        return new SignInPrompt() {
            @Override
            public boolean openBrowser(URI page) {
                if (deviceCode) {
                    return false;
                }
                err.println("Open this page in a browser on this machine to sign in to " + name + ":");
                err.println("  " + page);
                return true;
            }

            @Override
            public void showDeviceCode(String userCode, URI page, URI pageWithCode) {
                err.println("To sign in to " + name + ", open " + page + " and enter the code:");
                err.println("  " + userCode);
                if (pageWithCode != null) {
                    err.println("(or open " + pageWithCode + ")");
                }
            }
        };
    }
}

package io.connectorexplorer.app;

import io.connectorexplorer.cli.CliServices;
import io.connectorexplorer.cli.CommandLine;
import io.connectorexplorer.cli.ConsoleMfaPrompt;
import io.connectorexplorer.infra.appflow.AppFlowAccounts;
import io.connectorexplorer.infra.files.Utf8TextFileReader;
import io.connectorexplorer.infra.profile.AwsEnvironment;

/** Wires the command line to the shared services (public for the end-to-end tests, which run it in-process). */
public final class CommandLines {

    private CommandLines() {}

    /** The services a command line runs with: this machine's AWS configuration, MFA codes asked on the console. */
    static Services services() {
        return Services.create(AwsEnvironment.system(), AppFlowAccounts.Timeouts.DEFAULT, new ConsoleMfaPrompt());
    }

    public static CommandLine create(Services services) {
        return new CommandLine(new CliServices(
                services.profiles(),
                services.sessions(),
                services.describeOutput(),
                services.fileWriter(),
                new Utf8TextFileReader(),
                services.signIn(),
                services.diagnosticLog(),
                services.aws().requestTrace(),
                services.history()));
    }
}

package io.connectorexplorer.app;

import io.connectorexplorer.cli.CliServices;
import io.connectorexplorer.cli.CommandLine;

/** Wires the command line to the shared services (public for the end-to-end tests, which run it in-process). */
public final class CommandLines {

    private CommandLines() {
    }

    public static CommandLine create(Services services) {
        return new CommandLine(new CliServices(services.profiles(), services.accounts(), services.describeOutput(),
                services.fileWriter(), services.signIn()));
    }
}

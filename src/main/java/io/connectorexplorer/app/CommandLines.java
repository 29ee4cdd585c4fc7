package io.connectorexplorer.app;

import io.connectorexplorer.cli.CliServices;
import io.connectorexplorer.cli.CommandLine;

/** Wires the command line to the shared services. */
final class CommandLines {

    private CommandLines() {
    }

    static CommandLine create(Services services) {
        return new CommandLine(new CliServices(services.profiles(), services.accounts(), services.describeOutput(),
                services.fileWriter()));
    }
}

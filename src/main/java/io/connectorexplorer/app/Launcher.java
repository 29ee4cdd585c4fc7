package io.connectorexplorer.app;

import io.connectorexplorer.cli.CommandLine;

/**
 * The entry point. No arguments: the window. A subcommand: the command line, without loading JavaFX.
 * (Not an {@code Application} subclass, so JavaFX runs from the class path.)
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) {
        if (CommandLineTraining.ON) {
            CommandLineTraining.runAndExit();
        }
        if (CommandLine.isCommand(args)) {
            ClassDataRelaunch.ifUseful(args);
            // The SDK metadata and client classes every call needs, loaded on the second core while this one
            // reads the arguments and the AWS configuration (a daemon: a command that needs none exits anyway).
            // Not where an AOT cache holds those classes already (the installed app's start script says so): there
            // the thread's work only competes with the command's for the CPU.
            if (!"false".equals(System.getProperty("connector-explorer.readAhead"))) {
                Daemon.start("read-ahead", Services::readAhead);
            }
            int status;
            try (Services services = CommandLines.services()) {
                status = CommandLines.create(services).run(args, System.out, System.err);
            }
            System.exit(status);
        }
        ExplorerApplication.launchWindow(args);
    }
}

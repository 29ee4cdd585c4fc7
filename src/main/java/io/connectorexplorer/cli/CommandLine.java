package io.connectorexplorer.cli;

import io.connectorexplorer.core.error.ServiceCallException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The headless command line: the window's services and the same JSON, for scripts.
 * Exit status 0 on success, 2 for input rejected before any call, 1 for any failure of the call itself.
 */
public final class CommandLine {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    /** One subcommand. */
    interface Command {
        String usage();

        int run(List<String> args, CliServices context, PrintStream out, PrintStream err) throws UsageException;
    }

    private final CliServices context;
    private final Map<String, Command> commands;

    public CommandLine(CliServices context) {
        this.context = context;
        this.commands = Map.of(
                "list", new ListCommand(),
                "describe", new DescribeCommand(),
                "export", new ExportCommand(),
                "login", new LoginCommand());
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0;
    }

    public int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || List.of("--help", "-h", "help").contains(args[0])) {
            out.print(Help.overview());
            return args.length == 0 ? USAGE : OK;
        }
        if (args[0].equals("--version")) {
            out.println("connector-explorer " + Help.version());
            return OK;
        }
        Command command = commands.get(args[0]);
        if (command == null) {
            err.println("connector-explorer: unknown command '" + args[0] + "'");
            err.print(Help.overview());
            return USAGE;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if (rest.contains("--help") || rest.contains("-h")) {
            out.print(command.usage());
            return OK;
        }
        try {
            return command.run(rest, context, out, err);
        } catch (UsageException e) {
            err.println("connector-explorer " + args[0] + ": " + e.getMessage());
            err.println("Try 'connector-explorer " + args[0] + " --help'.");
            return USAGE;
        } catch (ServiceCallException e) {
            err.println("connector-explorer " + args[0] + ": " + e.headline());
            err.println(e.advice());
            return FAILED;
        } catch (RuntimeException e) {
            err.println("connector-explorer " + args[0] + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return FAILED;
        }
    }
}

package io.connectorexplorer.cli;

import io.connectorexplorer.core.diagnostics.RequestTrace;
import io.connectorexplorer.core.error.ServiceCallException;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * The headless command line: the window's services and the same JSON, for scripts.
 * Exit status 0 on success, 2 for input rejected before any call, 1 for any failure of the call itself.
 * With {@code --debug} (before the subcommand or among its options), each request and response is printed on standard
 * error; standard output is the same with or without it. Every failure told is also kept in the diagnostic log.
 */
public final class CommandLine {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    /** One subcommand. */
    interface Command {
        String usage();

        int run(List<String> args, CliServices context, PrintStream out, PrintStream err) throws UsageException;

        /** The exit status when a call fails: 1, but 2 for a command whose 1 means something else (diff). */
        default int failedStatus() {
            return FAILED;
        }
    }

    private final CliServices context;
    private final Map<String, Command> commands;

    public CommandLine(CliServices context) {
        this.context = context;
        this.commands = Map.ofEntries(
                Map.entry("inventory", new InventoryCommand()),
                Map.entry("sso", new SsoCommand()),
                Map.entry("list", new ListCommand()),
                Map.entry("describe", new DescribeCommand()),
                Map.entry("diff", new DiffCommand()),
                Map.entry("history", new HistoryCommand()),
                Map.entry("export", new ExportCommand()),
                Map.entry("login", new LoginCommand()),
                Map.entry("connections", new ConnectionsCommand()),
                Map.entry("entities", new EntitiesCommand()),
                Map.entry("entity", new EntityCommand()),
                Map.entry("flows", new FlowsCommand()));
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0;
    }

    public int run(String[] args, PrintStream out, PrintStream err) {
        int first = 0;
        while (first < args.length && args[first].equals(Arguments.DEBUG)) {
            first++;
        }
        boolean debug = first > 0;
        List<String> words = List.of(args).subList(first, args.length);
        if (words.isEmpty() || List.of("--help", "-h", "help").contains(words.get(0))) {
            out.print(Help.overview());
            return words.isEmpty() ? USAGE : OK;
        }
        if (words.get(0).equals("--version")) {
            out.println("connector-explorer " + Help.version());
            return OK;
        }
        String name = words.get(0);
        Command command = commands.get(name);
        if (command == null) {
            err.println("connector-explorer: unknown command '" + name + "'");
            err.print(Help.overview());
            context.log().problem("connector-explorer", "unknown command '" + name + "'", "");
            return USAGE;
        }
        List<String> rest = words.subList(1, words.size());
        if (rest.contains("--help") || rest.contains("-h")) {
            out.print(command.usage());
            return OK;
        }
        if (!debug && !rest.contains(Arguments.DEBUG)) {
            return run(name, command, rest, out, err);
        }
        try (RequestTrace.Following trace = context.requestTrace().follow(err::print)) {
            err.print(Help.debugHeading(context.log().folder()));
            return run(name, command, rest, out, err);
        }
    }

    private int run(String name, Command command, List<String> rest, PrintStream out, PrintStream err) {
        String title = "connector-explorer " + name;
        try {
            return command.run(rest, context, out, err);
        } catch (UsageException e) {
            return failed(err, title, e.getMessage(), "Try '" + title + " --help'.", USAGE);
        } catch (ServiceCallException e) {
            return failed(err, title, e.headline(), adviceHere(e), command.failedStatus());
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return failed(err, title, message, null, command.failedStatus());
        }
    }

    /** The failure's advice, said for a shell: the window's menus are not there to sign in with. */
    static String adviceHere(ServiceCallException e) {
        return e.kind() == ServiceCallException.Kind.SIGN_IN_REQUIRED
                ? "Sign in with 'connector-explorer login' (--profile P or --sso-session S, as for this command) or"
                        + " 'aws sso login', then retry."
                : e.advice();
    }

    /** Tells the failure on standard error (the advice on its own line), keeps it in the log, and gives the status. */
    private int failed(PrintStream err, String title, String detail, String advice, int status) {
        err.println(title + ": " + detail);
        if (advice != null) {
            err.println(advice);
        }
        context.log().problem(title, detail, advice == null ? "" : advice);
        return status;
    }
}

package io.connectorexplorer.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code --name value}, {@code --name=value} and {@code --flag} options after a subcommand; every subcommand takes
 * {@value #DEBUG}.
 */
final class Arguments {

    /** Each request and response on standard error; the command line turns it on before the subcommand runs. */
    static final String DEBUG = "--debug";

    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<String> flags = new ArrayList<>();

    private Arguments() {}

    static Arguments parse(List<String> args, Set<String> valueOptions, Set<String> flagOptions) throws UsageException {
        Arguments parsed = new Arguments();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                if (arg.equals("-h")) {
                    parsed.flags.add("--help");
                    continue;
                }
                throw new UsageException("unexpected argument '" + arg + "'");
            }
            String name = arg;
            String inlineValue = null;
            int equals = arg.indexOf('=');
            if (equals > 0) {
                name = arg.substring(0, equals);
                inlineValue = arg.substring(equals + 1);
            }
            if (flagOptions.contains(name) || name.equals(DEBUG)) {
                if (inlineValue != null) {
                    throw new UsageException(name + " takes no value");
                }
                parsed.flags.add(name);
            } else if (valueOptions.contains(name)) {
                String value = inlineValue;
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw new UsageException(name + " needs a value");
                    }
                    value = args.get(++i);
                }
                if (parsed.values.put(name, value) != null) {
                    throw new UsageException(name + " is given twice");
                }
            } else {
                throw new UsageException("unknown option '" + name + "'");
            }
        }
        return parsed;
    }

    Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    boolean flag(String name) {
        return flags.contains(name);
    }
}

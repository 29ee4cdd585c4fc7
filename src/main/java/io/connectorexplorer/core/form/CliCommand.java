package io.connectorexplorer.core.form;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.core.json.JsonFormat;

/**
 * The request as an AWS CLI command line for POSIX shells. The JSON goes in one single-quoted word, in which
 * the shell expands nothing; a single quote inside it closes the word, adds a double-quoted quote and reopens
 * it ({@code '"'"'}).
 */
public final class CliCommand {

    static final String COMMAND = "aws appflow create-connector-profile --cli-input-json ";

    private CliCommand() {}

    public static String render(ObjectNode request) {
        return COMMAND + singleQuoted(JsonFormat.compact(request));
    }

    static String singleQuoted(String text) {
        return "'" + text.replace("'", "'\"'\"'") + "'";
    }
}

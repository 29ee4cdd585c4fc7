package io.connectorexplorer.ui.form;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A field's description cut after its first sentence, so a long model description is one line until asked for. */
record FieldHelp(String first, String rest) {

    /** A sentence ends at ". " before a capital letter — not in "e.g. ", "i.e. ", "2.0 ", or a URL. */
    private static final Pattern SENTENCE_END =
            Pattern.compile("(?<!\\b(?:e\\.g|i\\.e|etc|vs|approx))[.!?](?=\\s+[A-Z])");

    static FieldHelp of(String help) {
        String text = help == null ? "" : help.strip().replaceAll("\\s+", " ");
        Matcher end = SENTENCE_END.matcher(text);
        if (!end.find()) {
            return new FieldHelp(text, "");
        }
        return new FieldHelp(
                text.substring(0, end.end()), text.substring(end.end()).strip());
    }
}

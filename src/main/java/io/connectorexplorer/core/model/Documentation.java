package io.connectorexplorer.core.model;

import java.util.regex.Pattern;

/** Model documentation is HTML; help text beside a field is plain. */
final class Documentation {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private Documentation() {}

    static String plainText(String html) {
        String text = TAG.matcher(html)
                .replaceAll(" ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&nbsp;", " ")
                .replace("&amp;", "&");
        return SPACE.matcher(text).replaceAll(" ").strip();
    }
}

package io.connectorexplorer.core.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Readable labels for model member names: clientCredentialsArn → "Client credentials ARN". */
final class Labels {

    private static final Pattern WORD =
            Pattern.compile("(?i:oauth2?)|[A-Z]{2,}(?=[A-Z][a-z]|\\d|$|_)|[A-Z]?[a-z]+|[A-Z]+|\\d+");
    private static final Map<String, String> SPELLING = Map.ofEntries(
            Map.entry("oauth", "OAuth"),
            Map.entry("oauth2", "OAuth 2.0"),
            Map.entry("url", "URL"),
            Map.entry("uri", "URI"),
            Map.entry("arn", "ARN"),
            Map.entry("id", "ID"),
            Map.entry("api", "API"),
            Map.entry("sso", "SSO"),
            Map.entry("jwt", "JWT"),
            Map.entry("kms", "KMS"),
            Map.entry("aws", "AWS"));

    private Labels() {}

    static String humanize(String memberName) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(memberName);
        while (m.find()) {
            words.add(m.group());
        }
        if (words.isEmpty()) {
            return memberName;
        }
        if (words.size() > 1 && words.get(0).equals("is")) {
            words.remove(0);
        }
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String spelled = SPELLING.get(word.toLowerCase(Locale.ROOT));
            if (spelled == null) {
                boolean acronym = word.length() > 1
                        && word.equals(word.toUpperCase(Locale.ROOT))
                        && !word.chars().allMatch(Character::isDigit);
                spelled = acronym ? word : word.toLowerCase(Locale.ROOT);
                if (i == 0) {
                    spelled = Character.toUpperCase(spelled.charAt(0)) + spelled.substring(1);
                }
            }
            if (i > 0) {
                label.append(' ');
            }
            label.append(spelled);
        }
        return label.toString();
    }
}

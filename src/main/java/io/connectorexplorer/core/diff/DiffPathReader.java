package io.connectorexplorer.core.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.connectorexplorer.core.json.JsonFormat;

/** Reads the text of a {@link DiffPath}, one segment at a time; the grammar is documented there. */
final class DiffPathReader {

    private final String text;
    private int at;

    DiffPathReader(String text) {
        this.text = text;
    }

    DiffPath read() {
        expect('$');
        DiffPath path = DiffPath.root();
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '.') {
                at++;
                path = path.member(plainName(takeWhile(DiffPathReader::isTokenChar)));
            } else if (c == '[') {
                at++;
                path = path.then(bracket());
                expect(']');
            } else {
                throw error("'.' or '['");
            }
        }
        return path;
    }

    private DiffPath.Segment bracket() {
        char c = peek();
        if (c == '"') {
            return new DiffPath.Member(jsonString());
        }
        if (c >= '0' && c <= '9') {
            try {
                return new DiffPath.Index(Integer.parseInt(takeWhile(ch -> ch >= '0' && ch <= '9')));
            } catch (NumberFormatException e) {
                throw error("an index that fits an int");
            }
        }
        if (c == '=') {
            at++;
            return new DiffPath.Element(jsonScalar());
        }
        String token = takeWhile(DiffPathReader::isTokenChar);
        if (token.isEmpty() || !DiffPath.PLAIN_TOKEN.matcher(token).matches()) {
            throw error("a name, a quoted name, an index or '='");
        }
        if (at < text.length() && text.charAt(at) == '=') {
            at++;
            String key = peek() == '"' ? jsonString() : plainToken(takeWhile(DiffPathReader::isTokenChar));
            return new DiffPath.Keyed(plainName(token), key);
        }
        return new DiffPath.Element(TextNode.valueOf(token));
    }

    private String jsonString() {
        int start = at;
        at++; // the opening quote
        while (at < text.length() && text.charAt(at) != '"') {
            at += text.charAt(at) == '\\' ? 2 : 1;
        }
        if (at >= text.length()) {
            throw error("a closing quote");
        }
        at++;
        return parse(text.substring(start, at)).textValue();
    }

    private JsonNode jsonScalar() {
        if (peek() == '"') {
            return TextNode.valueOf(jsonString());
        }
        String literal = takeWhile(ch -> ch != ']');
        JsonNode value = parse(literal);
        if (!value.isValueNode()) {
            throw error("a JSON scalar");
        }
        return value;
    }

    private JsonNode parse(String json) {
        try {
            return JsonFormat.parse(json);
        } catch (JsonProcessingException e) {
            throw error("JSON");
        }
    }

    private String plainName(String name) {
        if (!DiffPath.PLAIN_NAME.matcher(name).matches()) {
            throw error("a plain member name");
        }
        return name;
    }

    private String plainToken(String token) {
        if (!DiffPath.PLAIN_TOKEN.matcher(token).matches()) {
            throw error("a plain token or a quoted key");
        }
        return token;
    }

    private interface CharTest {
        boolean test(char c);
    }

    private String takeWhile(CharTest test) {
        int start = at;
        while (at < text.length() && test.test(text.charAt(at))) {
            at++;
        }
        return text.substring(start, at);
    }

    private static boolean isTokenChar(char c) {
        return c == '_' || c == '-' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    private char peek() {
        if (at >= text.length()) {
            throw error("more");
        }
        return text.charAt(at);
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("'" + c + "'");
        }
        at++;
    }

    private IllegalArgumentException error(String expected) {
        return new IllegalArgumentException("Not a diff path: expected " + expected + " at " + at + " in " + text);
    }
}

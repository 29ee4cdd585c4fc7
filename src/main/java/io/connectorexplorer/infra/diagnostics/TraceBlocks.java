package io.connectorexplorer.infra.diagnostics;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * The text {@code --debug} prints: per attempt a request block ({@code > } lines) and a response block ({@code < }
 * lines), each headed by the call's number, so the blocks of calls made side by side can be told apart. Headers are
 * shown through {@link SentSecrets}; bodies only of errors, and those masked the same way.
 */
final class TraceBlocks {

    /** The most of an error body shown; an AWS error is a few hundred bytes. */
    static final int MAX_BODY_SHOWN = 4096;

    private TraceBlocks() {}

    static String request(String call, int attempt, SdkHttpRequest request, Collection<String> secrets) {
        StringBuilder block = heading(call, attempt).append(System.lineSeparator());
        block.append("> ")
                .append(request.method())
                .append(' ')
                .append(SentSecrets.url(request.getUri().toString(), secrets))
                .append(System.lineSeparator());
        headers(block, "> ", request.headers(), secrets);
        return block.append(System.lineSeparator()).toString();
    }

    static String response(
            String call,
            int attempt,
            SdkHttpResponse response,
            String requestId,
            Duration took,
            String body,
            Collection<String> secrets) {
        StringBuilder block = heading(call, attempt)
                .append(": HTTP ")
                .append(response.statusCode())
                .append(" in ")
                .append(took.toMillis())
                .append(" ms")
                .append(requestId.isEmpty() ? "" : ", request ID " + requestId)
                .append(System.lineSeparator());
        headers(block, "< ", response.headers(), secrets);
        if (body != null) {
            block.append('<').append(System.lineSeparator());
            body.lines().forEach(line -> block.append("< ").append(line).append(System.lineSeparator()));
        }
        return block.append(System.lineSeparator()).toString();
    }

    static String noResponse(String call, int attempt, Duration took, String why) {
        return heading(call, attempt) + ": no response after " + took.toMillis() + " ms" + (why.isEmpty() ? "" : ": ")
                + why + System.lineSeparator() + System.lineSeparator();
    }

    static String failed(String call, int attempts, Duration took, String why) {
        return "[debug] " + call + " failed after " + attempts + (attempts == 1 ? " attempt" : " attempts") + " in "
                + took.toMillis() + " ms: " + why + System.lineSeparator() + System.lineSeparator();
    }

    /** The body of an error as text, masked; or what it was, when it is not text. */
    static String errorBody(byte[] bytes, boolean more, Collection<String> secrets) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            // A body cut at the limit may end inside a character: that one is replaced, the rest is text.
            text = more ? new String(bytes, StandardCharsets.UTF_8) : null;
        }
        if (text == null || text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
            return "(" + bytes.length + (more ? "+" : "") + " bytes that are not text)";
        }
        String cut = more ? System.lineSeparator() + "(cut after " + bytes.length + " bytes)" : "";
        return SentSecrets.scrub(text, secrets) + cut;
    }

    private static StringBuilder heading(String call, int attempt) {
        return new StringBuilder("[debug] ").append(call).append(", attempt ").append(attempt);
    }

    private static void headers(
            StringBuilder block, String prefix, Map<String, List<String>> headers, Collection<String> secrets) {
        Map<String, List<String>> sorted = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        sorted.putAll(headers);
        sorted.forEach((name, values) -> {
            for (String value : values) {
                block.append(prefix)
                        .append(name)
                        .append(": ")
                        .append(SentSecrets.headerValue(name, value, secrets))
                        .append(System.lineSeparator());
            }
        });
    }
}

package io.connectorexplorer.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.testsupport.LoopbackAwsServices.Reply;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** What {@link FakeSsoOidc} needs of OAuth and of the service's wire format. */
final class OidcWire {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private OidcWire() {}

    /** RFC 8252 7.3: a loopback redirect matches whatever port the client listens on. */
    static boolean sameLoopbackRedirect(String registered, String requested) {
        try {
            URI a = URI.create(registered);
            URI b = URI.create(requested);
            return isLoopback(registered)
                    && "http".equals(b.getScheme())
                    && "127.0.0.1".equals(b.getHost())
                    && a.getPath().equals(b.getPath())
                    && b.getQuery() == null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static boolean isLoopback(String uri) {
        try {
            URI u = URI.create(uri);
            return "http".equals(u.getScheme()) && "127.0.0.1".equals(u.getHost());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(v -> values.add(v.asText()));
        }
        return values;
    }

    static String s256(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static Reply error(int status, String type, String error, String description) {
        ObjectNode body = JSON.objectNode().put("error", error);
        if (description == null) {
            body.putNull("error_description");
        } else {
            body.put("error_description", description);
        }
        return Reply.restJsonError(status, type, body);
    }
}

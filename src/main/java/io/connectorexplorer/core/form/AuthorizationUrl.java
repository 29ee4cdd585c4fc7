package io.connectorexplorer.core.form;

import io.connectorexplorer.core.model.JsonPointers;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sign-in page of an OAuth 2.0 authorization-code grant (RFC 6749 §4.1.1), built from the method's
 * authorization fields: auth-code URL, scopes and auth-URL properties, with the client ID and redirect URI from
 * its request fields. CreateConnectorProfile has no member for these; the code the page returns goes into the
 * request as {@code oAuthRequest.authCode}. The client secret never goes into the address.
 */
public final class AuthorizationUrl {

    private AuthorizationUrl() {}

    /** The address to open, or empty when the method has no auth-code URL filled or is not OAuth 2.0. */
    public static Optional<String> build(AuthMethod method, FormValues values) {
        String base = RequestPaths.child(RequestPaths.AUTHORIZATION, "authCodeUrl");
        Optional<String> authCodeUrl = values.text(base);
        if (!AuthMethod.OAUTH2.equals(method.authenticationType()) || authCodeUrl.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        valueEndingWith(method, values, "/oauth2/clientId").ifPresent(v -> query.put("client_id", v));
        valueEndingWith(method, values, "/oAuthRequest/redirectUri").ifPresent(v -> query.put("redirect_uri", v));
        List<String> scopes = values.entries(RequestPaths.child(RequestPaths.AUTHORIZATION, "scopes"));
        if (!scopes.isEmpty()) {
            query.put("scope", String.join(" ", scopes));
        }
        String parameters = RequestPaths.child(RequestPaths.AUTHORIZATION, "parameters");
        for (FieldSpec field : method.authorizationFields()) {
            if (JsonPointers.isWithin(field.path(), parameters) && !field.path().equals(parameters)) {
                values.text(field.path()).ifPresent(v -> query.put(JsonPointers.last(field.path()), v));
            }
        }
        StringBuilder url = new StringBuilder(authCodeUrl.get());
        char separator = authCodeUrl.get().contains("?") ? '&' : '?';
        for (Map.Entry<String, String> e : query.entrySet()) {
            url.append(separator).append(encode(e.getKey())).append('=').append(encode(e.getValue()));
            separator = '&';
        }
        return Optional.of(url.toString());
    }

    private static Optional<String> valueEndingWith(AuthMethod method, FormValues values, String suffix) {
        return method.fields().stream()
                .filter(f -> f.path().endsWith(suffix))
                .findFirst()
                .flatMap(f -> values.text(f.path()));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

package io.connectorexplorer.core.form;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of the authentication-type chooser and the fields it needs.
 *
 * @param id                  stable within one spec: "basic", "apiKey", "oauth2", "custom:ApiToken", "credentials"
 * @param label               what the chooser shows: "Basic", "API key", "OAuth 2.0", or the custom type's name
 * @param authenticationType  BASIC, APIKEY, OAUTH2 or CUSTOM as the request spells it; null for a connector authored
 *                            by Amazon, whose credentials have their own shape
 * @param fields              what the user fills for this method; their values go into the request
 * @param authorizationFields OAuth 2.0 only: auth-code URL, scopes and auth-URL properties. The request has no
 *                            member for them; they build the sign-in page address ({@link AuthorizationUrl})
 * @param fixedValues         request values the method implies (path → value), e.g. the authenticationType
 */
public record AuthMethod(
        String id,
        String label,
        String authenticationType,
        List<FieldSpec> fields,
        List<FieldSpec> authorizationFields,
        Map<String, String> fixedValues) {

    public static final String BASIC = "BASIC";
    public static final String API_KEY = "APIKEY";
    public static final String OAUTH2 = "OAUTH2";
    public static final String CUSTOM = "CUSTOM";

    public AuthMethod {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        fields = List.copyOf(fields);
        authorizationFields = authorizationFields == null ? List.of() : List.copyOf(authorizationFields);
        fixedValues = Collections.unmodifiableMap(new LinkedHashMap<>(fixedValues == null ? Map.of() : fixedValues));
    }

    @Override
    public String toString() {
        return label;
    }
}

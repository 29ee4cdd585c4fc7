package io.connectorexplorer.core.form;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.core.model.ServiceModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The methods of a custom connector, offered exactly as its {@code authenticationConfig} says: Basic, API key,
 * OAuth 2.0, and one method per {@code customAuthConfigs} entry.
 */
final class CustomConnectorForm {

    private static final Set<String> KNOWN_KINDS =
            Set.of("isBasicAuthSupported", "isApiKeyAuthSupported", "isOAuth2Supported", "isCustomAuthSupported");

    private final ServiceModel model;
    private final List<String> notes;

    CustomConnectorForm(ServiceModel model, List<String> notes) {
        this.model = model;
        this.notes = notes;
    }

    List<AuthMethod> methods(JsonNode authenticationConfig) {
        List<AuthMethod> methods = new ArrayList<>();
        if (authenticationConfig == null || !authenticationConfig.isObject()) {
            notes.add("The connector declares no authenticationConfig; no authentication type can be offered");
            return methods;
        }
        if (ConfigReading.flag(authenticationConfig, "isBasicAuthSupported")) {
            methods.add(basic());
        }
        if (ConfigReading.flag(authenticationConfig, "isApiKeyAuthSupported")) {
            methods.add(apiKey());
        }
        if (ConfigReading.flag(authenticationConfig, "isOAuth2Supported")) {
            methods.add(new OAuth2Method(model, notes).method(authenticationConfig.get("oAuth2Defaults")));
        }
        List<JsonNode> customConfigs = ConfigReading.objects(authenticationConfig, "customAuthConfigs");
        if (ConfigReading.flag(authenticationConfig, "isCustomAuthSupported")) {
            methods.addAll(custom(customConfigs));
        } else if (!customConfigs.isEmpty()) {
            notes.add("customAuthConfigs are listed but isCustomAuthSupported is not true; they are not offered");
        }
        unknownKinds(authenticationConfig);
        if (methods.isEmpty()) {
            notes.add("The connector supports no authentication type this app can offer");
        }
        return methods;
    }

    private AuthMethod basic() {
        String base = RequestPaths.child(RequestPaths.CUSTOM_CREDENTIALS, "basic");
        return new AuthMethod(
                "basic",
                "Basic",
                AuthMethod.BASIC,
                List.of(
                        FieldSpec.text(RequestPaths.child(base, "username"), "User name", "", true),
                        FieldSpec.secret(RequestPaths.child(base, "password"), "Password", "", true)),
                List.of(),
                authenticationType(AuthMethod.BASIC));
    }

    private AuthMethod apiKey() {
        String base = RequestPaths.child(RequestPaths.CUSTOM_CREDENTIALS, "apiKey");
        return new AuthMethod(
                "apiKey",
                "API key",
                AuthMethod.API_KEY,
                List.of(
                        FieldSpec.secret(RequestPaths.child(base, "apiKey"), "API key", "", true),
                        FieldSpec.secret(
                                RequestPaths.child(base, "apiSecretKey"),
                                "API secret key",
                                "Only when the connector's API uses a secret with the key",
                                false)),
                List.of(),
                authenticationType(AuthMethod.API_KEY));
    }

    private List<AuthMethod> custom(List<JsonNode> configs) {
        List<AuthMethod> methods = new ArrayList<>();
        Set<String> types = new HashSet<>();
        String base = RequestPaths.child(RequestPaths.CUSTOM_CREDENTIALS, "custom");
        ParameterFields parameters = new ParameterFields(model, notes);
        for (JsonNode config : configs) {
            String type = ConfigReading.text(config, "customAuthenticationType");
            if (type == null) {
                notes.add("A custom authentication entry without a customAuthenticationType was skipped");
                continue;
            }
            if (!types.add(type)) {
                notes.add("Duplicate custom authentication type " + type + "; only the first is used");
                continue;
            }
            List<FieldSpec> fields = parameters.fields(
                    ConfigReading.objects(config, "authParameters"), RequestPaths.child(base, "credentialsMap"), type);
            Map<String, String> fixed = authenticationType(AuthMethod.CUSTOM);
            fixed.put(RequestPaths.child(base, "customAuthenticationType"), type);
            methods.add(new AuthMethod("custom:" + type, type, AuthMethod.CUSTOM, fields, List.of(), fixed));
        }
        if (methods.isEmpty() && configs.isEmpty()) {
            notes.add("Custom authentication is supported but no customAuthConfigs entry is given");
        }
        return methods;
    }

    /** isXyzSupported members newer than this app: said, not silently dropped. */
    private void unknownKinds(JsonNode authenticationConfig) {
        for (Iterator<String> names = authenticationConfig.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (name.startsWith("is")
                    && name.endsWith("Supported")
                    && !KNOWN_KINDS.contains(name)
                    && ConfigReading.flag(authenticationConfig, name)) {
                notes.add("Unknown authentication kind " + name + "; this app cannot offer it");
            }
        }
    }

    private static Map<String, String> authenticationType(String type) {
        Map<String, String> fixed = new LinkedHashMap<>();
        fixed.put(RequestPaths.child(RequestPaths.CUSTOM_CREDENTIALS, "authenticationType"), type);
        return fixed;
    }
}

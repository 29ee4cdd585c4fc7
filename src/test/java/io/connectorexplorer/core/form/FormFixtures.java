package io.connectorexplorer.core.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.core.connector.ConnectorDescription;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.model.ServiceModel;
import io.connectorexplorer.infra.demo.DemoCatalogue;
import io.connectorexplorer.infra.model.BundledServiceModel;
import java.util.NoSuchElementException;
import java.util.Optional;

/** Connectors to build forms for: the bundled demo account, and configurations made in code. */
final class FormFixtures {

    static final ServiceModel MODEL = BundledServiceModel.appflow();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    static final String CREDENTIALS = "/connectorProfileConfig/connectorProfileCredentials";
    static final String PROPERTIES = "/connectorProfileConfig/connectorProfileProperties";
    static final String CUSTOM_CREDENTIALS = CREDENTIALS + "/CustomConnector";
    static final String CREDENTIALS_MAP = CUSTOM_CREDENTIALS + "/custom/credentialsMap/";
    static final String PROFILE_PROPERTIES = PROPERTIES + "/CustomConnector/profileProperties/";
    static final String OAUTH2_PROPERTIES = PROPERTIES + "/CustomConnector/oAuth2Properties";

    private FormFixtures() {}

    /** The demo connector whose label (custom) or type (Amazon) this is. */
    static ConnectorDescription demo(String labelOrType) {
        for (JsonNode c : DemoCatalogue.bundled().configurations()) {
            String label = c.path("connectorLabel").asText("");
            if (label.equals(labelOrType)) {
                return new ConnectorDescription(ConnectorKey.custom(label), c);
            }
            if (label.isEmpty() && c.path("connectorType").asText().equals(labelOrType)) {
                return new ConnectorDescription(ConnectorKey.amazon(labelOrType), c);
            }
        }
        throw new NoSuchElementException("no demo connector " + labelOrType);
    }

    static AuthFormSpec spec(String labelOrType) {
        return AuthFormSpecs.forConnector(demo(labelOrType), MODEL);
    }

    static AuthMethod method(AuthFormSpec spec, String id) {
        return spec.method(id).orElseThrow(() -> new NoSuchElementException(spec.connector() + " has no method " + id));
    }

    static FieldSpec field(AuthFormSpec spec, AuthMethod method, String path) {
        return spec.requestFields(method).stream()
                .filter(f -> f.path().equals(path))
                .findFirst()
                .or(() -> method == null
                        ? Optional.empty()
                        : method.authorizationFields().stream()
                                .filter(f -> f.path().equals(path))
                                .findFirst())
                .orElseThrow(() -> new NoSuchElementException("no field " + path));
    }

    /** A custom connector configuration with this authenticationConfig and these runtime settings. */
    static AuthFormSpec custom(ObjectNode authenticationConfig, ArrayNode runtimeSettings) {
        ObjectNode config = NODES.objectNode()
                .put("connectorType", "CustomConnector")
                .put("connectorLabel", "synthetic")
                .put("connectorName", "Synthetic")
                .put("isPrivateLinkEnabled", false);
        if (authenticationConfig != null) {
            config.set("authenticationConfig", authenticationConfig);
        }
        if (runtimeSettings != null) {
            config.set("connectorRuntimeSettings", runtimeSettings);
        }
        return AuthFormSpecs.forConnector(new ConnectorDescription(ConnectorKey.custom("synthetic"), config), MODEL);
    }

    /** authenticationConfig with only custom auth, one type with these parameters. */
    static ObjectNode customAuth(String type, ArrayNode parameters) {
        ObjectNode auth = NODES.objectNode()
                .put("isBasicAuthSupported", false)
                .put("isApiKeyAuthSupported", false)
                .put("isOAuth2Supported", false)
                .put("isCustomAuthSupported", true);
        auth.putArray("customAuthConfigs")
                .addObject()
                .put("customAuthenticationType", type)
                .set("authParameters", parameters);
        return auth;
    }

    static ObjectNode parameter(String key, boolean required, boolean sensitive) {
        return NODES.objectNode()
                .put("key", key)
                .put("isRequired", required)
                .put("label", "Label " + key)
                .put("description", "About " + key)
                .put("isSensitiveField", sensitive);
    }

    static ObjectNode setting(String key, String dataType, String scope) {
        return NODES.objectNode()
                .put("key", key)
                .put("dataType", dataType)
                .put("isRequired", false)
                .put("label", "Setting " + key)
                .put("scope", scope);
    }

    static ArrayNode array(JsonNode... items) {
        ArrayNode array = NODES.arrayNode();
        for (JsonNode item : items) {
            array.add(item);
        }
        return array;
    }
}

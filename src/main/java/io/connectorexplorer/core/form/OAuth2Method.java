package io.connectorexplorer.core.form;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.core.model.ServiceModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The OAuth 2.0 method of a custom connector from its {@code oAuth2Defaults}. CreateConnectorProfile takes the
 * grant type, token URL and token-URL properties ({@code oAuth2Properties}) and the client and token values
 * ({@code oauth2} credentials). It has no member for the auth-code URL, the scopes or auth-URL properties: those
 * only shape the sign-in page that yields an authorization code, so they become authorization fields.
 */
final class OAuth2Method {

    static final String HELP_NOT_SENT =
            "Not sent to AppFlow: used to open the sign-in page that gives the" + " authorization code.";

    private final ServiceModel model;
    private final List<String> notes;

    OAuth2Method(ServiceModel model, List<String> notes) {
        this.model = model;
        this.notes = notes;
    }

    AuthMethod method(JsonNode defaults) {
        if (defaults == null || !defaults.isObject()) {
            notes.add("OAuth 2.0 is supported but the connector gives no oAuth2Defaults; enter the token URL yourself");
        }
        String credentials = RequestPaths.child(RequestPaths.CUSTOM_CREDENTIALS, "oauth2");
        String properties = RequestPaths.OAUTH2_PROPERTIES;
        List<JsonNode> custom = ConfigReading.objects(defaults, "oauth2CustomProperties");
        ParameterFields parameters = new ParameterFields(model, notes);
        noteUnknownTypes(custom);

        List<FieldSpec> fields = new ArrayList<>();
        fields.add(new FieldSpec(
                RequestPaths.child(properties, "oAuth2GrantType"),
                "Grant type",
                "How AppFlow obtains access tokens",
                true,
                false,
                FieldKind.CHOICE,
                grantTypes(defaults),
                FieldSpec.Wire.STRING));
        fields.add(choiceOrText(
                RequestPaths.child(properties, "tokenUrl"),
                "Token URL",
                "Where AppFlow requests and refreshes access tokens",
                true,
                ConfigReading.texts(defaults, "tokenUrls")));
        fields.add(FieldSpec.text(
                RequestPaths.child(credentials, "clientId"), "Client ID", "The client ID of your OAuth 2.0 app", true));
        fields.add(FieldSpec.secret(
                RequestPaths.child(credentials, "clientSecret"),
                "Client secret",
                "The client secret of your OAuth 2.0 app",
                true));
        fields.addAll(parameters.fields(
                ofType(custom, "TOKEN_URL"),
                RequestPaths.child(properties, "tokenUrlCustomProperties"),
                "token-URL properties"));
        fields.add(FieldSpec.secret(
                RequestPaths.child(credentials, "accessToken"),
                "Access token",
                "An access token you already have",
                false));
        fields.add(FieldSpec.secret(
                RequestPaths.child(credentials, "refreshToken"),
                "Refresh token",
                "A refresh token you already have",
                false));
        fields.add(FieldSpec.secret(
                RequestPaths.child(credentials, "oAuthRequest", "authCode"),
                "Authorization code",
                "Authorization-code grant: the code the sign-in page returned",
                false));
        fields.add(FieldSpec.text(
                RequestPaths.child(credentials, "oAuthRequest", "redirectUri"),
                "Redirect URI",
                "Authorization-code grant: the redirect URI the code was issued for",
                false));

        List<FieldSpec> authorization = new ArrayList<>();
        authorization.add(choiceOrText(
                RequestPaths.child(RequestPaths.AUTHORIZATION, "authCodeUrl"),
                "Auth code URL",
                HELP_NOT_SENT,
                false,
                ConfigReading.texts(defaults, "authCodeUrls")));
        authorization.add(new FieldSpec(
                RequestPaths.child(RequestPaths.AUTHORIZATION, "scopes"),
                "Scopes",
                HELP_NOT_SENT,
                false,
                false,
                FieldKind.MULTI_CHOICE,
                ConfigReading.texts(defaults, "oauthScopes"),
                FieldSpec.Wire.STRING_LIST));
        authorization.addAll(parameters.fields(
                ofType(custom, "AUTH_URL"),
                RequestPaths.child(RequestPaths.AUTHORIZATION, "parameters"),
                "auth-URL properties"));
        return new AuthMethod(
                "oauth2",
                "OAuth 2.0",
                AuthMethod.OAUTH2,
                fields,
                authorization,
                Map.of(RequestPaths.child(RequestPaths.CUSTOM_CREDENTIALS, "authenticationType"), AuthMethod.OAUTH2));
    }

    private List<String> grantTypes(JsonNode defaults) {
        List<String> accepted = model.shape("OAuth2GrantType").enumValues();
        List<String> declared = ConfigReading.texts(defaults, "oauth2GrantTypesSupported");
        if (declared.isEmpty()) {
            notes.add("The connector lists no oauth2GrantTypesSupported; every grant type AppFlow accepts is offered");
            return accepted;
        }
        List<String> offered = new ArrayList<>();
        for (String grant : declared) {
            if (accepted.contains(grant)) {
                offered.add(grant);
            } else {
                notes.add("Grant type " + grant + " is not one CreateConnectorProfile accepts; it is not offered");
            }
        }
        return offered;
    }

    private static List<JsonNode> ofType(List<JsonNode> properties, String type) {
        return properties.stream()
                .filter(p -> type.equals(ConfigReading.text(p, "type")))
                .toList();
    }

    private void noteUnknownTypes(List<JsonNode> properties) {
        for (JsonNode property : properties) {
            String type = ConfigReading.text(property, "type");
            if (!"TOKEN_URL".equals(type) && !"AUTH_URL".equals(type)) {
                notes.add("OAuth 2.0 property " + ConfigReading.text(property, "key") + " has unknown type " + type
                        + "; it is not offered");
            }
        }
    }

    private static FieldSpec choiceOrText(
            String path, String label, String help, boolean required, List<String> options) {
        FieldSpec text = FieldSpec.text(path, label, help, required);
        return options.isEmpty() ? text : text.withKind(FieldKind.EDITABLE_CHOICE, options);
    }
}

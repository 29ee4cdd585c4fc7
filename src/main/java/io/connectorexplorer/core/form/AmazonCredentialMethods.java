package io.connectorexplorer.core.form;

import io.connectorexplorer.core.model.JsonPointers;
import io.connectorexplorer.core.model.ServiceModel;
import io.connectorexplorer.core.model.Shape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ways to sign in to a connector authored by Amazon, from its {@code <Type>ConnectorProfileCredentials} shape.
 *
 * <p>A shape that requires members (Zendesk, Slack, Snowflake, Datadog, …) is one way, "Credentials", with those
 * members required. A shape that requires none (Salesforce, ServiceNow, SAPOData, Pardot, Honeycode) lists every
 * way at once, and an empty one would pass the model while AppFlow could not connect; so each way becomes a method
 * of its own that requires what it needs: a group the model gives required members (SAPOData's
 * {@code basicAuthCredentials}), a user name with a password, an OAuth 2.0 access token, an authorization code, a
 * JWT, or — where the shape's grant types offer it — a client-credentials secret. The grant type a way implies is
 * set for it. A shape with one way only keeps the model's word that nothing is required: Redshift's user name and
 * password are not needed with the Data API.
 */
final class AmazonCredentialMethods {

    static final String SINGLE_ID = "credentials";
    private static final String GRANT_TYPE = "oAuth2GrantType";

    private enum Role {
        BASIC,
        ACCESS_TOKEN,
        AUTH_CODE,
        JWT,
        CLIENT_CREDENTIALS,
        GRANT,
        COMPANION
    }

    private final ServiceModel model;
    private final ModelShapeFields walker;

    AmazonCredentialMethods(ServiceModel model, ModelShapeFields walker) {
        this.model = model;
        this.walker = walker;
    }

    List<AuthMethod> methods(String shapeName, String path) {
        Shape shape = model.shape(shapeName);
        List<FieldSpec> all = walker.fields(shapeName, path, true);
        if (shape.members().values().stream().anyMatch(Shape.Member::required)) {
            return List.of(single(all));
        }
        List<AuthMethod> methods = new ArrayList<>();
        List<FieldSpec> ungrouped = new ArrayList<>(all);
        shape.members().forEach((name, member) -> {
            Shape target = model.shape(member.shapeName());
            if (target.isStructure() && target.members().values().stream().anyMatch(Shape.Member::required)) {
                String groupPath = RequestPaths.child(path, name);
                ungrouped.removeIf(f -> JsonPointers.isWithin(f.path(), groupPath));
                methods.add(new AuthMethod(
                        "group:" + name,
                        Labels.humanize(name),
                        null,
                        walker.fields(target.name(), groupPath, true),
                        List.of(),
                        null));
            }
        });
        methods.addAll(byRole(ungrouped, grantTypes(shape), RequestPaths.child(path, GRANT_TYPE)));
        return methods.size() > 1 ? methods : List.of(single(all));
    }

    private static AuthMethod single(List<FieldSpec> fields) {
        return new AuthMethod(SINGLE_ID, "Credentials", null, fields, List.of(), null);
    }

    /** One method per way the fields offer, in the order the model first lists each. */
    private List<AuthMethod> byRole(List<FieldSpec> fields, List<String> grantTypes, String grantPath) {
        Map<Role, List<FieldSpec>> roles = new LinkedHashMap<>();
        fields.forEach(
                f -> roles.computeIfAbsent(role(f), r -> new ArrayList<>()).add(f));
        List<FieldSpec> companions = new ArrayList<>(roles.getOrDefault(Role.COMPANION, List.of()));
        List<FieldSpec> clientArn = roles.getOrDefault(Role.CLIENT_CREDENTIALS, List.of());
        List<AuthMethod> methods = new ArrayList<>();
        for (Map.Entry<Role, List<FieldSpec>> entry : roles.entrySet()) {
            List<FieldSpec> own = entry.getValue();
            switch (entry.getKey()) {
                case BASIC -> methods.add(way("basic", "User name and password", requireAll(own), List.of(), null));
                case ACCESS_TOKEN ->
                    methods.add(way(
                            "oauth2:accessToken",
                            "OAuth 2.0 access token",
                            requireFirst(own, "accessToken"),
                            with(companions, clientArn),
                            grant(grantTypes, grantPath, "AUTHORIZATION_CODE")));
                case AUTH_CODE ->
                    methods.add(way(
                            "oauth2:authCode",
                            "OAuth 2.0 authorization code",
                            requireFirst(own, "authCode"),
                            with(companions, clientArn),
                            grant(grantTypes, grantPath, "AUTHORIZATION_CODE")));
                case JWT ->
                    methods.add(way(
                            "oauth2:jwtBearer",
                            "OAuth 2.0 JWT bearer",
                            requireAll(own),
                            with(companions, clientArn),
                            grant(grantTypes, grantPath, "JWT_BEARER")));
                case CLIENT_CREDENTIALS -> {
                    Map<String, String> grant = grant(grantTypes, grantPath, "CLIENT_CREDENTIALS");
                    if (grant != null) {
                        methods.add(way(
                                "oauth2:clientCredentials",
                                "OAuth 2.0 client credentials",
                                requireAll(own),
                                companions,
                                grant));
                    }
                }
                default -> {
                    // Companions go with every OAuth 2.0 way; the grant type is set by each way.
                }
            }
        }
        return methods;
    }

    private static AuthMethod way(
            String id, String label, List<FieldSpec> own, List<FieldSpec> optional, Map<String, String> fixed) {
        List<FieldSpec> fields = new ArrayList<>(own);
        optional.forEach(f -> fields.add(f.withRequired(false)));
        return new AuthMethod(id, label, null, fields, List.of(), fixed);
    }

    private Role role(FieldSpec field) {
        String name = JsonPointers.last(field.path());
        if (field.path().contains("/oAuthRequest/")) {
            return Role.AUTH_CODE;
        }
        return switch (name) {
            case "username", "password" -> Role.BASIC;
            case "accessToken", "refreshToken" -> Role.ACCESS_TOKEN;
            case "jwtToken" -> Role.JWT;
            case "clientCredentialsArn" -> Role.CLIENT_CREDENTIALS;
            case GRANT_TYPE -> Role.GRANT;
            default -> Role.COMPANION;
        };
    }

    /** The grant types the shape's oAuth2GrantType member accepts; empty when it has none. */
    private List<String> grantTypes(Shape shape) {
        return shape.member(GRANT_TYPE)
                .flatMap(m -> model.findShape(m.shapeName()))
                .map(Shape::enumValues)
                .orElse(List.of());
    }

    /** The grant type to set for a way, or null when the shape has no grant type or not this one. */
    private static Map<String, String> grant(List<String> grantTypes, String grantPath, String grantType) {
        return grantTypes.contains(grantType) ? Map.of(grantPath, grantType) : null;
    }

    private static List<FieldSpec> requireAll(List<FieldSpec> fields) {
        return fields.stream().map(f -> f.withRequired(true)).toList();
    }

    /** The member named {@code required} is required, the others of the way are optional. */
    private static List<FieldSpec> requireFirst(List<FieldSpec> fields, String required) {
        Optional<FieldSpec> named = fields.stream()
                .filter(f -> JsonPointers.last(f.path()).equals(required))
                .findFirst();
        FieldSpec chosen = named.orElse(fields.get(0));
        return fields.stream().map(f -> f.withRequired(f == chosen)).toList();
    }

    private static List<FieldSpec> with(List<FieldSpec> first, List<FieldSpec> second) {
        List<FieldSpec> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}

package io.connectorexplorer.core.form;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.core.connector.ConnectorDescription;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.model.ServiceModel;
import io.connectorexplorer.core.model.Shape;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Builds the connection form for a described connector. A custom connector's form follows its
 * {@code authenticationConfig} and {@code connectorRuntimeSettings}; a connector authored by Amazon has neither,
 * so its form follows the model's {@code <Type>ConnectorProfileCredentials} and {@code ...Properties} shapes, one
 * method per way to sign in ({@link AmazonCredentialMethods}).
 * Anything unexpected becomes a note on the spec, never an exception.
 */
public final class AuthFormSpecs {

    private static final String CREDENTIALS_SHAPE = "ConnectorProfileCredentials";
    private static final String PROPERTIES_SHAPE = "ConnectorProfileProperties";

    private AuthFormSpecs() {}

    public static AuthFormSpec forConnector(ConnectorDescription description, ServiceModel model) {
        JsonNode configuration = description.configuration();
        ConnectorKey key = description.key();
        String name = ConfigReading.text(configuration, "connectorName");
        List<FieldSpec> profileFields = ProfileFields.of(configuration);
        List<String> notes = new ArrayList<>();
        if (key.isCustom()) {
            List<AuthMethod> methods =
                    new CustomConnectorForm(model, notes).methods(configuration.get("authenticationConfig"));
            List<FieldSpec> properties = new RuntimeSettingFields(notes)
                    .fields(ConfigReading.objects(configuration, "connectorRuntimeSettings"));
            return withProfile(key, name, profileFields, methods, properties, notes, RequestPaths.CUSTOM_PROPERTIES);
        }
        return amazonAuthored(key, name, profileFields, model, notes);
    }

    private static AuthFormSpec amazonAuthored(
            ConnectorKey key, String name, List<FieldSpec> profileFields, ServiceModel model, List<String> notes) {
        Optional<String> credentialsMember = memberFor(model, CREDENTIALS_SHAPE, key.connectorType());
        Optional<String> propertiesMember = memberFor(model, PROPERTIES_SHAPE, key.connectorType());
        if (credentialsMember.isEmpty() && propertiesMember.isEmpty()) {
            boolean known = model.shape("ConnectorType").enumValues().stream()
                    .anyMatch(t -> t.equalsIgnoreCase(key.connectorType()));
            notes.add(
                    known
                            ? "This connector needs no connector profile"
                            : "Unknown connector type " + key.connectorType()
                                    + ": this app's AppFlow model has no connector profile for it");
            return new AuthFormSpec(key, name, profileFields, List.of(), List.of(), notes, false, null);
        }
        ModelShapeFields walker = new ModelShapeFields(model, notes);
        List<AuthMethod> methods = credentialsMember
                .map(member -> new AmazonCredentialMethods(model, walker)
                        .methods(
                                shapeOf(model, CREDENTIALS_SHAPE, member),
                                RequestPaths.child(RequestPaths.CREDENTIALS, member)))
                .orElse(List.of());
        List<FieldSpec> properties = propertiesMember
                .map(member -> walker.fields(
                        shapeOf(model, PROPERTIES_SHAPE, member),
                        RequestPaths.child(RequestPaths.PROPERTIES, member),
                        false))
                .orElse(List.of());
        String propertiesPath = propertiesMember
                .map(m -> RequestPaths.child(RequestPaths.PROPERTIES, m))
                .orElse(null);
        return withProfile(key, name, profileFields, methods, properties, notes, propertiesPath);
    }

    /** The form of a connector that takes a connector profile, each note said once. */
    private static AuthFormSpec withProfile(
            ConnectorKey key,
            String name,
            List<FieldSpec> profileFields,
            List<AuthMethod> methods,
            List<FieldSpec> properties,
            List<String> notes,
            String propertiesPath) {
        return new AuthFormSpec(key, name, profileFields, methods, properties, distinct(notes), true, propertiesPath);
    }

    /** The member of ConnectorProfileCredentials / ...Properties for a connector type, matched ignoring case. */
    static Optional<String> memberFor(ServiceModel model, String shapeName, String connectorType) {
        return model.findShape(shapeName).flatMap(s -> s.memberNameIgnoringCase(connectorType));
    }

    private static String shapeOf(ServiceModel model, String container, String member) {
        return model.shape(container)
                .member(member)
                .map(Shape.Member::shapeName)
                .orElseThrow();
    }

    private static List<String> distinct(List<String> notes) {
        return List.copyOf(new LinkedHashSet<>(notes));
    }
}

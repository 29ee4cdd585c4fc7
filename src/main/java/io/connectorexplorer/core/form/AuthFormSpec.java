package io.connectorexplorer.core.form;

import io.connectorexplorer.core.connector.ConnectorKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the connection form for one connector shows, before anything is typed: the profile fields, the
 * authentication methods to choose from, connector-profile properties, and notes about what could not be
 * offered. Built by {@link AuthFormSpecs}; holds no values.
 *
 * @param profileFields  connector profile name, connection mode, KMS key ARN
 * @param propertyFields connector-profile properties that apply whatever method is chosen
 * @param notes          readable remarks for the user, e.g. skipped duplicate keys or unknown data types
 * @param needsProfile   false for connector types that take no connector profile (S3, EventBridge, …) or that
 *                       this model does not know; such a form can never be sent
 * @param propertiesPath where this connector's profile properties go, e.g.
 *                       {@code /connectorProfileConfig/connectorProfileProperties/Salesforce}; the request requires
 *                       them, so they are written even when empty. Null when the model has no such member
 */
public record AuthFormSpec(
        ConnectorKey connector,
        String connectorName,
        List<FieldSpec> profileFields,
        List<AuthMethod> methods,
        List<FieldSpec> propertyFields,
        List<String> notes,
        boolean needsProfile,
        String propertiesPath) {

    public AuthFormSpec {
        Objects.requireNonNull(connector, "connector");
        connectorName = connectorName == null || connectorName.isBlank() ? connector.displayId() : connectorName;
        profileFields = List.copyOf(profileFields);
        methods = List.copyOf(methods);
        propertyFields = List.copyOf(propertyFields);
        notes = List.copyOf(notes);
    }

    public Optional<AuthMethod> method(String id) {
        return methods.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** The fields whose values form the request with this method chosen (null: no method), in form order. */
    public List<FieldSpec> requestFields(AuthMethod method) {
        List<FieldSpec> all = new ArrayList<>(profileFields);
        if (method != null) {
            all.addAll(method.fields());
        }
        all.addAll(propertyFields);
        return all;
    }
}

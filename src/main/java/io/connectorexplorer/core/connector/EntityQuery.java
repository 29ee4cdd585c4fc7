package io.connectorexplorer.core.connector;

import java.util.Objects;

/**
 * Where entities are asked for: a connection (connector profile) by name, its connector type, and optionally the
 * path of a parent entity ({@code entitiesPath}, for nested entities) and the connector's API version. Nulls mean
 * "not sent".
 */
public record EntityQuery(String connectorProfileName, String connectorType, String entitiesPath, String apiVersion) {

    public EntityQuery {
        Objects.requireNonNull(connectorProfileName, "connectorProfileName");
    }

    /** The same connection and version, below {@code path} (a nested entity's children). */
    public EntityQuery below(String path) {
        return new EntityQuery(connectorProfileName, connectorType, path, apiVersion);
    }
}

package io.connectorexplorer.infra.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.core.json.JsonFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The connector configurations a loopback endpoint serves. Those with a {@code connectorLabel} are
 * custom connectors registered in the account; the others are connector types vended by the service.
 */
public record DemoCatalogue(List<JsonNode> configurations) {

    private static final String RESOURCE = "demo-catalogue.json";

    public DemoCatalogue {
        configurations = List.copyOf(configurations);
    }

    /** The bundled sample account. */
    public static DemoCatalogue bundled() {
        try (InputStream in = DemoCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The demo catalogue " + RESOURCE + " is missing from the build");
            }
            return fromDocument(JsonFormat.parse(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A catalogue from {@code {"connectorConfigurations": [ ... ]}}. */
    public static DemoCatalogue fromDocument(JsonNode document) {
        List<JsonNode> list = new ArrayList<>();
        document.path("connectorConfigurations").forEach(list::add);
        return new DemoCatalogue(list);
    }

    public List<JsonNode> amazonConnectors() {
        return configurations.stream().filter(c -> !isCustom(c)).toList();
    }

    public List<JsonNode> customConnectors() {
        return configurations.stream().filter(DemoCatalogue::isCustom).toList();
    }

    static boolean isCustom(JsonNode configuration) {
        JsonNode label = configuration.get("connectorLabel");
        return label != null && label.isTextual() && !label.asText().isEmpty();
    }
}

package io.connectorexplorer.ui.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Which targets the picker has ticked, by name only — what a saved selection and the last selection remember. "All
 * profiles" and "all regions" stay "all": profiles added to the files later, or regions AppFlow comes to, are in.
 */
public record TargetSelection(boolean allProfiles, List<String> profiles, boolean allRegions, List<String> regions) {

    public TargetSelection {
        profiles = List.copyOf(profiles);
        regions = List.copyOf(regions);
    }

    /** As the settings keep it: {@code {"allProfiles":…, "profiles":[…], "allRegions":…, "regions":[…]}}. */
    ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("allProfiles", allProfiles);
        profiles.forEach(json.putArray("profiles")::add);
        json.put("allRegions", allRegions);
        regions.forEach(json.putArray("regions")::add);
        return json;
    }

    /** What {@link #toJson()} wrote; anything else is an empty selection. */
    static TargetSelection fromJson(JsonNode json) {
        return new TargetSelection(
                json.path("allProfiles").asBoolean(false),
                strings(json.path("profiles")),
                json.path("allRegions").asBoolean(false),
                strings(json.path("regions")));
    }

    private static List<String> strings(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(item -> {
            if (item.isTextual()) {
                names.add(item.asText());
            }
        });
        return names;
    }
}

package io.connectorexplorer.core.inventory;

import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.profile.AwsProfile;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** The targets to take the inventory of, in the order their columns show; each once. */
public record InventoryRequest(List<Target> targets) {

    public InventoryRequest {
        targets = List.copyOf(new LinkedHashSet<>(targets));
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("An inventory needs at least one target.");
        }
    }

    /** Every profile in every region, profile by profile. */
    public static InventoryRequest crossing(List<AwsProfile> profiles, List<String> regions) {
        List<Target> targets = new ArrayList<>();
        for (AwsProfile profile : profiles) {
            for (String region : regions) {
                targets.add(new Target(profile, region));
            }
        }
        return new InventoryRequest(targets);
    }
}

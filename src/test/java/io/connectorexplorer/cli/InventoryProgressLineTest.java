package io.connectorexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.inventory.InventoryMatrix;
import io.connectorexplorer.core.inventory.InventoryProgress;
import io.connectorexplorer.core.inventory.TargetState;
import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.core.profile.ProfileKind;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class InventoryProgressLineTest {

    @Test
    void theLineSaysHowManyAnsweredAndOnlyTheStatesThereAre() {
        assertThat(InventoryProgressLine.text(new InventoryProgress(12, 3, 4, 4, 1, 0, 0)))
                .isEqualTo("Inventory: 4 of 12 targets answered · 4 loading · 3 queued · 1 failed");
        assertThat(InventoryProgressLine.text(new InventoryProgress(2, 0, 0, 1, 0, 1, 0)))
                .isEqualTo("Inventory: 1 of 2 targets answered · 1 need sign-in");
    }

    @Test
    void theLineIsRedrawnInPlaceAndWipedAtTheEnd() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Target target = new Target(new AwsProfile("p", ProfileKind.STATIC_KEYS, "eu-west-1", null), "eu-west-1");
        InventoryProgressLine line = new InventoryProgressLine(err, List.of(target));

        line.stateChanged(target, TargetState.LOADING);
        line.finished(InventoryMatrix.of(List.of(target)));

        String printed = bytes.toString(StandardCharsets.UTF_8);
        String shown = "Inventory: 0 of 1 targets answered · 1 loading";
        assertThat(printed).isEqualTo("\r" + shown + "\r" + " ".repeat(shown.length()) + "\r");
    }
}

package io.connectorexplorer.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.core.profile.ProfileKind;
import io.connectorexplorer.core.store.SnapshotKey;
import io.connectorexplorer.core.store.SnapshotStore;
import io.connectorexplorer.infra.store.SqliteSnapshotStore;
import io.connectorexplorer.testsupport.ManualTaskRunner;
import io.connectorexplorer.testsupport.MemorySettings;
import io.connectorexplorer.ui.common.StatusModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Forget this account and Clear history over a real history file: asked first, nothing removed on Cancel. */
class HistoryViewModelTest {

    @TempDir
    Path folder;

    private SnapshotStore store;
    private final ManualTaskRunner tasks = new ManualTaskRunner();
    private final StatusModel status = new StatusModel();
    private final List<String> asked = new ArrayList<>();
    private boolean answer;
    private HistoryViewModel model;
    private final Target prod =
            new Target(new AwsProfile("prod", ProfileKind.STATIC_KEYS, "eu-west-1", null), "eu-west-1");

    @BeforeEach
    void start() {
        store = SqliteSnapshotStore.open(folder, new MemorySettings(), Clock.systemUTC());
        store.recordConnectorList("111111111111", "eu-west-1", "prod", list("a"));
        store.recordConnectorList("111111111111", "us-east-1", "prod", list("b"));
        store.recordConnectorList("222222222222", "eu-west-1", "dev", list("c"));
        model = new HistoryViewModel(tasks, status, () -> store);
        model.setQuestion((header, text, action) -> {
            asked.add(header + " / " + action);
            return answer;
        });
    }

    @AfterEach
    void stop() {
        store.close();
    }

    @Test
    void forgettingTheShownAccountRemovesItInEveryRegionOnceConfirmed() {
        answer = true;

        model.forgetAccountOf(prod);
        tasks.runAll();

        assertThat(asked).containsExactly("Forget the history of account 111111111111? / Forget");
        assertThat(store.latest(SnapshotKey.connectorList("111111111111", "eu-west-1")))
                .isEmpty();
        assertThat(store.latest(SnapshotKey.connectorList("111111111111", "us-east-1")))
                .isEmpty();
        assertThat(store.latest(SnapshotKey.connectorList("222222222222", "eu-west-1")))
                .isPresent();
        assertThat(status.getMessage()).isEqualTo("Forgot account 111111111111: 2 snapshots removed");
    }

    @Test
    void cancelRemovesNothing() {
        answer = false;

        model.forgetAccountOf(prod);
        model.clearAll();
        tasks.runAll();

        assertThat(asked).hasSize(2);
        assertThat(store.keys("111111111111", "eu-west-1")).hasSize(1);
        assertThat(store.keys("222222222222", "eu-west-1")).hasSize(1);
    }

    @Test
    void clearRemovesEverythingAndAProfileNeverReadIsSaidSo() {
        answer = true;

        model.clearAll();
        tasks.runAll();
        model.forgetAccountOf(prod);
        tasks.runAll();

        assertThat(store.keys("222222222222", "eu-west-1")).isEmpty();
        assertThat(status.getMessage()).isEqualTo("Nothing is kept of prod's account yet");
        assertThat(asked).containsExactly("Clear all history? / Clear history");
    }

    private static com.fasterxml.jackson.databind.JsonNode list(String label) {
        var document = JsonNodeFactory.instance.objectNode();
        document.putObject("listConnectors").putArray("connectors").addObject().put("connectorLabel", label);
        return document;
    }
}

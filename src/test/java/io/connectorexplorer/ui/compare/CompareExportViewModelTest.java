package io.connectorexplorer.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.core.diff.DiffJson;
import io.connectorexplorer.core.diff.DiffText;
import io.connectorexplorer.core.json.JsonFormat;
import io.connectorexplorer.testsupport.JsonTrees;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CompareExportViewModelTest {

    private final CompareFixture fx = new CompareFixture();
    private final Map<Path, String> written = new HashMap<>();
    private String suggested;
    private boolean failWrites;
    private final CompareExportViewModel export = new CompareExportViewModel(
            fx.tasks,
            (path, text) -> {
                if (failWrites) {
                    throw new IOException("No space left on device");
                }
                written.put(path, text);
            },
            (title, name) -> {
                suggested = name;
                return Optional.of(Path.of("/tmp/out").resolve(name));
            },
            fx.status,
            fx.clipboard,
            fx.compare);

    @Test
    void nothingToExportBeforeAComparison() {
        assertThat(export.canExportProperty().get()).isFalse();
        export.copyDifferences();
        export.saveJson();
        assertThat(fx.clipboard.text()).isNull();
        assertThat(suggested).isNull();
    }

    @Test
    void copyDifferencesCopiesTheLinesTheCommandLinePrints() {
        fx.comparedWithBeta();
        assertThat(export.canExportProperty().get()).isTrue();

        export.copyDifferences();

        assertThat(fx.clipboard.text())
                .isEqualTo(DiffText.render(fx.compare.getTree().differences()));
        assertThat(fx.clipboard.text().lines()).hasSize(4);
        assertThat(fx.status.getMessage()).isEqualTo("Copied 4 differences as text");
    }

    @Test
    void saveWritesWhatDiffJsonPrintsOffTheFxThread() {
        fx.comparedWithBeta();

        export.saveJson();
        assertThat(written).as("written by a task").isEmpty();
        fx.tasks.runAll();

        assertThat(suggested).isEqualTo("acme-crm-alpha-eu-west-1-vs-beta-eu-west-1.json");
        String text = written.get(Path.of("/tmp/out", suggested));
        JsonNode json = JsonTrees.parse(text);
        assertThat(json.get("left").get("profile").asText()).isEqualTo("alpha");
        assertThat(json.get("right").get("region").asText()).isEqualTo("eu-west-1");
        assertThat(json.get("differences")).hasSize(4);
        assertThat(text)
                .isEqualTo(JsonFormat.pretty(DiffJson.render(
                        json.get("left"),
                        json.get("right"),
                        fx.compare.getTree().differences())));
        assertThat(fx.status.getMessage()).isEqualTo("Saved the differences to /tmp/out/" + suggested);
    }

    @Test
    void aFailedWriteIsABannerWithRetry() {
        fx.comparedWithBeta();
        failWrites = true;

        export.saveJson();
        fx.tasks.runAll();

        assertThat(fx.status.getProblem().title()).isEqualTo("Could not write /tmp/out/" + suggested);
        failWrites = false;
        fx.status.getProblem().action().run();
        fx.tasks.runAll();
        assertThat(written).hasSize(1);
    }
}

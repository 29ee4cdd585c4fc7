package io.connectorexplorer.ui.tree;

import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.core.connector.ConnectorDescription;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.json.JsonFormat;
import io.connectorexplorer.core.json.WireSchema;
import io.connectorexplorer.core.tree.ConfigNode;
import io.connectorexplorer.testsupport.RecordingClipboard;
import io.connectorexplorer.ui.common.StatusModel;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ConfigTreeViewModelTest {

    private final RecordingClipboard clipboard = new RecordingClipboard();
    private final ConfigTreeViewModel model =
            new ConfigTreeViewModel(WireSchema.UNKNOWN, ZoneOffset.UTC, clipboard, new StatusModel());

    @Test
    void searchFindsKeysAndValuesAndStepsThroughThemWrappingAround() throws Exception {
        model.show(
                new ConnectorDescription(
                        ConnectorKey.amazon("X"),
                        JsonFormat.parse(
                                "{\"connectorName\":\"Acme\",\"authenticationConfig\":{\"customAuthConfigs\":[{\"customAuthenticationType\":\"acme-token\"}]}}")));

        model.setSearchText("ACME");

        assertThat(model.getMatchCount()).isEqualTo(2);
        assertThat(model.getReveal()).hasToString("$.connectorConfiguration.connectorName");
        assertThat(model.matchTextProperty().get()).isEqualTo("1 of 2");
        model.nextMatch();
        assertThat(model.getReveal())
                .hasToString(
                        "$.connectorConfiguration.authenticationConfig.customAuthConfigs[0].customAuthenticationType");
        model.nextMatch();
        assertThat(model.getReveal()).hasToString("$.connectorConfiguration.connectorName");
        model.previousMatch();
        assertThat(model.matchTextProperty().get()).isEqualTo("2 of 2");
    }

    @Test
    void noMatchesSaysSo() throws Exception {
        model.show(new ConnectorDescription(ConnectorKey.amazon("X"), JsonFormat.parse("{\"a\":1}")));
        model.setSearchText("zzz");
        assertThat(model.getMatchCount()).isZero();
        assertThat(model.matchTextProperty().get()).isEqualTo("No matches");
        assertThat(model.getReveal()).isNull();
    }

    @Test
    void aNewConfigurationIsSearchedWithTheSameText() throws Exception {
        model.setSearchText("oauth");
        model.show(new ConnectorDescription(ConnectorKey.amazon("X"), JsonFormat.parse("{\"oAuthScopes\":[\"a\"]}")));
        assertThat(model.getMatchCount()).isEqualTo(1);
    }

    @Test
    void valuesShowOnOneLineAndCopyAsTheyAre() throws Exception {
        model.show(new ConnectorDescription(
                ConnectorKey.amazon("X"),
                JsonFormat.parse("{\"note\":\"first\\nsecond\\r\\nthird\",\"plain\":\"one line\"}")));
        ConfigNode note = model.getRoot().child("note");

        assertThat(model.displayValue(note)).isEqualTo("first ↵ second ↵ third");
        assertThat(model.displayValue(model.getRoot().child("plain"))).isEqualTo("one line");
        model.copyValue(note);
        assertThat(clipboard.text()).isEqualTo("first\nsecond\r\nthird");
    }

    @Test
    void copiesValuesAndPaths() throws Exception {
        model.show(new ConnectorDescription(
                ConnectorKey.amazon("X"), JsonFormat.parse("{\"scopes\":[\"read\",\"write\"]}")));
        ConfigNode scopes = model.getRoot().child("scopes");

        model.copyValue(scopes.child(1));
        assertThat(clipboard.text()).isEqualTo("write");
        model.copyPath(scopes.child(1));
        assertThat(clipboard.text()).isEqualTo("$.connectorConfiguration.scopes[1]");
        model.copyValue(scopes);
        assertThat(clipboard.text()).isEqualTo("[\n    \"read\",\n    \"write\"\n]");
    }

    @Test
    void showNothingClearsTheTreeAndSaysWhy() throws Exception {
        model.show(new ConnectorDescription(ConnectorKey.amazon("X"), JsonFormat.parse("{\"a\":1}")));
        model.showNothing("Loading…");
        assertThat(model.getRoot()).isNull();
        assertThat(model.getDescription()).isNull();
        assertThat(model.getPlaceholder()).isEqualTo("Loading…");
    }
}

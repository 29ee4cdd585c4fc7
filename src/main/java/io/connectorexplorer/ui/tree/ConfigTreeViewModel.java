package io.connectorexplorer.ui.tree;

import io.connectorexplorer.core.connector.ConnectorDescription;
import io.connectorexplorer.core.json.WireSchema;
import io.connectorexplorer.core.tree.ConfigNode;
import io.connectorexplorer.core.tree.ConfigSearch;
import io.connectorexplorer.core.tree.JsonPath;
import io.connectorexplorer.ui.common.StatusModel;
import io.connectorexplorer.ui.common.TextClipboard;
import java.time.ZoneId;
import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The configuration tree: which configuration it shows (or why none), search over it, and copying values
 * and paths. The view asks for the node at {@link #revealProperty()} to be expanded and selected.
 */
public final class ConfigTreeViewModel {

    private final WireSchema schema;
    private final ZoneId zone;
    private final TextClipboard clipboard;
    private final StatusModel status;

    private List<JsonPath> matches = List.of();

    public ConfigTreeViewModel(WireSchema schema, ZoneId zone, TextClipboard clipboard, StatusModel status) {
        this.schema = schema;
        this.zone = zone;
        this.clipboard = clipboard;
        this.status = status;
        searchText.addListener((obs, old, text) -> search());
    }

    public void show(ConnectorDescription d) {
        description.set(d);
        root.set(ConfigNode.configurationRoot(d.configuration(), schema));
        search();
    }

    /**
     * Shows a JSON document that is not a connector's configuration (a connection's properties) under
     * {@code rootName}, its timestamps found by {@code shape}; there is then no description.
     */
    public void showDocument(String rootName, com.fasterxml.jackson.databind.JsonNode document, WireSchema shape) {
        description.set(null);
        root.set(new ConfigNode(
                rootName,
                document,
                io.connectorexplorer.core.tree.JsonPath.root().member(rootName),
                shape));
        search();
    }

    /** Shows no configuration, with a line that says why (loading, nothing selected, failed). */
    public void showNothing(String why) {
        description.set(null);
        root.set(null);
        placeholder.set(why);
        search();
    }

    public void nextMatch() {
        step(1);
    }

    public void previousMatch() {
        step(-1);
    }

    private void step(int direction) {
        if (matches.isEmpty()) {
            return;
        }
        int next = Math.floorMod(matchIndex.get() + direction, matches.size());
        matchIndex.set(next);
        reveal.set(matches.get(next));
        matchText.set((next + 1) + " of " + matches.size());
    }

    private void search() {
        ConfigNode current = root.get();
        matches = current == null ? List.of() : ConfigSearch.find(current, searchText.get());
        matchCount.set(matches.size());
        matchIndex.set(-1);
        reveal.set(null);
        if (searchText.get() == null || searchText.get().isBlank()) {
            matchText.set("");
        } else if (matches.isEmpty()) {
            matchText.set("No matches");
        } else {
            step(1);
        }
    }

    public void copyValue(ConfigNode node) {
        if (node != null) {
            clipboard.putText(node.copyText());
            status.info("Copied the value of " + node.path());
        }
    }

    public void copyPath(ConfigNode node) {
        if (node != null) {
            clipboard.putText(node.path().toString());
            status.info("Copied the path " + node.path());
        }
    }

    /**
     * What the value column shows, on one line: rows have one fixed height (which keeps trees of thousands of
     * rows fast), so line breaks show as ↵. Copy value copies the text as it is.
     */
    public String displayValue(ConfigNode node) {
        String text = node.displayValue(zone);
        if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", " ↵ ").replace("\n", " ↵ ").replace("\r", " ↵ ");
    }

    private final ReadOnlyObjectWrapper<ConfigNode> root = new ReadOnlyObjectWrapper<>();

    public ReadOnlyObjectProperty<ConfigNode> rootProperty() {
        return root.getReadOnlyProperty();
    }

    public ConfigNode getRoot() {
        return root.get();
    }

    private final ReadOnlyObjectWrapper<ConnectorDescription> description = new ReadOnlyObjectWrapper<>();

    public ReadOnlyObjectProperty<ConnectorDescription> descriptionProperty() {
        return description.getReadOnlyProperty();
    }

    public ConnectorDescription getDescription() {
        return description.get();
    }

    private final ReadOnlyStringWrapper placeholder =
            new ReadOnlyStringWrapper("Select a connector to see its configuration.");

    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    public String getPlaceholder() {
        return placeholder.get();
    }

    private final StringProperty searchText = new SimpleStringProperty("");

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public void setSearchText(String text) {
        searchText.set(text);
    }

    private final ReadOnlyIntegerWrapper matchCount = new ReadOnlyIntegerWrapper();

    public ReadOnlyIntegerProperty matchCountProperty() {
        return matchCount.getReadOnlyProperty();
    }

    public int getMatchCount() {
        return matchCount.get();
    }

    private final ReadOnlyIntegerWrapper matchIndex = new ReadOnlyIntegerWrapper(-1);

    public ReadOnlyIntegerProperty matchIndexProperty() {
        return matchIndex.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper matchText = new ReadOnlyStringWrapper("");

    public ReadOnlyStringProperty matchTextProperty() {
        return matchText.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<JsonPath> reveal = new ReadOnlyObjectWrapper<>();

    public ReadOnlyObjectProperty<JsonPath> revealProperty() {
        return reveal.getReadOnlyProperty();
    }

    public JsonPath getReveal() {
        return reveal.get();
    }

    public List<JsonPath> getMatches() {
        return matches;
    }
}

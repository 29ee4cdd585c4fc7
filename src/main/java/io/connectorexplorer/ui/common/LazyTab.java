package io.connectorexplorer.ui.common;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * Tabs whose content is made the first time they are selected. A tab pane styles and skins every tab's content, shown
 * or not, so what the user has not opened yet would slow the opening of what they did.
 */
public final class LazyTab {

    private LazyTab() {}

    /** A tab that cannot be closed, with {@code content} made when it is first selected. */
    public static Tab of(String text, String id, Supplier<? extends Node> content) {
        Tab tab = new Tab(text);
        tab.setId(id);
        tab.setClosable(false);
        fillWhenSelected(tab, content);
        return tab;
    }

    /** Gives {@code tab} its content from {@code content} when it is (or once it is) selected. */
    public static void fillWhenSelected(Tab tab, Supplier<? extends Node> content) {
        if (tab.isSelected() && tab.getContent() == null) {
            tab.setContent(content.get());
        }
        tab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected && tab.getContent() == null) {
                tab.setContent(content.get());
            }
        });
    }
}

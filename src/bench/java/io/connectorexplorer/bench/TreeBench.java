package io.connectorexplorer.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.core.connector.ConnectorDescription;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.export.DescribeOutput;
import io.connectorexplorer.core.json.WireSchema;
import io.connectorexplorer.core.tree.ConfigNode;
import io.connectorexplorer.core.tree.ConfigSearch;
import io.connectorexplorer.infra.appflow.SdkWireSchemas;
import io.connectorexplorer.ui.common.StatusModel;
import io.connectorexplorer.ui.common.Theme;
import io.connectorexplorer.ui.tree.ConfigTreeView;
import io.connectorexplorer.ui.tree.ConfigTreeViewModel;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;

/**
 * One connector with 2,000 auth parameters: the tree model alone, then the real tree view (headless JavaFX)
 * opening it, expanding the parameters and searching them; the search over the JSON; the export.
 */
final class TreeBench {

    private static final int PARAMETERS = 2000;
    private static final String GROUP = "Scale: one connector with 2,000 auth parameters";

    private final int warmups;
    private final int runs;
    private final Results results;

    TreeBench(int warmups, int runs, Results results) {
        this.warmups = warmups;
        this.runs = runs;
        this.results = results;
    }

    void run() throws Exception {
        ObjectNode big = Catalogues.bigConnector(PARAMETERS);
        ConnectorDescription description = new ConnectorDescription(ConnectorKey.custom(Catalogues.BIG_LABEL), big);
        WireSchema schema = SdkWireSchemas.connectorConfiguration();
        int tw = Math.max(warmups, 3);

        Measure.repeat(results.figure(GROUP, "tree model: ConfigNode root + first two levels", "ms"), tw, runs, () -> {
            long t0 = System.nanoTime();
            ConfigNode root = ConfigNode.configurationRoot(big, schema);
            int rows = 0;
            for (ConfigNode child : root.children()) {
                rows += 1 + child.children().size();
            }
            if (rows == 0) {
                throw new IllegalStateException("empty tree");
            }
            return Measure.since(t0);
        });

        Fx.start();
        ConfigTreeViewModel model =
                Fx.call(() -> new ConfigTreeViewModel(schema, ZoneId.systemDefault(), text -> {}, new StatusModel()));
        ConfigTreeView view = Fx.call(() -> {
            ConfigTreeView v = new ConfigTreeView(model);
            Scene scene = new Scene(v, 900, 700);
            Theme.LIGHT.apply(scene);
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            return v;
        });

        Measure.repeat(
                results.figure(GROUP, "tree opened: show + CSS + layout, root expanded", "ms")
                        .target("<= 150 ms", 150),
                tw,
                runs,
                () -> Fx.call(() -> {
                    model.showNothing("reset");
                    layout(view);
                    long t0 = System.nanoTime();
                    model.show(description);
                    layout(view);
                    return Measure.since(t0);
                }));

        Measure.repeat(
                results.figure(GROUP, "the 2,000 parameters opened: expand to authParameters + CSS + layout", "ms")
                        .target("<= 150 ms", 150),
                tw,
                runs,
                () -> Fx.call(() -> {
                    model.show(description);
                    layout(view);
                    long t0 = System.nanoTime();
                    TreeItem<ConfigNode> item = table(view).getRoot();
                    for (Object segment :
                            List.of("authenticationConfig", "customAuthConfigs", "[0]", "authParameters")) {
                        item.setExpanded(true);
                        item = item.getChildren().stream()
                                .filter(c -> c.getValue().name().equals(segment))
                                .findFirst()
                                .orElseThrow(() -> new IllegalStateException("no " + segment));
                    }
                    item.setExpanded(true);
                    layout(view);
                    int rows = table(view).getExpandedItemCount();
                    if (rows < PARAMETERS) {
                        throw new IllegalStateException("only " + rows + " rows");
                    }
                    return Measure.since(t0);
                }));

        Measure.repeat(
                results.figure(GROUP, "search 'param1999' in the view: find + reveal + layout", "ms"),
                tw,
                runs,
                () -> Fx.call(() -> {
                    model.show(description);
                    layout(view);
                    long t0 = System.nanoTime();
                    model.setSearchText("param1999");
                    layout(view);
                    double ms = Measure.since(t0);
                    if (model.getMatchCount() != 1) {
                        throw new IllegalStateException(model.getMatchCount() + " matches");
                    }
                    model.setSearchText("");
                    return ms;
                }));

        ConfigNode root = ConfigNode.configurationRoot(big, schema);
        int[] hits = new int[1];
        Figure find = results.figure(GROUP, "ConfigSearch.find 'parameter' over the JSON", "ms");
        Measure.repeat(find, tw, runs, () -> {
            long t0 = System.nanoTime();
            hits[0] = ConfigSearch.find(root, "parameter").size();
            return Measure.since(t0);
        });
        find.note(hits[0] + " hits");

        DescribeOutput output = new DescribeOutput(schema);
        int[] size = new int[1];
        Figure export = results.figure(GROUP, "export: DescribeOutput.text", "ms");
        Measure.repeat(export, tw, runs, () -> {
            long t0 = System.nanoTime();
            size[0] = output.text(description).length();
            return Measure.since(t0);
        });
        export.note(String.format(Locale.ROOT, "%.0f KB of JSON", size[0] / 1024.0));

        int[] expanded = new int[1];
        Figure expandAll = results.figure(GROUP, "expand all + CSS + layout", "ms");
        Measure.repeat(
                expandAll,
                1,
                Math.min(runs, 3),
                () -> Fx.call(() -> {
                    model.show(description);
                    layout(view);
                    long t0 = System.nanoTime();
                    view.expandAll();
                    layout(view);
                    expanded[0] = table(view).getExpandedItemCount();
                    return Measure.since(t0);
                }));
        expandAll.note(expanded[0] + " rows; not a target, for scale");
        results.note("Tree figures: the real ConfigTreeViewModel and ConfigTreeView in headless JavaFX (Monocle, "
                + "software pipeline) inside the harness JVM, timed on the FX thread through CSS and layout (what a "
                + "pulse does before painting); 'first' is the first time in this JVM.");
    }

    private static void layout(ConfigTreeView view) {
        view.applyCss();
        view.layout();
    }

    @SuppressWarnings("unchecked")
    private static TreeTableView<ConfigNode> table(ConfigTreeView view) {
        return (TreeTableView<ConfigNode>) view.lookup("#configTree");
    }
}

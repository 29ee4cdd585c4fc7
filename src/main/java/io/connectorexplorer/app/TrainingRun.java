package io.connectorexplorer.app;

import io.connectorexplorer.core.account.ConnectionState;
import io.connectorexplorer.ui.common.Once;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.stage.Stage;

/**
 * For the installer build only, and off unless {@code -Dconnector-explorer.training=true}: one start of the app that
 * does what a user's first minute does, then closes it, so the JVM can record which classes that loads and links
 * (the AOT cache the installers ship, packaging/linux/create-aot-cache.sh). The window opens on the account it
 * would (the build runs it with no AWS configuration: the demo account) and waits until the connector list has
 * been filled and drawn; then the command line's {@code list --json} and {@code describe} run in-process, on the
 * same account, with their output discarded, and a history store is opened, written and read in a folder of its own;
 * then the window closes and the app exits as after Ctrl+Q. The
 * JDK records one run per cache, so the command line's classes must come from this same run.
 * A failure prints why to stderr and exits with status 1, so the build stops rather than ship a poor cache.
 */
final class TrainingRun {

    static final boolean ON = Boolean.getBoolean("connector-explorer.training");

    private static final List<List<String>> COMMANDS = List.of(
            List.of("list", "--demo", "--json"), List.of("describe", "--demo", "--connector-type", "Salesforce"));

    private TrainingRun() {}

    static void follow(Stage stage, ObservableValue<ConnectionState> state) {
        follow(stage, state, TrainingRun::halt);
    }

    /** As the app does it, but a failure is handed to {@code fail} and the run stops there (the app's halts the JVM). */
    static void follow(Stage stage, ObservableValue<ConnectionState> state, Consumer<String> fail) {
        Once.when(
                state, now -> !(now instanceof ConnectionState.Idle || now instanceof ConnectionState.Loading), now -> {
                    if (!(now instanceof ConnectionState.Ready)) {
                        fail.accept("the window did not load its account: " + now);
                        return;
                    }
                    // The list's rows are drawn in the pulse after it fills: the command lines run once it is over.
                    Runnable[] afterDrawn = new Runnable[1];
                    afterDrawn[0] = () -> {
                        stage.getScene().removePostLayoutPulseListener(afterDrawn[0]);
                        Platform.runLater(() -> Daemon.start("training-command-line", () -> commandLines(stage, fail)));
                    };
                    stage.getScene().addPostLayoutPulseListener(afterDrawn[0]);
                });
    }

    private static void commandLines(Stage stage, Consumer<String> fail) {
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
        try (Services services = CommandLines.services()) {
            for (List<String> command : COMMANDS) {
                int status = CommandLines.create(services).run(command.toArray(String[]::new), discard, System.err);
                if (status != 0) {
                    fail.accept("the command line " + String.join(" ", command) + " exited with status " + status);
                    return;
                }
            }
        } catch (RuntimeException e) {
            fail.accept("the command line failed: " + e);
            return;
        }
        try {
            history();
        } catch (java.io.IOException | RuntimeException e) {
            fail.accept("the history store failed: " + e);
            return;
        }
        Platform.runLater(stage::close);
    }

    /**
     * The demo account keeps no history, so the store is trained on its own: one opened in a folder of its own, a
     * listing recorded and read back, then the folder removed — SQLite's JDBC classes are then in the cache, and a real
     * account's first history read does not load them.
     */
    private static void history() throws java.io.IOException {
        java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("connector-explorer-training");
        try {
            var key = io.connectorexplorer.core.store.SnapshotKey.connectorList("000000000000", "us-east-1");
            try (var store = io.connectorexplorer.infra.store.SqliteSnapshotStore.open(
                    folder,
                    new io.connectorexplorer.infra.settings.PropertiesSettings(folder.resolve("settings.properties")),
                    java.time.Clock.systemUTC())) {
                store.record(
                        key, "training", com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode());
                if (store.latest(key).isEmpty()) {
                    throw new IllegalStateException("the history did not keep what it recorded: " + store.status());
                }
            }
        } finally {
            try (var files = java.nio.file.Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(f -> f.toFile().delete());
            }
        }
    }

    private static void halt(String why) {
        System.err.println("training run: " + why);
        Runtime.getRuntime().halt(1);
    }
}

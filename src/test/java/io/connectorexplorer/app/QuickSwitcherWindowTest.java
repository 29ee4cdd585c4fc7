package io.connectorexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.connector.ConnectorSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Go to anything (Ctrl+K), by the keyboard alone: a profile by a few letters, then a connector of another account. */
@ExtendWith(ApplicationExtension.class)
class QuickSwitcherWindowTest {

    @TempDir
    static Path folder;

    private ConnectFormWindow app;

    @Start
    void start(Stage stage) throws Exception {
        app = ConnectFormWindow.open(stage, Files.createDirectories(folder.resolve("run-" + System.nanoTime())));
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
    }

    @Test
    void ctrlKGoesToAProfileAndThenToAConnectorInAnotherAccount(FxRobot robot) {
        ConnectFormRobot form = new ConnectFormRobot(robot);
        ConnectFormRobot.waitUntil(() -> app.window.explorer().getSession() != null);

        form.press(KeyCode.CONTROL, KeyCode.K);
        ConnectFormRobot.waitUntil(() -> typingIn(robot));
        robot.write("demo", 0);
        form.press(KeyCode.ENTER);
        ConnectFormRobot.waitUntil(() -> app.window.explorer().getSession() != null
                && app.window.explorer().getSession().target().isDemo());
        assertThat(robot.lookup("#quickSwitcherQuery").tryQuery())
                .as("the box closed")
                .isEmpty();

        form.press(KeyCode.CONTROL, KeyCode.K);
        ConnectFormRobot.waitUntil(() -> typingIn(robot));
        robot.write("acme crm connect-test", 0);
        form.press(KeyCode.ENTER);

        ConnectFormRobot.waitUntil(() -> app.window.explorer().getSession() != null
                && app.window.explorer().getSession().target().profileName().equals(ConnectFormWindow.PROFILE));
        ListView<ConnectorSummary> list = robot.lookup("#connectorList").queryListView();
        ConnectFormRobot.waitUntil(() -> list.getSelectionModel().getSelectedItem() != null
                && list.getSelectionModel().getSelectedItem().key().equals(ConnectorKey.custom("acme-crm")));
    }

    /** The go-to box is open with the keyboard in its field (it is a popup: a window of its own). */
    private static boolean typingIn(FxRobot robot) {
        return robot.lookup("#quickSwitcherQuery")
                .tryQuery()
                .map(javafx.scene.Node::isFocused)
                .orElse(false);
    }
}

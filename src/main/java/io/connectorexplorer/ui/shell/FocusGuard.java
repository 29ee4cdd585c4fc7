package io.connectorexplorer.ui.shell;

import java.util.List;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * Keeps keyboard focus off the account pickers unless the user puts it there (a click, Tab, or Ctrl+P): a key pressed
 * on a picker switches the account. JavaFX moves focus to the window's first control — the profile picker — whenever
 * the focused control goes away (a form redrawn, a list refilled) and when the window opens; the guard sends it back
 * to where it was, or to the content.
 */
final class FocusGuard {

    private final List<Node> guarded;
    private final Supplier<Node> fallback;
    private boolean userMoving;
    private boolean mouseDown;

    private FocusGuard(List<Node> guarded, Supplier<Node> fallback) {
        this.guarded = guarded;
        this.fallback = fallback;
    }

    static FocusGuard install(Scene scene, List<Node> guarded, Supplier<Node> fallback) {
        FocusGuard guard = new FocusGuard(guarded, fallback);
        // A control may take focus on press or on release: the whole click counts as the user's.
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> guard.mouseDown = true);
        scene.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            guard.mouseDown = false;
            guard.userMoves();
        });
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB) {
                guard.userMoves();
            }
        });
        scene.focusOwnerProperty().addListener((obs, old, now) -> guard.check(old, now));
        guard.check(null, scene.getFocusOwner());
        return guard;
    }

    /** The user is putting focus somewhere on purpose (a shortcut that opens a picker, say). */
    void allow() {
        userMoves();
    }

    private void userMoves() {
        userMoving = true;
        // Focus moves while the event is handled; once it has been, moves are the window's own again.
        Platform.runLater(() -> userMoving = false);
    }

    private void check(Node old, Node now) {
        if (userMoving || mouseDown || now == null || guarded.stream().noneMatch(picker -> isInside(now, picker))) {
            return;
        }
        Node back = old != null
                        && old.getScene() == now.getScene()
                        && old.isVisible()
                        && !old.isDisabled()
                        && guarded.stream().noneMatch(picker -> isInside(old, picker))
                ? old
                : fallback.get();
        if (back != null) {
            Platform.runLater(back::requestFocus);
        }
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}

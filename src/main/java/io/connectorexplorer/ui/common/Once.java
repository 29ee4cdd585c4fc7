package io.connectorexplorer.ui.common;

import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/** Runs an action the first time an observable value changes to one that matches, then stops listening. */
public final class Once {

    private Once() {}

    public static <T> void when(ObservableValue<T> value, Predicate<? super T> matches, Consumer<? super T> action) {
        value.addListener(new ChangeListener<T>() {
            @Override
            public void changed(ObservableValue<? extends T> obs, T old, T now) {
                if (matches.test(now)) {
                    value.removeListener(this);
                    action.accept(now);
                }
            }
        });
    }
}

package io.connectorexplorer.core.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormValuesTest {

    @Test
    void holdsTextListsAndBooleansByPath() {
        FormValues values = new FormValues();
        values.set("/a", "text");
        values.set("/b", List.of("x", "y"));
        values.set("/c", Boolean.FALSE);

        assertThat(values.get("/a")).isEqualTo("text");
        assertThat(values.get("/b")).isEqualTo(List.of("x", "y"));
        assertThat(values.get("/c")).isEqualTo(false);
        assertThat(values.text("/b")).hasValue("x,y");
        assertThat(values.text("/c")).hasValue("false");
        assertThat(values.entries("/a")).containsExactly("text");
        assertThat(values.entries("/missing")).isEmpty();
        assertThat(values.paths()).containsExactlyInAnyOrder("/a", "/b", "/c");
    }

    @Test
    void emptyValuesAreNoValues() {
        FormValues values = new FormValues();
        values.set("/a", "x");
        values.set("/a", "");
        values.set("/b", List.of());
        values.set("/c", (Boolean) null);
        values.set("/d", (String) null);

        assertThat(values.size()).isZero();
        assertThat(values.isFilled("/a")).isFalse();
        assertThat(values.text("/a")).isEmpty();
    }

    @Test
    void whitespaceIsKeptForTheModelToJudge() {
        FormValues values = new FormValues();
        values.set("/a", " ");

        assertThat(values.isFilled("/a")).isTrue();
        assertThat(values.text("/a")).hasValue(" ");
    }

    @Test
    void listsAreCopiedSoLaterChangesDoNotLeakIn() {
        List<String> entries = new ArrayList<>(List.of("a"));
        FormValues values = new FormValues();
        values.set("/a", entries);
        entries.add("b");

        assertThat(values.entries("/a")).containsExactly("a");
    }

    @Test
    void clearForgetsEverything() {
        FormValues values = new FormValues();
        values.set("/secret", "hunter2");
        values.set("/other", "x");

        values.clear();

        assertThat(values.size()).isZero();
        assertThat(values.get("/secret")).isNull();
    }

    @Test
    void toStringNeverShowsValues() {
        FormValues values = new FormValues();
        values.set("/connectorProfileConfig/connectorProfileCredentials/CustomConnector/basic/password", "hunter2");
        values.set("/x", List.of("hunter3"));

        assertThat(values.toString()).isEqualTo("FormValues[2 filled]").doesNotContain("hunter");
    }
}

package io.connectorexplorer.core.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldSpecTest {

    @Test
    void aSecretIsAlwaysSensitive() {
        FieldSpec secret =
                new FieldSpec("/p", "Password", null, true, false, FieldKind.SECRET, null, FieldSpec.Wire.STRING);

        assertThat(secret.sensitive()).isTrue();
        assertThat(FieldSpec.text("/p", "x", "", false)
                        .withKind(FieldKind.SECRET, List.of())
                        .sensitive())
                .isTrue();
    }

    @Test
    void missingLabelFallsBackToThePathAndHelpToEmpty() {
        FieldSpec field = new FieldSpec("/a/b", " ", null, false, false, FieldKind.TEXT, null, FieldSpec.Wire.STRING);

        assertThat(field.label()).isEqualTo("/a/b");
        assertThat(field.help()).isEmpty();
        assertThat(field.options()).isEmpty();
    }

    @Test
    void optionsAreCopied() {
        List<String> options = new ArrayList<>(List.of("a"));
        FieldSpec field = FieldSpec.text("/a", "A", "", false).withKind(FieldKind.CHOICE, options);
        options.add("b");

        assertThat(field.options()).containsExactly("a");
    }
}

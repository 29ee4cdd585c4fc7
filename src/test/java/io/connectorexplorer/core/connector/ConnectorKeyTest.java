package io.connectorexplorer.core.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConnectorKeyTest {

    @ParameterizedTest
    @ValueSource(strings = {"acme-crm", "a1", "0abc", "Acme_CRM", "x!y@z#w.v-u_t", "A."})
    void labelsMatchingTheServicePatternAreValid(String label) {
        assertThat(ConnectorKey.custom(label).validationProblem()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-acme", "_acme", ".acme", "a", "acme crm", "acme/crm", "acme:crm", "ümlaut", "acme\n"})
    void labelsOutsideTheServicePatternAreRejected(String label) {
        assertThat(ConnectorKey.custom(label).validationProblem())
                .hasValueSatisfying(problem -> assertThat(problem).contains("[a-zA-Z0-9][\\w!@#.-]+"));
    }

    @Test
    void aLabelOf256CharactersIsTheLongestAllowed() {
        String longest = "a".repeat(256);

        assertThat(ConnectorKey.custom(longest).validationProblem()).isEmpty();
        assertThat(ConnectorKey.custom(longest + "b").validationProblem())
                .hasValueSatisfying(
                        problem -> assertThat(problem).contains("257").contains("256"));
    }

    @Test
    void aCustomConnectorNeedsALabelWhateverTheCaseOfItsType() {
        assertThat(new ConnectorKey("CustomConnector", null).validationProblem())
                .hasValueSatisfying(problem -> assertThat(problem).contains("connector label"));
        assertThat(new ConnectorKey("customconnector", null).validationProblem())
                .isPresent();
    }

    @Test
    void anEmptyLabelCountsAsNoLabel() {
        ConnectorKey key = new ConnectorKey("CustomConnector", "");

        assertThat(key.connectorLabel()).isNull();
        assertThat(key.label()).isEmpty();
        assertThat(key.validationProblem()).isPresent();
        assertThat(new ConnectorKey("Salesforce", "")).isEqualTo(ConnectorKey.amazon("Salesforce"));
    }

    @Test
    void aBlankTypeIsRejectedAndANullTypeRefused() {
        assertThat(ConnectorKey.amazon("  ").validationProblem())
                .hasValueSatisfying(problem -> assertThat(problem).contains("type is empty"));
        assertThatNullPointerException().isThrownBy(() -> ConnectorKey.amazon(null));
    }

    @Test
    void typesNoEnumKnowsAreValidAsTheyAre() {
        assertThat(ConnectorKey.amazon("SomeFutureType").validationProblem()).isEmpty();
        assertThat(ConnectorKey.amazon("Locke").displayId()).isEqualTo("Locke");
    }

    @Test
    void displayIdNamesTypeAndLabel() {
        assertThat(ConnectorKey.amazon("Salesforce").displayId()).isEqualTo("Salesforce");
        assertThat(ConnectorKey.custom("acme-crm").displayId()).isEqualTo("CustomConnector/acme-crm");
        assertThat(ConnectorKey.custom("acme-crm")).hasToString("CustomConnector/acme-crm");
    }

    @Test
    void aKeyIsCustomWhenItHasALabelOrTheCustomType() {
        assertThat(ConnectorKey.amazon("Salesforce").isCustom()).isFalse();
        assertThat(ConnectorKey.custom("acme-crm").isCustom()).isTrue();
        assertThat(new ConnectorKey("CUSTOMCONNECTOR", null).isCustom()).isTrue();
        assertThat(new ConnectorKey("SomeFutureType", "labelled").isCustom()).isTrue();
    }

    @Test
    void keysSortByTypeThenLabelIgnoringCase() {
        List<ConnectorKey> keys = new ArrayList<>(List.of(
                ConnectorKey.custom("zeta"),
                ConnectorKey.amazon("salesforce"),
                ConnectorKey.custom("Alpha"),
                ConnectorKey.amazon("S3"),
                ConnectorKey.amazon("Amplitude"),
                new ConnectorKey("CustomConnector", null)));

        Collections.sort(keys);

        assertThat(keys)
                .extracting(ConnectorKey::displayId)
                .containsExactly(
                        "Amplitude",
                        "CustomConnector",
                        "CustomConnector/Alpha",
                        "CustomConnector/zeta",
                        "S3",
                        "salesforce");
    }

    @Test
    void orderingIsConsistentWithEqualsForKeysDifferingOnlyInCase() {
        ConnectorKey lower = ConnectorKey.custom("acme");
        ConnectorKey upper = ConnectorKey.custom("ACME");

        assertThat(lower).isNotEqualTo(upper);
        assertThat(lower.compareTo(upper)).isNotZero().isEqualTo(-upper.compareTo(lower));
        assertThat(new TreeSet<>(List.of(lower, upper, ConnectorKey.amazon("s3"), ConnectorKey.amazon("S3"))))
                .hasSize(4);
    }
}

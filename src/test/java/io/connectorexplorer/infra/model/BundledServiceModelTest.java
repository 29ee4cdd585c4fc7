package io.connectorexplorer.infra.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;

class BundledServiceModelTest {

    @Test
    void theAppFlowModelIsBundledAndReadOnce() {
        assertThat(BundledServiceModel.appflow()).isSameAs(BundledServiceModel.appflow());
        assertThat(BundledServiceModel.appflow()
                        .inputShapeOf("CreateConnectorProfile")
                        .name())
                .isEqualTo("CreateConnectorProfileRequest");
    }

    @Test
    void aMissingResourceSaysWhichOne() {
        assertThatIllegalStateException()
                .isThrownBy(() -> BundledServiceModel.load("nope.json"))
                .withMessageContaining("nope.json");
    }
}

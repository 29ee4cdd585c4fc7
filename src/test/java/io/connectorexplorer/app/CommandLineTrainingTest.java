package io.connectorexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The installers' command-line training run (their second AOT cache is made from it): every command it runs succeeds
 * through the real SDK against its loopback endpoint, STS included, and the history keeps what they read — else the
 * installer build stops, so a command renamed here breaks this test first, not the build.
 */
class CommandLineTrainingTest {

    @Test
    void everyCommandSucceedsAndTheHistoryKeepsWhatTheyRead() throws Exception {
        assertThat(CommandLineTraining.run()).isZero();
    }
}

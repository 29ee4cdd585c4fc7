package io.connectorexplorer.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.profile.AwsProfile;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The demo account keeps no history, so asking what changed in its listing answers "nothing" without opening the store
 * (at start that open competed with the window's first fill for the CPU).
 */
class HistoryDemoTest {

    private final AtomicInteger opened = new AtomicInteger();
    private final History history = new History(() -> {
        opened.incrementAndGet();
        return new NoHistory(new StoreStatus.Unavailable(Path.of("history.db"), "Not opened here.", "Nothing to do."));
    });

    @Test
    void theDemoListingsChangesAreNoneAndTheStoreStaysShut() throws Exception {
        Target demo = new Target(AwsProfile.demo(), "us-east-1");

        assertThat(history.changes(demo).get(10, TimeUnit.SECONDS)).isEmpty();
        history.close();

        assertThat(opened).hasValue(0);
    }

    @Test
    void anotherTargetsChangesAreLookedUpInTheStore() throws Exception {
        Target alpha = new Target(
                new AwsProfile("alpha", io.connectorexplorer.core.profile.ProfileKind.STATIC_KEYS, "eu-west-1", null),
                "eu-west-1");

        assertThat(history.changes(alpha).get(10, TimeUnit.SECONDS)).isEmpty();
        history.close();

        assertThat(opened).hasValue(1);
    }
}

package io.connectorexplorer.cli;

import static io.connectorexplorer.testsupport.TestCatalogues.amazon;
import static io.connectorexplorer.testsupport.TestCatalogues.custom;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.infra.appflow.AppFlowAccounts;
import io.connectorexplorer.infra.demo.DemoCatalogue;
import io.connectorexplorer.testsupport.AppFlowTestAccount;
import io.connectorexplorer.testsupport.AppFlowTestAccount.Run;
import io.connectorexplorer.testsupport.CannedResponse;
import io.connectorexplorer.testsupport.JsonTrees;
import io.connectorexplorer.testsupport.RequestHook;
import io.connectorexplorer.testsupport.RequestRateLimit;
import io.connectorexplorer.testsupport.TestCatalogues;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code list} in an account that throttles, through the real SDK client: the custom connectors' flags are described
 * one call each, a burst the account may refuse. Throttling is met by slowing down and retrying for as long as a call
 * may take, never by giving up after three tries; a flag that still cannot be learned stays unknown, and the list and
 * its exit status stand.
 */
class ListThrottlingEndToEndTest {

    private static final DemoCatalogue SMALL = TestCatalogues.of(
            amazon("S3", "Amazon S3", true, true),
            custom("acme-crm", "Acme CRM", true, false),
            custom("busy", "Busy Connector", false, true));

    @TempDir
    Path folder;

    @Test
    void fortyFiveCustomConnectorsUnderAQuotaOfFiveRequestsASecondAreAllListedWithTheirFlags() throws Exception {
        // The synthetic custom connectors declare no connectorModes, so each is described for its flags.
        DemoCatalogue catalogue = TestCatalogues.synthetic(3, 45);
        RequestRateLimit quota = new RequestRateLimit(5);
        try (AppFlowTestAccount account = AppFlowTestAccount.start(catalogue, folder)) {
            account.endpoint().setHook(quota);
            // The app's own timeouts: a throttled call may retry for 40 s, as it would for a user.
            account.useTimeouts(AppFlowAccounts.Timeouts.DEFAULT);

            Run run = account.run("list", "--json");

            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(run.err()).isEmpty();
            assertThat(JsonTrees.parse(run.out())).isEqualTo(TestCatalogues.listRows(catalogue));
            assertThat(quota.throttled()).as("requests the quota refused").isPositive();
            assertThat(quota.answered()).isEqualTo(1 + 1 + 45);
        }
    }

    @Test
    void aDescribeThrottledFourTimesIsRetriedUntilItSucceeds() throws Exception {
        try (AppFlowTestAccount account = AppFlowTestAccount.start(SMALL, folder)) {
            AtomicInteger busyAttempts = new AtomicInteger();
            account.endpoint().setHook(throttleBusy(busyAttempts, 4));
            // A throttled call retries for 15 s: the adaptive rate limiter spaces a lone caller's retries by seconds.
            account.useTimeouts(
                    new AppFlowAccounts.Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(20)));

            Run run = account.run("list", "--json");

            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(JsonTrees.parse(run.out())).isEqualTo(TestCatalogues.listRows(SMALL));
            assertThat(busyAttempts)
                    .as("attempts: four throttled, then the answer")
                    .hasValue(5);
        }
    }

    @Test
    void aDescribeThrottledForGoodLeavesThatConnectorsFlagsUnknownAndTheListStands() throws Exception {
        try (AppFlowTestAccount account = AppFlowTestAccount.start(SMALL, folder)) {
            AtomicInteger busyAttempts = new AtomicInteger();
            account.endpoint().setHook(throttleBusy(busyAttempts, Integer.MAX_VALUE));
            // A call may take 6 s in all, one attempt 2 s: a throttled call retries for 4 s.
            account.useTimeouts(
                    new AppFlowAccounts.Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(6)));

            long started = System.nanoTime();
            Run json = account.run("list", "--json");
            long tookMillis = (System.nanoTime() - started) / 1_000_000;
            int attempts = busyAttempts.get();
            Run table = account.run("list");

            assertThat(json.exitCode()).as(json.toString()).isZero();
            assertThat(json.err()).isEmpty();
            JsonNode rows = JsonTrees.parse(json.out());
            assertThat(rows.get(2)).isEqualTo(JsonTrees.parse("""
                    {"connectorType": "CustomConnector", "connectorLabel": "busy", "connectorName": "Busy Connector",
                     "canUseAsSource": null, "canUseAsDestination": null}"""));
            assertThat(rows.get(1).get("canUseAsSource").booleanValue()).isTrue();
            assertThat(attempts)
                    .as("attempts, with pauses, over the call's patience")
                    .isGreaterThan(1);
            assertThat(tookMillis).as("bounded by the call's total time").isLessThan(6_000 + 3_000);
            assertThat(table.exitCode()).as(table.toString()).isZero();
            assertThat(table.out().lines().toList().get(3).split(" +"))
                    .containsExactly("CustomConnector", "busy", "Busy", "Connector", "?", "?");
        }
    }

    /** Throttles the DescribeConnector calls for the custom connector "busy", the first {@code times} of them. */
    private static RequestHook throttleBusy(AtomicInteger attempts, int times) {
        return (operation, body) -> {
            if (!operation.equals("DescribeConnector")
                    || !body.path("connectorLabel").asText().equals("busy")) {
                return Optional.empty();
            }
            return attempts.incrementAndGet() <= times
                    ? Optional.of(CannedResponse.error(429, "ThrottlingException", "Rate exceeded"))
                    : Optional.empty();
        };
    }
}

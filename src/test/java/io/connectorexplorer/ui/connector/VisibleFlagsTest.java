package io.connectorexplorer.ui.connector;

import static io.connectorexplorer.core.connector.Capability.NO;
import static io.connectorexplorer.core.connector.Capability.YES;
import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.connector.ConnectorSummary;
import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.testsupport.ManualTaskRunner;
import io.connectorexplorer.ui.common.Stamps;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Which rows are described for their badges, and when: those in view, one batch at a time, each once. */
class VisibleFlagsTest {

    private final ConnectorListViewModel list = new ConnectorListViewModel();
    private final ManualTaskRunner tasks = new ManualTaskRunner();
    private final VisibleFlags flags = new VisibleFlags(list, tasks);
    private final Stamps opens = new Stamps();
    /** The rows each describe batch was asked for, by label. */
    private final List<List<String>> batches = new ArrayList<>();

    private final VisibleFlags.Describer describer = (rows, cancellation) -> {
        batches.add(rows.stream().map(r -> r.key().connectorLabel()).toList());
        return rows.stream()
                .map(r -> r.key().connectorLabel().endsWith("-7") ? r : r.withFlags(YES, NO))
                .toList();
    };

    private static List<ConnectorSummary> custom(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> new ConnectorSummary(ConnectorKey.custom("c-" + i), "Custom " + i, null, null))
                .toList();
    }

    private static List<String> labels(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> "c-" + i).toList();
    }

    @Test
    void describesTheRowsOnScreenAndTheNextScreenfulThenWhatScrollingBringsIntoView() {
        list.setConnectors(custom(1000), null);
        list.setShownRows(0, 9);

        flags.fill(opens.next(), describer);
        tasks.runAll();

        assertThat(batches).containsExactly(labels(0, 20));
        assertThat(list.getConnectors().subList(0, 20))
                .filteredOn(c -> !c.key().connectorLabel().equals("c-7"))
                .hasSize(19)
                .allMatch(c -> c.source() == YES);
        assertThat(list.getConnectors().get(20).flagsKnown()).isFalse();
        assertThat(list.isFillingFlags(list.getConnectors().get(500).key()))
                .as("a row not described yet is still loading")
                .isTrue();

        list.setShownRows(5, 14);
        tasks.runAll();
        assertThat(batches).as("rows already asked").hasSize(2).last().isEqualTo(labels(20, 25));

        list.setShownRows(500, 509);
        tasks.runAll();
        assertThat(batches.get(2)).isEqualTo(labels(500, 520));
    }

    @Test
    void rowsScrolledPastWhileABatchIsOutAreNotAskedAndTheNextBatchIsWhatIsInViewThen() {
        list.setConnectors(custom(1000), null);
        list.setShownRows(0, 9);
        flags.fill(opens.next(), describer);
        assertThat(tasks.pending()).hasSize(1);

        for (int first = 10; first <= 300; first += 10) {
            list.setShownRows(first, first + 9);
        }
        assertThat(tasks.pending()).as("one batch at a time").hasSize(1);
        tasks.runAll();

        assertThat(batches).containsExactly(labels(0, 20), labels(300, 320));
    }

    @Test
    void knownFlagsAreNotAskedAndAFailedRowSaysNotKnown() {
        List<ConnectorSummary> rows = new ArrayList<>(custom(10));
        rows.set(2, rows.get(2).withFlags(YES, YES));
        list.setConnectors(rows, null);
        list.setShownRows(0, 9);

        flags.fill(opens.next(), describer);
        tasks.runAll();

        assertThat(batches).hasSize(1);
        assertThat(batches.get(0)).doesNotContain("c-2").contains("c-7").hasSize(9);
        assertThat(list.getUndescribed()).containsExactly(ConnectorKey.custom("c-7"));
        assertThat(list.isFillingFlags(ConnectorKey.custom("c-7"))).isFalse();
    }

    @Test
    void nothingIsDescribedUntilTheListSaysWhichRowsItShows() {
        list.setConnectors(custom(100), null);

        flags.fill(opens.next(), describer);
        assertThat(tasks.pending()).as("a list not laid out, or not shown").isEmpty();

        list.setShownRows(0, 4);
        tasks.runAll();
        assertThat(batches).containsExactly(labels(0, 10));
    }

    @Test
    void aListWithEveryFlagKnownIsNotDescribedAndNotLoading() {
        list.setConnectors(custom(5).stream().map(c -> c.withFlags(YES, NO)).toList(), null);

        flags.fill(opens.next(), describer);

        assertThat(tasks.pending()).isEmpty();
        assertThat(list.isFillingFlags()).isFalse();
    }

    @Test
    void filteringDescribesTheRowsTheFilterLeavesInView() {
        list.setConnectors(custom(1000), null);
        list.setShownRows(0, 9);
        flags.fill(opens.next(), describer);
        tasks.runAll();

        list.setFilter("Custom 77");

        tasks.runAll();
        assertThat(batches)
                .last()
                .isEqualTo(List.of(
                        "c-77", "c-770", "c-771", "c-772", "c-773", "c-774", "c-775", "c-776", "c-777", "c-778",
                        "c-779"));
    }

    @Test
    void anAnswerForTheAccountBeforeIsDropped() {
        list.setConnectors(custom(100), null);
        list.setShownRows(0, 9);
        flags.fill(opens.next(), describer);

        opens.next();
        flags.stop();
        list.setConnectors(custom(100), null);
        tasks.runAll();

        assertThat(list.getConnectors()).noneMatch(ConnectorSummary::flagsKnown);
        assertThat(list.getUndescribed()).isEmpty();
    }

    @Test
    void aBatchThatFailsWholeLeavesItsRowsNotKnownAndGoesOnWithTheNext() {
        list.setConnectors(custom(100), null);
        list.setShownRows(0, 9);
        flags.fill(opens.next(), (rows, cancellation) -> {
            throw ServiceCallException.of(ServiceCallException.Kind.NETWORK, "DescribeConnector", "down");
        });
        tasks.runAll();
        assertThat(list.getUndescribed()).hasSize(20);

        list.setShownRows(50, 59);
        assertThat(tasks.pending()).hasSize(1);
    }
}

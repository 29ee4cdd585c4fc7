package io.connectorexplorer.ui.compare;

import static io.connectorexplorer.ui.compare.CompareFixture.ACME;
import static io.connectorexplorer.ui.compare.CompareFixture.ALPHA_EU;
import static io.connectorexplorer.ui.compare.CompareFixture.BETA;
import static io.connectorexplorer.ui.compare.CompareFixture.BETA_EU;
import static io.connectorexplorer.ui.compare.CompareFixture.V32;
import static io.connectorexplorer.ui.compare.CompareFixture.V33;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.diff.DiffPath;
import io.connectorexplorer.core.diff.DiffText;
import io.connectorexplorer.core.diff.DiffTree;
import io.connectorexplorer.core.diff.Difference;
import io.connectorexplorer.ui.common.Problem;
import io.connectorexplorer.ui.compare.CompareFixture.Served;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompareViewModelTest {

    private static final String SANDBOX = "$.connectorConfiguration.authenticationConfig.customAuthConfigs"
            + "[customAuthenticationType=ApiToken].authParameters[key=sandbox].isRequired";

    private final CompareFixture fx = new CompareFixture();
    private final CompareViewModel model = fx.compare;

    @Test
    void theOtherSideIsReadOffTheFxThreadAndTheCountSaysWhatDiffers() {
        model.show(CompareFixture.subject(ACME), new Served(ALPHA_EU, V32));
        assertThat(model.getState()).isInstanceOf(CompareState.Choosing.class);
        assertThat(model.placeholderProperty().get()).isEqualTo("Pick what to compare acme-crm with, then Enter.");

        model.compareWith(new Served(BETA_EU, V33));
        assertThat(model.isRunning()).isTrue();
        assertThat(fx.status.getMessage()).isEqualTo("Describing acme-crm in beta · eu-west-1…");
        assertThat(fx.status.isBusy()).isTrue();
        assertThat(model.getTree()).isNull();
        fx.tasks.runAll();

        assertThat(model.isRunning()).isFalse();
        assertThat(fx.status.isBusy()).isFalse();
        assertThat(model.countProperty().get()).isEqualTo("4 differences: 2 changed, 1 added, 1 removed");
        assertThat(model.leftNameProperty().get()).isEqualTo("alpha · eu-west-1");
        assertThat(model.rightNameProperty().get()).isEqualTo("beta · eu-west-1");
        assertThat(model.getTree().differences())
                .extracting(DiffText::line)
                .containsExactly(
                        "~ $.connectorConfiguration.connectorVersion: \"3.2.0\" → \"3.3.0\"",
                        "+ $.connectorConfiguration.supportedOperators[STARTS_WITH]: \"STARTS_WITH\"",
                        "~ " + SANDBOX + ": false → true",
                        "- $.connectorConfiguration.legacyMode: true");
    }

    @Test
    void theWayToEachDifferenceIsOpenAndNothingElse() {
        fx.comparedWithBeta();

        assertThat(model.diffTree().getOpened())
                .extracting(DiffPath::toString)
                .containsExactlyInAnyOrder(
                        "$",
                        "$.connectorConfiguration",
                        "$.connectorConfiguration.supportedOperators",
                        "$.connectorConfiguration.authenticationConfig",
                        "$.connectorConfiguration.authenticationConfig.customAuthConfigs",
                        "$.connectorConfiguration.authenticationConfig.customAuthConfigs[customAuthenticationType=ApiToken]",
                        "$.connectorConfiguration.authenticationConfig.customAuthConfigs[customAuthenticationType=ApiToken]"
                                + ".authParameters",
                        "$.connectorConfiguration.authenticationConfig.customAuthConfigs[customAuthenticationType=ApiToken]"
                                + ".authParameters[key=sandbox]");
    }

    @Test
    void f7WalksTheDifferencesInTheCommandLinesOrderAndWrapsRound() {
        fx.comparedWithBeta();
        List<String> revealed = new ArrayList<>();
        model.diffTree().revealProperty().addListener((obs, old, path) -> {
            if (path != null) {
                revealed.add(path.toString());
            }
        });

        for (int i = 0; i < 5; i++) {
            model.diffTree().nextDifference();
        }
        assertThat(model.diffTree().positionProperty().get()).isEqualTo("1 of 4");
        model.diffTree().previousDifference();

        assertThat(revealed)
                .containsExactly(
                        "$.connectorConfiguration.connectorVersion",
                        "$.connectorConfiguration.supportedOperators[STARTS_WITH]",
                        SANDBOX,
                        "$.connectorConfiguration.legacyMode",
                        "$.connectorConfiguration.connectorVersion",
                        "$.connectorConfiguration.legacyMode");
        assertThat(model.diffTree().positionProperty().get()).isEqualTo("4 of 4");
    }

    @Test
    void shiftF7BeforeAnyStepGoesToTheLastDifference() {
        fx.comparedWithBeta();

        model.diffTree().previousDifference();

        assertThat(model.diffTree().revealProperty().get().toString()).isEqualTo("$.connectorConfiguration.legacyMode");
    }

    @Test
    void aSelectedDifferenceIsWhereF7GoesOnFromAndItsValuesShowWhole() {
        fx.comparedWithBeta();
        DiffTree tree = model.getTree();
        DiffTree.Node sandbox = tree.find(DiffPath.parse(SANDBOX));

        model.diffTree().select(sandbox);
        assertThat(model.diffTree().leftValueProperty().get()).isEqualTo("false");
        assertThat(model.diffTree().rightValueProperty().get()).isEqualTo("true");
        assertThat(model.diffTree().positionProperty().get()).isEqualTo("3 of 4");
        model.diffTree().nextDifference();
        assertThat(model.diffTree().revealProperty().get().toString()).isEqualTo("$.connectorConfiguration.legacyMode");

        model.diffTree()
                .select(tree.find(DiffPath.parse("$.connectorConfiguration.authenticationConfig.customAuthConfigs"
                        + "[customAuthenticationType=ApiToken].authParameters[key=apiToken]")));
        assertThat(model.diffTree().leftValueProperty().get())
                .as("a container whole, as indented JSON")
                .contains("\"description\": \"The token\"")
                .isEqualTo(model.diffTree().rightValueProperty().get());
        model.diffTree().select(tree.find(DiffPath.parse("$.connectorConfiguration.legacyMode")));
        assertThat(model.diffTree().rightValueProperty().get())
                .as("not on the right")
                .isEmpty();
    }

    @Test
    void differencesOnlyOpensTheSameWayAndTheCellsSayNothingForAMissingSide() {
        fx.comparedWithBeta();
        var opened = model.diffTree().getOpened();

        model.diffTree().setDifferencesOnly(true);

        assertThat(model.diffTree().getOpened()).isEqualTo(opened);
        DiffTree.Node configuration = model.getTree().root().children().get(0);
        assertThat(configuration.children().stream()
                        .filter(DiffTree.Node::isShownInDifferencesOnly)
                        .map(DiffTree.Node::label))
                .containsExactly("connectorVersion", "supportedOperators", "authenticationConfig", "legacyMode");
        assertThat(DiffTexts.cell(configuration.children().get(3).right())).isEmpty();
        assertThat(DiffTexts.symbol(configuration.children().get(3))).isEqualTo("−");
        assertThat(DiffTexts.symbol(configuration)).isEqualTo("•");
        assertThat(DiffTexts.meaning(configuration)).isEqualTo("Contains 4 differences");
    }

    @Test
    void aConnectorWithThousandsOfChangedParametersOpensAScreenfulNotEverything() {
        ObjectNode left = JsonNodeFactory.instance.objectNode();
        ObjectNode right = JsonNodeFactory.instance.objectNode();
        ArrayNode l = left.putObject("connectorConfiguration")
                .putObject("authenticationConfig")
                .putArray("customAuthConfigs")
                .addObject()
                .put("customAuthenticationType", "bulk")
                .putArray("authParameters");
        ArrayNode r = right.putObject("connectorConfiguration")
                .putObject("authenticationConfig")
                .putArray("customAuthConfigs")
                .addObject()
                .put("customAuthenticationType", "bulk")
                .putArray("authParameters");
        for (int i = 0; i < 2000; i++) {
            l.addObject().put("key", "p-" + i).put("isRequired", false).put("label", "P " + i);
            r.addObject().put("key", "p-" + i).put("isRequired", i % 2 == 0).put("label", "P " + i);
        }
        model.show(CompareFixture.subject(ACME), new Served(ALPHA_EU, left));
        model.compareWith(new Served(BETA_EU, right));
        fx.tasks.runAll();
        assertThat(model.countProperty().get()).isEqualTo("1000 differences: 1000 changed");

        model.diffTree().setDifferencesOnly(true);

        assertThat(model.diffTree().getOpened())
                .as(
                        "authParameters alone would show 1,000 rows: the budget of %s stops before it",
                        DiffTreeViewModel.ROWS_OPENED)
                .hasSizeLessThan(8);
        model.diffTree().nextDifference();
        assertThat(model.diffTree().revealProperty().get().toString()).endsWith("authParameters[key=p-0].isRequired");
    }

    @Test
    void aConnectorNotRegisteredOnTheOtherSideIsSaidPlainlyWithRetry() {
        model.show(CompareFixture.subject(ACME), new Served(ALPHA_EU, V32));
        Target betaUs = new Target(BETA, "us-east-1");

        model.compareWith(CompareFixture.notRegistered(betaUs));
        fx.tasks.runAll();

        assertThat(model.getState()).isInstanceOf(CompareState.Failed.class);
        Problem problem = fx.status.getProblem();
        assertThat(problem.title()).isEqualTo("acme-crm is not registered in beta · us-east-1");
        assertThat(problem.detail()).contains("ResourceNotFoundException").contains("not found in this account");
        assertThat(problem.actionLabel()).isEqualTo("Retry");
        assertThat(model.placeholderProperty().get()).isEqualTo("acme-crm is not registered in beta · us-east-1.");
        assertThat(model.rightNameProperty().get()).isEqualTo("beta · us-east-1");

        problem.action().run();
        assertThat(model.isRunning()).as("Retry asks again").isTrue();
        assertThat(fx.status.getProblem()).isNull();
    }

    @Test
    void anAmazonConnectorMissingIsNotAvailableThere() {
        model.show(CompareFixture.subject(ConnectorKey.amazon("Salesforce")), new Served(ALPHA_EU, V32));

        model.compareWith(CompareFixture.notRegistered(BETA_EU));
        fx.tasks.runAll();

        assertThat(fx.status.getProblem().title()).isEqualTo("Salesforce is not available in beta · eu-west-1");
    }

    @Test
    void cancelDropsTheAnswerAndShowsWhatWasComparedBefore() {
        Served beta = fx.comparedWithBeta();
        DiffTree before = model.getTree();

        model.compareWith(new Served(new Target(BETA, "us-east-1"), V32));
        assertThat(model.rightNameProperty().get()).isEqualTo("beta · us-east-1");
        model.cancel();

        assertThat(model.isRunning()).isFalse();
        assertThat(fx.status.isBusy()).isFalse();
        assertThat(fx.status.getMessage()).isEqualTo("Cancelled");
        assertThat(model.getTree()).isSameAs(before);
        assertThat(model.rightNameProperty().get()).isEqualTo(beta.displayName());
        fx.tasks.runAll();
        assertThat(model.getTree()).as("the late answer is dropped").isSameAs(before);
    }

    @Test
    void aNewerComparisonWinsWhicheverAnswersFirst() {
        model.show(CompareFixture.subject(ACME), new Served(ALPHA_EU, V32));
        model.compareWith(new Served(BETA_EU, V33));
        var slow = fx.tasks.pending().get(0);
        model.compareWith(new Served(new Target(BETA, "us-east-1"), V32));

        fx.tasks.pending().get(1).complete();
        slow.complete();

        assertThat(model.countProperty().get()).isEqualTo("No differences");
        assertThat(model.rightNameProperty().get()).isEqualTo("beta · us-east-1");
    }

    @Test
    void swapTurnsAddedIntoRemovedAndFollowsTheNewLeftSidesOrder() {
        fx.comparedWithBeta();

        model.swap();

        assertThat(model.leftNameProperty().get()).isEqualTo("beta · eu-west-1");
        assertThat(model.rightNameProperty().get()).isEqualTo("alpha · eu-west-1");
        assertThat(model.countProperty().get()).isEqualTo("4 differences: 2 changed, 1 added, 1 removed");
        assertThat(model.getTree().differences())
                .extracting(d -> d.kind() + " " + d.path())
                .containsExactly(
                        "CHANGED $.connectorConfiguration.connectorVersion",
                        "REMOVED $.connectorConfiguration.supportedOperators[STARTS_WITH]",
                        "CHANGED " + SANDBOX,
                        "ADDED $.connectorConfiguration.legacyMode");
        assertThat(fx.tasks.pending()).as("nothing read again").isEmpty();

        model.compareWith(new Served(BETA_EU, V33));
        fx.tasks.runAll();
        assertThat(model.leftNameProperty().get())
                .as("a new comparison keeps the sides swapped")
                .isEqualTo("beta · eu-west-1");
    }

    @Test
    void theSameConnectorAgainKeepsTheComparisonAnotherStartsOver() {
        fx.comparedWithBeta();

        assertThat(model.show(CompareFixture.subject(ACME), new Served(ALPHA_EU, V32)))
                .isFalse();
        assertThat(model.getTree()).isNotNull();

        assertThat(model.show(CompareFixture.subject(ConnectorKey.amazon("Salesforce")), new Served(ALPHA_EU, V32)))
                .isTrue();
        assertThat(model.getTree()).isNull();
        assertThat(model.getState()).isInstanceOf(CompareState.Choosing.class);
        assertThat(model.rightNameProperty().get()).isEqualTo("—");
    }

    @Test
    void ctrlCCopiesTheRowsPath() {
        fx.comparedWithBeta();

        model.diffTree().copyPath(model.getTree().find(DiffPath.parse(SANDBOX)));

        assertThat(fx.clipboard.text()).isEqualTo(SANDBOX);
        assertThat(fx.status.getMessage()).isEqualTo("Copied the path " + SANDBOX);
    }

    @Test
    void noDifferencesSaysSoAndF7StaysPut() {
        model.show(CompareFixture.subject(ACME), new Served(ALPHA_EU, V32));
        model.compareWith(new Served(BETA_EU, V32.deepCopy()));
        fx.tasks.runAll();

        model.diffTree().nextDifference();

        assertThat(model.countProperty().get()).isEqualTo("No differences");
        assertThat(model.diffTree().revealProperty().get()).isNull();
        assertThat(fx.status.getMessage()).isEqualTo("No differences");
        assertThat(model.getTree().differences()).isEqualTo(List.<Difference>of());
    }
}

package io.connectorexplorer.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.core.account.AccountSessions;
import io.connectorexplorer.core.account.ConnectionState;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.connector.ConnectorSummary;
import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.json.WireSchema;
import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.core.profile.TargetResolver;
import io.connectorexplorer.core.search.SeenConnectors;
import io.connectorexplorer.testsupport.FakeAccounts;
import io.connectorexplorer.testsupport.ManualTaskRunner;
import io.connectorexplorer.testsupport.MemorySettings;
import io.connectorexplorer.testsupport.RecordingClipboard;
import io.connectorexplorer.testsupport.TestThreads;
import io.connectorexplorer.ui.common.StatusModel;
import io.connectorexplorer.ui.connector.ConnectorListViewModel;
import io.connectorexplorer.ui.profile.ProfileSwitcherViewModel;
import io.connectorexplorer.ui.tree.ConfigTreeViewModel;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The window's logic without the toolkit: loading, selecting, switching, stale answers and retry. */
class ExplorerViewModelTest {

    private final FakeAccounts accounts = new FakeAccounts()
            .account("prod", "Salesforce", "S3", "CustomConnector/acme")
            .account("dev", "Salesforce", "Zendesk")
            .environmentProfile("prod");
    private final ManualTaskRunner tasks = new ManualTaskRunner();
    private final MemorySettings settings = new MemorySettings();
    private final StatusModel status = new StatusModel();
    private final ConnectorListViewModel list = new ConnectorListViewModel();
    private final ConfigTreeViewModel tree =
            new ConfigTreeViewModel(WireSchema.UNKNOWN, ZoneOffset.UTC, new RecordingClipboard(), status);
    private final ProfileSwitcherViewModel switcher =
            new ProfileSwitcherViewModel(settings, List.of("eu-west-1", "us-east-1"), "us-east-1");
    private final SeenConnectors seen = new SeenConnectors();
    private ExplorerViewModel explorer;

    @BeforeEach
    void setUp() {
        explorer = new ExplorerViewModel(
                accounts,
                new AccountSessions(accounts, TestThreads.SERVICE_CALLS),
                tasks,
                status,
                list,
                tree,
                switcher,
                settings,
                seen);
    }

    @Test
    void startOpensTheProfileNamedByAwsProfileAndFillsTheList() {
        explorer.start();
        tasks.runAll();

        assertThat(switcher.getProfile().name()).isEqualTo("prod");
        assertThat(types(list.getConnectors())).containsExactly("Salesforce", "S3", "CustomConnector/acme");
        assertThat(explorer.getState()).isEqualTo(new ConnectionState.Ready(3));
        assertThat(status.isBusy()).isFalse();
        assertThat(settings.values()).containsEntry("profile.last", "prod").containsEntry("region.prod", "eu-west-1");
    }

    @Test
    void selectingAConnectorShowsItsConfiguration() {
        startOn("prod");
        list.setSelected(list.find(ConnectorKey.amazon("S3")).orElseThrow());
        assertThat(tree.getDescription()).isNull();
        assertThat(tree.getPlaceholder()).contains("Loading");
        tasks.runAll();

        assertThat(tree.getDescription().key()).isEqualTo(ConnectorKey.amazon("S3"));
        assertThat(tree.getRoot().value().path("connectorName").asText()).isEqualTo("S3 in prod");
    }

    @Test
    void aSlowAnswerForAnEarlierSelectionNeverReplacesTheCurrentOne() {
        startOn("prod");
        list.setSelected(list.find(ConnectorKey.amazon("S3")).orElseThrow());
        ManualTaskRunner.Pending<?> s3 = tasks.pending().get(0);
        // acme was described for its badges when the account opened: shown from the cache, at once.
        list.setSelected(list.find(ConnectorKey.custom("acme")).orElseThrow());
        assertThat(tree.getDescription().key()).isEqualTo(ConnectorKey.custom("acme"));

        s3.complete();

        assertThat(tree.getDescription().key()).isEqualTo(ConnectorKey.custom("acme"));
        assertThat(s3.isCancelled()).isTrue();
        assertThat(status.isBusy())
                .as("a superseded call must not leave the spinner turning")
                .isFalse();
    }

    @Test
    void anOpenedAccountShowsItsFirstConnectorAtOnceOrTheOneUsedLastInThatAccount() {
        startOn("prod");
        assertThat(tree.getDescription().key()).isEqualTo(ConnectorKey.amazon("Salesforce"));
        list.setSelected(list.find(ConnectorKey.amazon("S3")).orElseThrow());
        tasks.runAll();
        switcher.setProfile(profile("dev"));
        tasks.runAll();
        list.setSelected(list.find(ConnectorKey.amazon("Zendesk")).orElseThrow());
        tasks.runAll();

        switcher.setProfile(profile("prod"));
        tasks.runAll();

        assertThat(list.getSelected().key())
                .as("the type chosen last (Zendesk) is not in prod: the one used last in prod")
                .isEqualTo(ConnectorKey.amazon("S3"));
        assertThat(tree.getDescription().configuration().path("connectorName").asText())
                .isEqualTo("S3 in prod");
    }

    @Test
    void switchingAccountsQuicklyShowsOnlyTheLastAccountsConnectors() {
        startOn("prod");
        switcher.setProfile(profile("dev"));
        ManualTaskRunner.Pending<?> devLoad = lastPending();
        switcher.setProfile(profile("prod"));
        ManualTaskRunner.Pending<?> prodLoad = lastPending();

        prodLoad.complete();
        devLoad.complete();
        tasks.runAll();

        assertThat(explorer.getSession().profile().name()).isEqualTo("prod");
        assertThat(types(list.getConnectors())).containsExactly("Salesforce", "S3", "CustomConnector/acme");
        assertThat(status.isBusy()).isFalse();
    }

    @Test
    void anAccountLoadThatLosesTheRaceIsClosedNotLeaked() {
        startOn("prod");
        switcher.setProfile(profile("dev"));
        ManualTaskRunner.Pending<?> devLoad = lastPending();
        switcher.setProfile(profile("prod"));
        devLoad.complete();
        tasks.runAll();

        assertThat(accounts.closed()).contains("dev@eu-west-1");
    }

    @Test
    void theSelectedConnectorTypeIsKeptWhenTheNewAccountHasIt() {
        startOn("prod");
        list.setSelected(list.find(ConnectorKey.amazon("Salesforce")).orElseThrow());
        tasks.runAll();

        switcher.setProfile(profile("dev"));
        tasks.runAll();

        assertThat(list.getSelected().key()).isEqualTo(ConnectorKey.amazon("Salesforce"));
        assertThat(tree.getDescription().configuration().path("connectorName").asText())
                .isEqualTo("Salesforce in dev");
    }

    @Test
    void theSelectedConnectorSurvivesSwitchesMadeBeforeTheListArrived() {
        startOn("prod");
        list.setSelected(list.find(ConnectorKey.amazon("Salesforce")).orElseThrow());
        tasks.runAll();

        switcher.setProfile(profile("dev"));
        switcher.setProfile(profile("prod"));
        switcher.setProfile(profile("dev"));
        tasks.runAll();

        assertThat(list.getSelected().key()).isEqualTo(ConnectorKey.amazon("Salesforce"));
        assertThat(tree.getDescription().configuration().path("connectorName").asText())
                .isEqualTo("Salesforce in dev");
    }

    @Test
    void aFailedLoadShowsTheServiceErrorAndRetryRecovers() {
        accounts.failWith(
                "prod",
                ServiceCallException.fromService(
                        ServiceCallException.Kind.SERVICE,
                        "DescribeConnectors",
                        "InternalServerException",
                        500,
                        "Something broke"));
        startOn("prod");

        assertThat(explorer.getState()).isInstanceOf(ConnectionState.Failed.class);
        assertThat(status.getProblem().detail()).contains("InternalServerException", "Something broke");
        assertThat(status.getProblem().hasAction()).isTrue();

        accounts.failWith("prod", null);
        explorer.retry();
        tasks.runAll();

        assertThat(status.getProblem()).isNull();
        assertThat(list.getConnectors()).hasSize(3);
    }

    @Test
    void regionChangeReloadsTheSameProfileInTheNewRegionAndIsRemembered() {
        startOn("prod");
        switcher.setRegion("us-east-1");
        tasks.runAll();

        assertThat(accounts.opened()).endsWith("prod@us-east-1");
        assertThat(settings.values()).containsEntry("region.prod", "us-east-1");
    }

    @Test
    void customConnectorFlagsArriveAfterTheListForTheRowsInView() {
        startOn("prod");
        ConnectorSummary acme = list.find(ConnectorKey.custom("acme")).orElseThrow();
        assertThat(acme.source()).isEqualTo(io.connectorexplorer.core.connector.Capability.YES);
    }

    @Test
    void anExpiredSsoSessionAsksForSignInInsteadOfRetry() {
        List<AwsProfile> signInAsked = new java.util.ArrayList<>();
        explorer.setSignInAction(signInAsked::add);
        accounts.failWith(
                "prod",
                ServiceCallException.of(
                        ServiceCallException.Kind.SIGN_IN_REQUIRED,
                        "DescribeConnectors",
                        "The SSO session corp has expired."));
        startOn("prod");

        assertThat(explorer.getState()).isInstanceOf(ConnectionState.NeedsSignIn.class);
        assertThat(status.getProblem().actionLabel()).isEqualTo("Sign in");
        explorer.retry();
        assertThat(signInAsked).extracting(AwsProfile::name).containsExactly("prod");
    }

    @Test
    void aSignInMadeElsewhereIsNoticedWhenTheTokenCacheChanges() {
        explorer.setSignInAction(p -> {});
        accounts.failWith(
                "prod",
                ServiceCallException.of(
                        ServiceCallException.Kind.SIGN_IN_REQUIRED,
                        "DescribeConnectors",
                        "The SSO session corp has expired."));
        startOn("prod");
        assertThat(explorer.getState()).isInstanceOf(ConnectionState.NeedsSignIn.class);

        accounts.failWith("prod", null); // as if 'aws sso login' had just written a fresh token
        explorer.refreshProfiles();
        tasks.runAll();

        assertThat(explorer.getState()).isEqualTo(new ConnectionState.Ready(3));
    }

    @Test
    void profilesReadAgainAfterTheFilesChangeKeepTheActiveOne() {
        startOn("prod");
        accounts.account("staging", "S3");

        explorer.refreshProfiles();
        tasks.runAll();

        assertThat(switcher.getProfiles()).extracting(AwsProfile::name).contains("staging");
        assertThat(switcher.getProfile().name()).isEqualTo("prod");
        assertThat(accounts.opened()).containsExactly("prod@eu-west-1");
    }

    @Test
    void goToAnythingFindsAProfileByAFewLettersAndSwitchesToIt() {
        startOn("prod");
        QuickSwitcherViewModel quick = new QuickSwitcherViewModel(switcher, explorer, seen);

        quick.start();
        quick.queryProperty().set("dv");
        assertThat(quick.getResults())
                .first()
                .extracting(QuickSwitcherViewModel.Choice::title)
                .isEqualTo("dev");
        quick.go(quick.getResults().get(0));
        tasks.runAll();

        assertThat(explorer.getSession().target().profileName()).isEqualTo("dev");
    }

    @Test
    void goToAnythingOpensAConnectorSeenInAnotherAccountAndShowsIt() {
        startOn("prod");
        switcher.setProfile(profile("dev"));
        tasks.runAll();
        QuickSwitcherViewModel quick = new QuickSwitcherViewModel(switcher, explorer, seen);

        quick.start();
        quick.queryProperty().set("acme");
        QuickSwitcherViewModel.Choice acme = quick.getResults().stream()
                .filter(c -> c.kind() == QuickSwitcherViewModel.Kind.CONNECTOR)
                .findFirst()
                .orElseThrow();
        assertThat(acme.detail()).contains("prod");
        quick.go(acme);
        tasks.runAll();

        assertThat(explorer.getSession().target().profileName()).isEqualTo("prod");
        assertThat(list.getSelected().key()).isEqualTo(ConnectorKey.custom("acme"));
        assertThat(tree.getDescription().key()).isEqualTo(ConnectorKey.custom("acme"));
    }

    private void startOn(String profile) {
        accounts.environmentProfile(profile);
        // As the list view says once laid out: ten rows on screen (the badges are filled for the rows in view).
        list.setShownRows(0, 9);
        explorer.start();
        tasks.runAll();
    }

    private ManualTaskRunner.Pending<?> lastPending() {
        List<ManualTaskRunner.Pending<?>> pending = tasks.pending();
        return pending.get(pending.size() - 1);
    }

    private AwsProfile profile(String name) {
        return TargetResolver.find(switcher.getProfiles(), name).orElseThrow();
    }

    private static List<String> types(List<ConnectorSummary> connectors) {
        return connectors.stream().map(c -> c.key().displayId()).toList();
    }
}

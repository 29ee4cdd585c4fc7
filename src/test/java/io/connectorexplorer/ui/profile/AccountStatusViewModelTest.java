package io.connectorexplorer.ui.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.core.account.AccountSession;
import io.connectorexplorer.core.account.ConnectionState;
import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.core.profile.ProfileKind;
import io.connectorexplorer.testsupport.FakeAccounts;
import io.connectorexplorer.testsupport.ManualTaskRunner;
import io.connectorexplorer.testsupport.TestThreads;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

class AccountStatusViewModelTest {

    private final FakeAccounts accounts = new FakeAccounts().account("prod", "S3");
    private final AwsProfile prod = new AwsProfile("prod", ProfileKind.STATIC_KEYS, "eu-west-1", null);
    private final ManualTaskRunner tasks = new ManualTaskRunner();
    private final SimpleObjectProperty<AccountSession> session = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<ConnectionState> state = new SimpleObjectProperty<>(new ConnectionState.Idle());
    private final AccountStatusViewModel model = new AccountStatusViewModel(tasks, session, state);

    @Test
    void showsTheAccountAndArnOfTheOpenedAccount() {
        session.set(new AccountSession(
                new Target(prod, "eu-west-1"),
                accounts.open(new Target(prod, "eu-west-1")),
                TestThreads.SERVICE_CALLS));
        assertThat(model.getIdentityText()).isEqualTo("Checking identity…");
        tasks.runAll();

        String account = FakeAccounts.accountIdOf("prod");
        assertThat(model.getIdentity().account()).isEqualTo(account);
        assertThat(model.getIdentityText())
                .isEqualTo("Account " + account + " · arn:aws:iam::" + account + ":user/prod");
    }

    @Test
    void anIdentityThatCannotBeFetchedSaysWhy() {
        accounts.failWith(
                "prod",
                ServiceCallException.fromService(
                        ServiceCallException.Kind.CREDENTIALS,
                        "GetCallerIdentity",
                        "ExpiredToken",
                        403,
                        "The security token included in the request is expired"));
        session.set(new AccountSession(
                new Target(prod, "eu-west-1"),
                accounts.open(new Target(prod, "eu-west-1")),
                TestThreads.SERVICE_CALLS));
        tasks.runAll();

        assertThat(model.getIdentity()).isNull();
        assertThat(model.getIdentityText()).startsWith("Identity unknown: GetCallerIdentity failed: ExpiredToken");
    }

    @Test
    void anIdentityForAnAccountNoLongerOpenIsDropped() {
        session.set(new AccountSession(
                new Target(prod, "eu-west-1"),
                accounts.open(new Target(prod, "eu-west-1")),
                TestThreads.SERVICE_CALLS));
        session.set(null);
        tasks.runAll();

        assertThat(model.getIdentity()).isNull();
        assertThat(model.getIdentityText()).isEmpty();
    }

    @Test
    void statesReadAsTheUserExpects() {
        state.set(new ConnectionState.Loading("connectors"));
        assertThat(model.getStateText()).isEqualTo("Connecting…");
        state.set(new ConnectionState.NeedsSignIn("expired"));
        assertThat(model.getStateText()).isEqualTo("Needs sign-in");
        state.set(new ConnectionState.Failed(ServiceCallException.network(null, "Cannot reach x")));
        assertThat(model.getStateText()).isEqualTo("Failed: Cannot reach x");
        state.set(new ConnectionState.Ready(3));
        assertThat(model.getStateText()).isEqualTo("Ready");
    }
}

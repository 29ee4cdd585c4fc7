package io.connectorexplorer.cli;

import static io.connectorexplorer.testsupport.TestCatalogues.amazon;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.app.CommandLines;
import io.connectorexplorer.app.Services;
import io.connectorexplorer.infra.demo.DemoCatalogue;
import io.connectorexplorer.testsupport.AppFlowTestAccount;
import io.connectorexplorer.testsupport.JsonTrees;
import io.connectorexplorer.testsupport.LoopbackFleet;
import io.connectorexplorer.testsupport.TestCatalogues;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code inventory --sso-session} and {@code login --sso-session}, through the real SDK clients: the session's
 * accounts and roles (listed by the loopback portal, in pages) become the targets, each answering with the role's
 * credentials from GetRoleCredentials; without a sign-in the command says how to sign in to the session.
 */
class SsoInventoryEndToEndTest {

    @TempDir
    Path home;

    private SsoCommandBed bed;
    private LoopbackFleet fleet;
    private Map<String, String> toFleet;

    /** The portal's roles hand out keys the fleet knows: Prod has a Redshift destination the others lack. */
    @BeforeEach
    void start() throws Exception {
        bed = new SsoCommandBed(home);
        fleet = LoopbackFleet.start();
        DemoCatalogue small = TestCatalogues.of(amazon("S3", "Amazon S3", true, true));
        DemoCatalogue prod = TestCatalogues.of(
                amazon("S3", "Amazon S3", true, true), amazon("Redshift", "Amazon Redshift", false, true));
        LoopbackFleet.Account prodAccount = fleet.account("111111111111", prod);
        bed.aws.sso().assignRole("111111111111", "ReadOnly", prodAccount.roleCredentials());
        bed.aws.sso().assignRole("111111111111", "Admin", prodAccount.roleCredentials());
        bed.aws
                .sso()
                .assignRole(
                        "222222222222",
                        "Analyst",
                        fleet.account("222222222222", small).roleCredentials());
        bed.aws
                .sso()
                .assignRole(
                        "333333333333",
                        "Developer",
                        fleet.account("333333333333", small).roleCredentials());
        toFleet = Map.of(
                "AWS_ENDPOINT_URL_APPFLOW", fleet.uri().toString(),
                "AWS_ENDPOINT_URL_STS", fleet.uri().toString());
    }

    @AfterEach
    void stop() {
        fleet.close();
        bed.close();
    }

    @Test
    void everyAccountAndRoleOfTheSessionIsATargetInTheSessionsRegion() throws Exception {
        bed.signIn("corp", SsoCommandBed.CORP_URL);

        SsoCommandBed.Run run = bed.run(toFleet, "inventory", "--sso-session", "corp", "--json");

        assertThat(run.exit()).as(run.toString()).isZero();
        List<String> targets = new ArrayList<>();
        for (JsonNode row : JsonTrees.parse(run.out())) {
            assertThat(row.has("error")).as(row.toString()).isFalse();
            String target =
                    row.get("profile").asText() + " @ " + row.get("region").asText();
            if (!targets.contains(target)) {
                targets.add(target);
            }
        }
        assertThat(targets)
                .containsExactly(
                        "corp / Data Lake (EU) (222222222222) / Analyst @ eu-west-1",
                        "corp / dev (333333333333) / Developer @ eu-west-1",
                        "corp / Prod (111111111111) / Admin @ eu-west-1",
                        "corp / Prod (111111111111) / ReadOnly @ eu-west-1");
        assertThat(bed.aws.requests("GetRoleCredentials")).hasSize(4);
        bed.assertNoSecretIn(run);
    }

    @Test
    void besideNamedProfilesTheSessionsAccountsAreAdded() throws Exception {
        bed.signIn("corp", SsoCommandBed.CORP_URL);

        SsoCommandBed.Run run = bed.run(
                toFleet, "inventory", "--profiles", "dev", "--sso-session", "corp", "--regions", "us-east-1", "--csv");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()
                        .lines()
                        .skip(1)
                        .map(line -> line.substring(0, line.indexOf(',')))
                        .distinct())
                .containsExactly(
                        "dev",
                        "corp / Data Lake (EU) (222222222222) / Analyst",
                        "corp / dev (333333333333) / Developer",
                        "corp / Prod (111111111111) / Admin",
                        "corp / Prod (111111111111) / ReadOnly");
    }

    @Test
    void withoutASignInTheCommandSaysHowToSignInToTheSession() {
        SsoCommandBed.Run run = bed.run("inventory", "--sso-session", "corp");

        assertThat(run.exit()).isEqualTo(CommandLine.FAILED);
        assertThat(run.err())
                .contains("SSO session 'corp' is not signed in, so its accounts cannot be listed. Run"
                        + " 'connector-explorer login --sso-session corp'")
                .doesNotContain("Account ▸");
        assertThat(bed.aws.requests("ListConnectors")).isEmpty();
    }

    @Test
    void loginSignsInToTheSessionByDeviceCode() throws Exception {
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        CountDownLatch codeShown = new CountDownLatch(1);
        PrintStream err = new PrintStream(
                new OutputStream() {
                    @Override
                    public synchronized void write(int b) {
                        errBytes.write(b);
                        if (errBytes.toString(StandardCharsets.UTF_8).contains("enter the code")) {
                            codeShown.countDown();
                        }
                    }
                },
                true,
                StandardCharsets.UTF_8);
        try (Services services = Services.create(bed.aws.environment(home), AppFlowTestAccount.TIMEOUTS)) {
            CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> CommandLines.create(services)
                    .run(
                            new String[] {"login", "--sso-session", "corp", "--use-device-code"},
                            new PrintStream(new ByteArrayOutputStream()),
                            err));

            assertThat(codeShown.await(15, TimeUnit.SECONDS))
                    .as(errBytes.toString(StandardCharsets.UTF_8))
                    .isTrue();
            bed.aws.approveDevice();

            assertThat(exit.get(15, TimeUnit.SECONDS)).isZero();
        }
        assertThat(errBytes.toString(StandardCharsets.UTF_8))
                .contains("To sign in to SSO session corp, open ")
                .contains("Signed in to SSO session corp.");
        assertThat(bed.run("sso", "accounts", "--sso-session", "corp").exit()).isZero();
    }
}

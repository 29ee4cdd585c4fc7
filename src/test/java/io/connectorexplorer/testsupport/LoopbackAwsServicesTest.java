package io.connectorexplorer.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.connectorexplorer.testsupport.LoopbackAwsServices.RecordedRequest;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sso.SsoClient;
import software.amazon.awssdk.services.sso.model.RoleCredentials;
import software.amazon.awssdk.services.sso.model.UnauthorizedException;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.AssumeRoleResponse;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/** The fake services against the real SDK clients: what other tests rely on them for. */
class LoopbackAwsServicesTest {

    private static final String ROLE_ARN = "arn:aws:iam::444455556666:role/Admin";
    private static final FakeCredentials ALICE =
            new FakeCredentials("AKIDALICE00000000001", "alice-secret-key", null, null);

    private LoopbackAwsServices services;
    private final SdkHttpClient http = UrlConnectionHttpClient.builder().build();

    @BeforeEach
    void start() throws IOException {
        services = LoopbackAwsServices.start();
    }

    @AfterEach
    void stop() {
        services.close();
        http.close();
    }

    @Test
    void getCallerIdentityAnswersTheIdentityMappedToTheAccessKey() {
        services.sts().identity(ALICE, "111122223333", "arn:aws:iam::111122223333:user/alice");
        services.sts().identity("AKIDBOB0000000000002", "777788889999", "arn:aws:iam::777788889999:user/bob");

        GetCallerIdentityResponse alice = sts(AwsBasicCredentials.create(ALICE.accessKeyId(), ALICE.secretAccessKey()))
                .getCallerIdentity();
        GetCallerIdentityResponse bob =
                sts(AwsBasicCredentials.create("AKIDBOB0000000000002", "any")).getCallerIdentity();

        assertThat(alice.account()).isEqualTo("111122223333");
        assertThat(alice.arn()).isEqualTo("arn:aws:iam::111122223333:user/alice");
        assertThat(alice.userId()).isNotBlank();
        assertThat(bob.account()).isEqualTo("777788889999");
        RecordedRequest request = services.requests("GetCallerIdentity").get(0);
        assertThat(request.service()).isEqualTo("sts");
        assertThat(request.form()).containsEntry("Action", "GetCallerIdentity").containsEntry("Version", "2011-06-15");
        assertThat(request.header("Authorization").orElseThrow()).contains("Credential=" + ALICE.accessKeyId() + "/");
    }

    @Test
    void anUnknownKeyOrAWrongSignatureIsRefusedAsStsRefusesIt() {
        services.sts().identity(ALICE, "111122223333", "arn:aws:iam::111122223333:user/alice");

        AwsServiceException unknown = catchThrowableOfType(
                AwsServiceException.class,
                () -> sts(AwsBasicCredentials.create("AKIDNOBODY0000000000", "x"))
                        .getCallerIdentity());
        AwsServiceException wrongSecret = catchThrowableOfType(
                AwsServiceException.class,
                () -> sts(AwsBasicCredentials.create(ALICE.accessKeyId(), "not-alices-secret"))
                        .getCallerIdentity());

        assertThat(unknown.awsErrorDetails().errorCode()).isEqualTo("InvalidClientTokenId");
        assertThat(unknown.statusCode()).isEqualTo(403);
        assertThat(wrongSecret.awsErrorDetails().errorCode()).isEqualTo("SignatureDoesNotMatch");
    }

    @Test
    void assumeRoleIssuesCredentialsWhoseIdentityIsTheAssumedRole() {
        services.sts().identity(ALICE, "111122223333", "arn:aws:iam::111122223333:user/alice");

        AssumeRoleResponse assumed =
                sts(basic(ALICE)).assumeRole(r -> r.roleArn(ROLE_ARN).roleSessionName("explorer"));
        GetCallerIdentityResponse identity = sts(AwsSessionCredentials.create(
                        assumed.credentials().accessKeyId(),
                        assumed.credentials().secretAccessKey(),
                        assumed.credentials().sessionToken()))
                .getCallerIdentity();

        assertThat(assumed.assumedRoleUser().arn()).isEqualTo("arn:aws:sts::444455556666:assumed-role/Admin/explorer");
        assertThat(assumed.credentials().expiration()).isAfter(Instant.now());
        assertThat(identity.account()).isEqualTo("444455556666");
        assertThat(identity.arn()).isEqualTo("arn:aws:sts::444455556666:assumed-role/Admin/explorer");
        assertThat(services.sts().assumeRoleCalls()).singleElement().satisfies(call -> {
            assertThat(call.callerAccessKeyId()).isEqualTo(ALICE.accessKeyId());
            assertThat(call.roleArn()).isEqualTo(ROLE_ARN);
            assertThat(call.roleSessionName()).isEqualTo("explorer");
            assertThat(call.serialNumber()).isNull();
        });
    }

    @Test
    void aRoleThatRequiresMfaRefusesWithoutOrWithAWrongCodeAndRecordsWhatCame() {
        String device = "arn:aws:iam::111122223333:mfa/alice";
        services.sts()
                .identity(ALICE, "111122223333", "arn:aws:iam::111122223333:user/alice")
                .requireMfa(ROLE_ARN, device, "123456");
        StsClient sts = sts(basic(ALICE));

        AwsServiceException without = catchThrowableOfType(
                AwsServiceException.class,
                () -> sts.assumeRole(r -> r.roleArn(ROLE_ARN).roleSessionName("explorer")));
        AwsServiceException wrong = catchThrowableOfType(
                AwsServiceException.class,
                () -> sts.assumeRole(r -> r.roleArn(ROLE_ARN)
                        .roleSessionName("explorer")
                        .serialNumber(device)
                        .tokenCode("000000")));
        AssumeRoleResponse right = sts.assumeRole(r -> r.roleArn(ROLE_ARN)
                .roleSessionName("explorer")
                .serialNumber(device)
                .tokenCode("123456"));

        assertThat(without.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
        assertThat(without.statusCode()).isEqualTo(403);
        assertThat(wrong.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
        assertThat(wrong.awsErrorDetails().errorMessage()).contains("MultiFactorAuthentication failed");
        assertThat(right.credentials().accessKeyId()).startsWith("ASIA");
        assertThat(services.sts().assumeRoleCalls())
                .extracting(FakeSts.AssumeRoleCall::tokenCode)
                .containsExactly(null, "000000", "123456");
        assertThat(services.sts().assumeRoleCalls())
                .extracting(FakeSts.AssumeRoleCall::serialNumber)
                .containsExactly(null, device, device);
    }

    @Test
    void configuredAssumeRoleCredentialsAreReturned() {
        FakeCredentials fixed = new FakeCredentials(
                "ASIAFIXED00000000001", "fixed-secret", "fixed-session", Instant.parse("2030-01-01T00:00:00Z"));
        services.sts()
                .identity(ALICE, "111122223333", "arn:aws:iam::111122223333:user/alice")
                .assumeRoleCredentials(ROLE_ARN, fixed);

        AssumeRoleResponse assumed =
                sts(basic(ALICE)).assumeRole(r -> r.roleArn(ROLE_ARN).roleSessionName("explorer"));

        assertThat(assumed.credentials().accessKeyId()).isEqualTo("ASIAFIXED00000000001");
        assertThat(assumed.credentials().secretAccessKey()).isEqualTo("fixed-secret");
        assertThat(assumed.credentials().sessionToken()).isEqualTo("fixed-session");
        assertThat(assumed.credentials().expiration()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
    }

    @Test
    void thePortalGivesRoleCredentialsForAValidTokenThatStsThenKnows() {
        services.sso().assignRole("111122223333", "ReadOnly");
        FakeSsoOidc.Session session = services.oidc().signedInSession(List.of("sso:account:access"));

        RoleCredentials credentials = sso().getRoleCredentials(r -> r.accessToken(session.accessToken())
                        .accountId("111122223333")
                        .roleName("ReadOnly"))
                .roleCredentials();
        GetCallerIdentityResponse identity = sts(AwsSessionCredentials.create(
                        credentials.accessKeyId(), credentials.secretAccessKey(), credentials.sessionToken()))
                .getCallerIdentity();

        assertThat(credentials.expiration())
                .isGreaterThan(
                        System.currentTimeMillis() + Duration.ofMinutes(50).toMillis());
        assertThat(identity.account()).isEqualTo("111122223333");
        assertThat(identity.arn()).isEqualTo(services.sso().roleArn("111122223333", "ReadOnly"));
        RecordedRequest request = services.requests("GetRoleCredentials").get(0);
        assertThat(request.header("x-amz-sso_bearer_token")).contains(session.accessToken());
        assertThat(request.query()).containsEntry("account_id", "111122223333").containsEntry("role_name", "ReadOnly");
    }

    @Test
    void thePortalRefusesAnUnknownOrRevokedTokenAndAnUnassignedRole() {
        services.sso().assignRole("111122223333", "ReadOnly");
        FakeSsoOidc.Session session = services.oidc().signedInSession(List.of("sso:account:access"));

        AwsServiceException unassigned = catchThrowableOfType(
                AwsServiceException.class,
                () -> sso().getRoleCredentials(r -> r.accessToken(session.accessToken())
                        .accountId("111122223333")
                        .roleName("Admin")));
        services.oidc().revokeAccessTokens();
        UnauthorizedException revoked = catchThrowableOfType(
                UnauthorizedException.class,
                () -> sso().getRoleCredentials(r -> r.accessToken(session.accessToken())
                        .accountId("111122223333")
                        .roleName("ReadOnly")));

        assertThat(unassigned.awsErrorDetails().errorCode()).isEqualTo("ForbiddenException");
        assertThat(unassigned.statusCode()).isEqualTo(403);
        assertThat(revoked.statusCode()).isEqualTo(401);
        assertThat(revoked.awsErrorDetails().errorMessage()).isEqualTo("Session token not found or invalid");
    }

    @Test
    void theListingsPageAsTheSdksOwnPaginatorsExpectAndCheckTokenAndPageToken() {
        services.sso().pageSizes(2, 1).accountName("111111111111", "Prod");
        for (String account : List.of("111111111111", "222222222222", "333333333333")) {
            services.sso().assignRole(account, "ReadOnly").assignRole(account, "Admin");
        }
        String token =
                services.oidc().signedInSession(List.of("sso:account:access")).accessToken();

        List<String> accounts = sso().listAccountsPaginator(r -> r.accessToken(token)).accountList().stream()
                .map(a -> a.accountId() + " " + a.accountName())
                .toList();
        List<String> roles = sso()
                .listAccountRolesPaginator(
                        r -> r.accessToken(token).accountId("222222222222").maxResults(100))
                .roleList()
                .stream()
                .map(r -> r.accountId() + " " + r.roleName())
                .toList();
        var firstOfOne = sso().listAccounts(r -> r.accessToken(token).maxResults(1));
        AwsServiceException badPageToken = catchThrowableOfType(
                AwsServiceException.class,
                () -> sso().listAccounts(r -> r.accessToken(token).nextToken("nope")));
        UnauthorizedException wrongToken = catchThrowableOfType(
                UnauthorizedException.class,
                () -> sso().listAccountRoles(r -> r.accessToken("not-issued").accountId("111111111111")));

        assertThat(accounts)
                .containsExactly(
                        "111111111111 Prod", "222222222222 Account 222222222222", "333333333333 Account 333333333333");
        assertThat(roles).containsExactly("222222222222 ReadOnly", "222222222222 Admin");
        assertThat(services.requests("ListAccounts").subList(0, 2))
                .extracting(r -> r.query().containsKey("next_token"))
                .containsExactly(false, true);
        assertThat(firstOfOne.accountList()).hasSize(1);
        assertThat(firstOfOne.nextToken()).isNotEmpty();
        assertThat(badPageToken.statusCode()).isEqualTo(400);
        assertThat(wrongToken.statusCode()).isEqualTo(401);
    }

    @Test
    void theEnvironmentAndServicesSectionPointHere() {
        assertThat(services.endpointVariables())
                .containsOnlyKeys("AWS_ENDPOINT_URL_SSO_OIDC", "AWS_ENDPOINT_URL_SSO", "AWS_ENDPOINT_URL_STS")
                .allSatisfy((name, url) ->
                        assertThat(url).isEqualTo(services.endpoint().toString()));
        assertThat(services.servicesSection("loopback"))
                .startsWith("[services loopback]\n")
                .contains("sso_oidc =\n  endpoint_url = " + services.endpoint());
    }

    private StsClient sts(AwsCredentials credentials) {
        return StsClient.builder()
                .region(Region.US_EAST_1)
                .httpClient(http)
                .credentialsProvider(StaticCredentialsProvider.create(credentials))
                .endpointOverride(services.endpoint())
                .build();
    }

    private SsoClient sso() {
        return SsoClient.builder()
                .region(Region.EU_WEST_1)
                .httpClient(http)
                .credentialsProvider(software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider.create())
                .endpointOverride(services.endpoint())
                .build();
    }

    private static AwsBasicCredentials basic(FakeCredentials credentials) {
        return AwsBasicCredentials.create(credentials.accessKeyId(), credentials.secretAccessKey());
    }
}

package io.connectorexplorer.infra.sso;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.infra.profile.AwsEnvironment;
import io.connectorexplorer.testsupport.JsonTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.ssooidc.internal.OnDiskTokenManager;
import software.amazon.awssdk.services.ssooidc.internal.SsoOidcToken;

class SsoTokenCacheTest {

    /** The members `aws sso login` (AWS CLI v2) writes for an sso-session sign-in, in its order. */
    private static final List<String> CLI_MEMBERS = List.of(
            "startUrl",
            "region",
            "accessToken",
            "expiresAt",
            "clientId",
            "clientSecret",
            "registrationExpiresAt",
            "refreshToken");

    private static final SsoToken TOKEN = new SsoToken(
            "https://my-sso-portal.awsapps.com/start",
            "eu-west-1",
            "access-token-value",
            Instant.parse("2026-11-22T10:00:00Z"),
            "client-id-value",
            "client-secret-value",
            Instant.parse("2027-02-20T10:00:00Z"),
            "refresh-token-value");

    @TempDir
    Path home;

    private SsoTokenCache cache() {
        return SsoTokenCache.in(new AwsEnvironment(Map.of(), home));
    }

    @Test
    void theCacheIsWhereTheAwsCliKeepsIt() {
        assertThat(cache().folder()).isEqualTo(home.resolve(".aws/sso/cache"));
    }

    @Test
    void theFileIsNamedBySha1OfTheSessionNameOrTheStartUrl() {
        // Expected values computed outside Java: printf %s my-sso | sha1sum
        assertThat(cache().fileFor("my-sso").getFileName().toString())
                .isEqualTo("0ad374308c5a4e22f723adf10145eafad7c4031c.json");
        assertThat(cache().fileFor("https://my-sso-portal.awsapps.com/start")
                        .getFileName()
                        .toString())
                .isEqualTo("c7aaaf71fcc8777ae2475525ed049d39fe16c484.json");
    }

    @Test
    void aWrittenTokenReadsBackEqual() throws IOException {
        cache().write("my-sso", TOKEN);

        assertThat(cache().read("my-sso")).contains(TOKEN);
        assertThat(cache().read("other-session")).isEmpty();
    }

    @Test
    void theFileHasTheMembersAndTimestampFormOfTheAwsCli() throws IOException {
        cache().write("my-sso", TOKEN);

        JsonNode json = JsonTrees.parse(Files.readString(cache().fileFor("my-sso")));
        List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactlyElementsOf(CLI_MEMBERS);
        assertThat(json.get("expiresAt").asText()).isEqualTo("2026-11-22T10:00:00Z");
        assertThat(json.get("registrationExpiresAt").asText()).isEqualTo("2027-02-20T10:00:00Z");
        assertThat(json.get("accessToken").asText()).isEqualTo("access-token-value");
    }

    @Test
    void aTokenWithoutRefreshLeavesThoseMembersOut() throws IOException {
        SsoToken plain = new SsoToken(
                "https://legacy", "eu-west-1", "a", Instant.parse("2026-11-22T10:00:00Z"), null, null, null, null);
        cache().write("https://legacy", plain);

        JsonNode json = JsonTrees.parse(Files.readString(cache().fileFor("https://legacy")));
        List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("startUrl", "region", "accessToken", "expiresAt");
    }

    @Test
    void theFileAndTheFoldersItCreatesAreOwnerOnly() throws IOException {
        cache().write("my-sso", TOKEN);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cache().fileFor("my-sso"))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cache().folder())))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(cache().folder().getParent())))
                .isEqualTo("rwx------");
        try (var files = Files.list(cache().folder())) {
            assertThat(files).as("no temporary file left behind").hasSize(1);
        }
    }

    @Test
    void rewritingReplacesTheFileAndKeepsItOwnerOnly() throws IOException {
        cache().write("my-sso", TOKEN);
        Files.setPosixFilePermissions(cache().fileFor("my-sso"), PosixFilePermissions.fromString("rw-r--r--"));
        SsoToken renewed = TOKEN.refreshed(
                "new-access", Instant.parse("2026-11-22T18:00:00Z"), null, TOKEN.startUrl(), TOKEN.region());

        cache().write("my-sso", renewed);

        assertThat(cache().read("my-sso")).contains(renewed);
        assertThat(renewed.refreshToken())
                .as("no rotated token: the old one stays")
                .isEqualTo("refresh-token-value");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cache().fileFor("my-sso"))))
                .isEqualTo("rw-------");
    }

    @Test
    void toStringShowsNoSecret() {
        String text = TOKEN.toString();

        assertThat(text)
                .doesNotContain("access-token-value", "refresh-token-value", "client-secret-value")
                .contains("client-id-value", "2026-11-22T10:00:00Z", "https://my-sso-portal.awsapps.com/start");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "not json",
                "[]",
                "{\"accessToken\": \"a\"}",
                "{\"expiresAt\": \"2026-11-22T10:00:00Z\"}",
                "{\"accessToken\": \"a\", \"expiresAt\": \"next tuesday\"}",
                "{\"accessToken\": 5, \"expiresAt\": \"2026-11-22T10:00:00Z\"}"
            })
    void aCorruptOrIncompleteFileIsNoToken(String content) throws IOException {
        Files.createDirectories(cache().folder());
        Files.writeString(cache().fileFor("my-sso"), content);

        assertThat(cache().read("my-sso")).isEmpty();
    }

    @Test
    void aMissingFileOrFolderIsNoToken() throws IOException {
        assertThat(cache().read("my-sso")).isEmpty();
        Files.createDirectories(cache().fileFor("my-sso"));
        assertThat(cache().read("my-sso"))
                .as("a folder where the file should be")
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-11-22T10:00:00Z",
                "2026-11-22T10:00:00UTC",
                "2026-11-22T11:00:00+01:00",
                "2026-11-22T10:00:00.000Z",
                "2026-11-22T10:00:00"
            })
    void expiryTimesOtherToolsWroteAreRead(String expiresAt) throws IOException {
        Files.createDirectories(cache().folder());
        Files.writeString(cache().fileFor("my-sso"), "{\"accessToken\": \"a\", \"expiresAt\": \"" + expiresAt + "\"}");

        assertThat(cache().read("my-sso").map(SsoToken::expiresAt)).contains(Instant.parse("2026-11-22T10:00:00Z"));
    }

    @Test
    void aFileTheAwsCliWroteIsRead() throws IOException {
        // As `aws sso login` writes it: one line, json.dumps spacing.
        Files.createDirectories(cache().folder());
        Files.writeString(
                cache().fileFor("my-sso"),
                "{\"startUrl\": \"https://my-sso-portal.awsapps.com/start\", "
                        + "\"region\": \"eu-west-1\", \"accessToken\": \"aoa-cli\", \"expiresAt\": \"2026-11-22T18:00:00Z\", "
                        + "\"clientId\": \"cid\", \"clientSecret\": \"csecret\", \"registrationExpiresAt\": \"2027-02-20T10:00:00Z\", "
                        + "\"refreshToken\": \"aor-cli\"}");

        assertThat(cache().read("my-sso"))
                .contains(new SsoToken(
                        "https://my-sso-portal.awsapps.com/start",
                        "eu-west-1",
                        "aoa-cli",
                        Instant.parse("2026-11-22T18:00:00Z"),
                        "cid",
                        "csecret",
                        Instant.parse("2027-02-20T10:00:00Z"),
                        "aor-cli"));
    }

    @Test
    void theAwsSdkForJavaReadsWhatWeWriteAndWeReadWhatItWrites() throws IOException {
        cache().write("my-sso", TOKEN);

        try (OnDiskTokenManager sdk = OnDiskTokenManager.create(cache().folder(), "my-sso")) {
            Optional<SsoOidcToken> read = sdk.loadToken();
            assertThat(read).isPresent();
            assertThat(read.get().token()).isEqualTo("access-token-value");
            assertThat(read.get().expirationTime()).contains(TOKEN.expiresAt());
            assertThat(read.get().refreshToken()).isEqualTo("refresh-token-value");
            assertThat(read.get().clientId()).isEqualTo("client-id-value");
            assertThat(read.get().clientSecret()).isEqualTo("client-secret-value");
            assertThat(read.get().registrationExpiresAt()).isEqualTo(TOKEN.registrationExpiresAt());
            assertThat(read.get().startUrl()).isEqualTo(TOKEN.startUrl());
            assertThat(read.get().region()).isEqualTo("eu-west-1");

            sdk.storeToken(SsoOidcToken.builder()
                    .accessToken("written-by-the-sdk")
                    .expiresAt(TOKEN.expiresAt())
                    .refreshToken("rotated-by-the-sdk")
                    .clientId("client-id-value")
                    .clientSecret("client-secret-value")
                    .registrationExpiresAt(TOKEN.registrationExpiresAt())
                    .startUrl(TOKEN.startUrl())
                    .region("eu-west-1")
                    .build());
        }
        assertThat(cache().read("my-sso"))
                .contains(new SsoToken(
                        TOKEN.startUrl(),
                        "eu-west-1",
                        "written-by-the-sdk",
                        TOKEN.expiresAt(),
                        "client-id-value",
                        "client-secret-value",
                        TOKEN.registrationExpiresAt(),
                        "rotated-by-the-sdk"));
    }
}

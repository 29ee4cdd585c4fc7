package io.connectorexplorer.core.tree;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.connectorexplorer.core.json.JsonFormat;
import io.connectorexplorer.core.json.WireSchema;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigSearchTest {

    private final ConfigNode root = root("""
            {'connectorType': 'Salesforce', 'connectorLabel': null, 'canUseAsSource': true,
             'authenticationConfig': {'oAuth2Defaults': {'oauthScopes': ['api', 'refresh_token'],
                                                         'tokenUrls': ['https://login.salesforce.com/token']}},
             'supportedApiVersions': ['v57.0'], 'registeredAt': 1700000000,
             'description': 'Works with SALESFORCE orgs'}""");

    @Test
    void memberNamesMatchIgnoringCase() {
        assertThat(paths("OAUTH"))
                .containsExactly(
                        "$.connectorConfiguration.authenticationConfig.oAuth2Defaults",
                        "$.connectorConfiguration.authenticationConfig.oAuth2Defaults.oauthScopes");
    }

    @Test
    void valuesMatchIgnoringCaseInDocumentOrder() {
        assertThat(paths("salesforce"))
                .containsExactly(
                        "$.connectorConfiguration.connectorType",
                        "$.connectorConfiguration.authenticationConfig.oAuth2Defaults.tokenUrls[0]",
                        "$.connectorConfiguration.description");
    }

    @Test
    void namesAndValuesMixInDocumentOrderWithParentsBeforeChildren() {
        assertThat(paths("token"))
                .containsExactly(
                        "$.connectorConfiguration.authenticationConfig.oAuth2Defaults.oauthScopes[1]",
                        "$.connectorConfiguration.authenticationConfig.oAuth2Defaults.tokenUrls",
                        "$.connectorConfiguration.authenticationConfig.oAuth2Defaults.tokenUrls[0]");
    }

    @Test
    void aNodeMatchingByNameAndValueIsListedOnce() {
        ConfigNode node = root("{'api': 'api'}");

        assertThat(ConfigSearch.find(node, "api"))
                .extracting(JsonPath::toString)
                .containsExactly("$.connectorConfiguration.api");
    }

    @Test
    void nullsNumbersAndBooleansMatchByTheirText() {
        assertThat(paths("null")).containsExactly("$.connectorConfiguration.connectorLabel");
        assertThat(paths("TRUE")).containsExactly("$.connectorConfiguration.canUseAsSource");
        assertThat(paths("17000")).containsExactly("$.connectorConfiguration.registeredAt");
        assertThat(paths("57.0")).containsExactly("$.connectorConfiguration.supportedApiVersions[0]");
    }

    @Test
    void theQueryIsTrimmed() {
        assertThat(paths("  refresh_token "))
                .containsExactly("$.connectorConfiguration.authenticationConfig.oAuth2Defaults.oauthScopes[1]");
    }

    @Test
    void arrayPositionsAreNotNames() {
        assertThat(paths("[0]")).isEmpty();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void anEmptyQueryFindsNothing(String query) {
        assertThat(ConfigSearch.find(root, query)).isEmpty();
    }

    @Test
    void aQueryNothingContainsFindsNothing() {
        assertThat(paths("zendesk")).isEmpty();
    }

    private List<String> paths(String query) {
        return ConfigSearch.find(root, query).stream().map(JsonPath::toString).toList();
    }

    private static ConfigNode root(String singleQuotedJson) {
        try {
            return ConfigNode.configurationRoot(
                    JsonFormat.parse(singleQuotedJson.replace('\'', '"')), WireSchema.UNKNOWN);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}

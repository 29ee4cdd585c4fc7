package io.connectorexplorer.infra.appflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.core.json.WireSchema;
import io.connectorexplorer.core.json.WireSchema.ListOf;
import io.connectorexplorer.core.json.WireSchema.MapOf;
import io.connectorexplorer.core.json.WireSchema.Structure;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.appflow.model.DescribeConnectorsResponse;

class SdkWireSchemasTest {

    private final Structure configuration = (Structure) SdkWireSchemas.connectorConfiguration();

    @Test
    void registeredAtIsATimestamp() {
        assertThat(configuration.member("registeredAt")).isEqualTo(WireSchema.TIMESTAMP);
    }

    @Test
    void scalarsAreScalarsWhateverTheirJavaType() {
        assertThat(configuration.member("canUseAsSource")).isEqualTo(WireSchema.SCALAR);
        assertThat(configuration.member("connectorType")).isEqualTo(WireSchema.SCALAR);
        assertThat(configuration.member("connectorProvisioningType")).isEqualTo(WireSchema.SCALAR);
        assertThat(configuration.member("logoURL")).isEqualTo(WireSchema.SCALAR);
    }

    @Test
    void connectorMetadataIsAStructureOfStructuresKeyedByWireName() {
        Structure metadata = (Structure) configuration.member("connectorMetadata");
        Structure salesforce = (Structure) metadata.member("Salesforce");

        assertThat(metadata.member("GoogleAnalytics")).isInstanceOf(Structure.class);
        assertThat(salesforce.member("oAuthScopes")).isEqualTo(new ListOf(WireSchema.SCALAR));
    }

    @Test
    void connectorRuntimeSettingsIsAListOfStructures() {
        ListOf settings = (ListOf) configuration.member("connectorRuntimeSettings");
        Structure setting = (Structure) settings.member();

        assertThat(setting.member("key")).isEqualTo(WireSchema.SCALAR);
        assertThat(setting.member("isRequired")).isEqualTo(WireSchema.SCALAR);
        assertThat(setting.member("connectorSuppliedValueOptions")).isEqualTo(new ListOf(WireSchema.SCALAR));
    }

    @Test
    void authenticationConfigNestsListsOfStructures() {
        Structure auth = (Structure) configuration.member("authenticationConfig");
        Structure custom = (Structure) ((ListOf) auth.member("customAuthConfigs")).member();
        Structure parameter = (Structure) ((ListOf) custom.member("authParameters")).member();
        Structure oauth = (Structure) auth.member("oAuth2Defaults");

        assertThat(auth.member("isOAuth2Supported")).isEqualTo(WireSchema.SCALAR);
        assertThat(parameter.member("isSensitiveField")).isEqualTo(WireSchema.SCALAR);
        assertThat(parameter.member("connectorSuppliedValues")).isEqualTo(new ListOf(WireSchema.SCALAR));
        assertThat(oauth.member("oauth2CustomProperties")).isInstanceOf(ListOf.class);
    }

    @Test
    void listsOfEnumsAndTheLambdaArnAreScalars() {
        Structure provisioning = (Structure) configuration.member("connectorProvisioningConfig");

        assertThat(((Structure) provisioning.member("lambda")).member("lambdaArn"))
                .isEqualTo(WireSchema.SCALAR);
        assertThat(configuration.member("supportedApiVersions")).isEqualTo(new ListOf(WireSchema.SCALAR));
        assertThat(configuration.member("connectorModes")).isEqualTo(new ListOf(WireSchema.SCALAR));
        assertThat(configuration.member("supportedDataTransferApis")).isInstanceOf(ListOf.class);
    }

    @Test
    void membersTheSdkDoesNotKnowAreUnknown() {
        assertThat(configuration.member("brandNewMember")).isEqualTo(WireSchema.UNKNOWN);
        assertThat(configuration.member("RegisteredAt"))
                .as("wire names are case-sensitive")
                .isEqualTo(WireSchema.UNKNOWN);
    }

    @Test
    void mapsAreMapsOfTheirValueShape() {
        Structure response = (Structure)
                SdkWireSchemas.of(DescribeConnectorsResponse.builder().build());
        MapOf configurations = (MapOf) response.member("connectorConfigurations");
        Structure detail = (Structure) ((ListOf) response.member("connectors")).member();

        assertThat(((Structure) configurations.value()).member("registeredAt")).isEqualTo(WireSchema.TIMESTAMP);
        assertThat(detail.member("registeredAt")).isEqualTo(WireSchema.TIMESTAMP);
        assertThat(response.member("nextToken")).isEqualTo(WireSchema.SCALAR);
    }
}

package io.connectorexplorer.core.form;

import static io.connectorexplorer.core.form.FormFixtures.CREDENTIALS;
import static io.connectorexplorer.core.form.FormFixtures.MODEL;
import static io.connectorexplorer.core.form.FormFixtures.PROPERTIES;
import static io.connectorexplorer.core.form.FormFixtures.method;
import static io.connectorexplorer.core.form.FormFixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.groups.Tuple.tuple;

import io.connectorexplorer.core.connector.ConnectorDescription;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.infra.demo.DemoCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Connectors authored by Amazon have no authenticationConfig: their forms come from the model. */
class AuthFormSpecsAmazonConnectorTest {

    @Test
    void salesforceOffersOneMethodPerGrantWithTheGrantTypeSet() {
        AuthFormSpec salesforce = spec("Salesforce");
        String base = CREDENTIALS + "/Salesforce/";

        assertThat(salesforce.methods())
                .extracting(AuthMethod::id, AuthMethod::label)
                .containsExactly(
                        tuple("oauth2:accessToken", "OAuth 2.0 access token"),
                        tuple("oauth2:authCode", "OAuth 2.0 authorization code"),
                        tuple("oauth2:clientCredentials", "OAuth 2.0 client credentials"),
                        tuple("oauth2:jwtBearer", "OAuth 2.0 JWT bearer"));
        assertThat(salesforce.methods())
                .allSatisfy(m -> assertThat(m.authenticationType()).isNull());
        assertThat(method(salesforce, "oauth2:accessToken").fields())
                .extracting(FieldSpec::path, FieldSpec::label, FieldSpec::kind, FieldSpec::required)
                .containsExactly(
                        tuple(base + "accessToken", "Access token", FieldKind.SECRET, true),
                        tuple(base + "refreshToken", "Refresh token", FieldKind.SECRET, false),
                        tuple(base + "clientCredentialsArn", "Client credentials ARN", FieldKind.SECRET, false));
        assertThat(method(salesforce, "oauth2:accessToken").fixedValues())
                .containsExactly(entry(base + "oAuth2GrantType", "AUTHORIZATION_CODE"));
        assertThat(method(salesforce, "oauth2:authCode").fields())
                .extracting(FieldSpec::label, FieldSpec::required)
                .containsExactly(
                        tuple("OAuth request › Auth code", true),
                        tuple("OAuth request › Redirect URI", false),
                        tuple("Client credentials ARN", false));
        assertThat(method(salesforce, "oauth2:clientCredentials").fields())
                .extracting(FieldSpec::label, FieldSpec::required)
                .containsExactly(tuple("Client credentials ARN", true));
        assertThat(method(salesforce, "oauth2:clientCredentials").fixedValues())
                .containsExactly(entry(base + "oAuth2GrantType", "CLIENT_CREDENTIALS"));
        assertThat(method(salesforce, "oauth2:jwtBearer").fields())
                .extracting(FieldSpec::label, FieldSpec::kind, FieldSpec::required)
                .containsExactly(
                        tuple("JWT token", FieldKind.SECRET, true),
                        tuple("Client credentials ARN", FieldKind.SECRET, false));
        assertThat(method(salesforce, "oauth2:jwtBearer").fixedValues())
                .containsExactly(entry(base + "oAuth2GrantType", "JWT_BEARER"));
    }

    @Test
    void salesforcePropertiesUseBooleansAndModelHelp() {
        AuthFormSpec salesforce = spec("Salesforce");

        assertThat(salesforce.propertiesPath()).isEqualTo(PROPERTIES + "/Salesforce");
        assertThat(salesforce.propertyFields())
                .extracting(FieldSpec::label, FieldSpec::kind, FieldSpec::wire)
                .containsExactly(
                        tuple("Instance URL", FieldKind.TEXT, FieldSpec.Wire.STRING),
                        tuple("Sandbox environment", FieldKind.BOOLEAN, FieldSpec.Wire.BOOLEAN),
                        tuple(
                                "Use private link for metadata and authorization",
                                FieldKind.BOOLEAN,
                                FieldSpec.Wire.BOOLEAN));
        assertThat(salesforce.propertyFields().get(0).help()).isEqualTo("The location of the Salesforce resource.");
        assertThat(salesforce.profileFields().get(1).options()).containsExactly("Public", "Private");
    }

    @Test
    void zendeskNeedsClientIdSecretAndInstanceUrl() {
        AuthFormSpec zendesk = spec("Zendesk");

        assertThat(method(zendesk, "credentials").fields())
                .filteredOn(FieldSpec::required)
                .extracting(FieldSpec::label, FieldSpec::kind)
                .containsExactly(tuple("Client ID", FieldKind.TEXT), tuple("Client secret", FieldKind.SECRET));
        assertThat(zendesk.propertyFields())
                .extracting(FieldSpec::path, FieldSpec::required)
                .containsExactly(tuple(PROPERTIES + "/Zendesk/instanceUrl", true));
    }

    @Test
    void slackLooksLikeZendesk() {
        AuthFormSpec slack = spec("Slack");

        assertThat(method(slack, "credentials").fields())
                .extracting(FieldSpec::path)
                .containsExactly(
                        CREDENTIALS + "/Slack/clientId",
                        CREDENTIALS + "/Slack/clientSecret",
                        CREDENTIALS + "/Slack/accessToken",
                        CREDENTIALS + "/Slack/oAuthRequest/authCode",
                        CREDENTIALS + "/Slack/oAuthRequest/redirectUri");
        assertThat(slack.propertyFields()).extracting(FieldSpec::required).containsExactly(true);
    }

    @Test
    void snowflakeRequiresWarehouseStageAndBucket() {
        AuthFormSpec snowflake = spec("Snowflake");

        assertThat(snowflake.propertyFields())
                .filteredOn(FieldSpec::required)
                .extracting(FieldSpec::path)
                .containsExactly(
                        PROPERTIES + "/Snowflake/warehouse",
                        PROPERTIES + "/Snowflake/stage",
                        PROPERTIES + "/Snowflake/bucketName");
        assertThat(method(snowflake, "credentials").fields())
                .extracting(FieldSpec::label, FieldSpec::kind, FieldSpec::required)
                .containsExactly(tuple("Username", FieldKind.TEXT, true), tuple("Password", FieldKind.SECRET, true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"S3", "EventBridge", "Upsolver", "LookoutMetrics", "CustomerProfiles"})
    void typesWithoutAProfileMemberNeedNoProfile(String type) {
        AuthFormSpec spec = spec(type);

        assertThat(spec.needsProfile()).isFalse();
        assertThat(spec.methods()).isEmpty();
        assertThat(spec.propertyFields()).isEmpty();
        assertThat(spec.propertiesPath()).isNull();
        assertThat(spec.notes()).containsExactly("This connector needs no connector profile");
    }

    @Test
    void typesAreMatchedToModelMembersIgnoringCase() {
        assertThat(spec("Googleanalytics").propertiesPath()).isEqualTo(PROPERTIES + "/GoogleAnalytics");
        assertThat(method(spec("Servicenow"), "basic").fields().get(0).path())
                .isEqualTo(CREDENTIALS + "/ServiceNow/username");
        assertThat(method(spec("Infornexus"), "credentials").fields())
                .extracting(FieldSpec::label)
                .containsExactly("Access key ID", "User ID", "Secret access key", "Datakey");
    }

    @Test
    void credentialsTheModelForgetsToMarkSensitiveAreMaskedAnyway() {
        // Dynatrace ApiToken, InforNexus Key and Datadog ApplicationKey lack the sensitive trait.
        assertThat(method(spec("Dynatrace"), "credentials").fields().get(0).kind())
                .isEqualTo(FieldKind.SECRET);
        assertThat(method(spec("Infornexus"), "credentials").fields())
                .extracting(FieldSpec::kind)
                .containsExactly(FieldKind.SECRET, FieldKind.TEXT, FieldKind.SECRET, FieldKind.SECRET);
        assertThat(method(spec("Datadog"), "credentials").fields()).allMatch(FieldSpec::sensitive);
    }

    @Test
    void sapODataGroupsAreMethodsWithTheirRequiredMembersRequired() {
        AuthFormSpec sap = spec("SAPOData");

        assertThat(sap.methods())
                .extracting(AuthMethod::id, AuthMethod::label)
                .containsExactly(
                        tuple("group:basicAuthCredentials", "Basic auth credentials"),
                        tuple("group:oAuthCredentials", "OAuth credentials"));
        assertThat(method(sap, "group:basicAuthCredentials").fields())
                .extracting(FieldSpec::path, FieldSpec::label, FieldSpec::required)
                .containsExactly(
                        tuple(CREDENTIALS + "/SAPOData/basicAuthCredentials/username", "Username", true),
                        tuple(CREDENTIALS + "/SAPOData/basicAuthCredentials/password", "Password", true));
        assertThat(method(sap, "group:oAuthCredentials").fields())
                .filteredOn(FieldSpec::required)
                .extracting(FieldSpec::label)
                .containsExactly("Client ID", "Client secret");
    }

    @Test
    void requiredMembersOfOptionalGroupsAreNotMarkedButExplained() {
        AuthFormSpec sap = spec("SAPOData");
        FieldSpec tokenUrl = sap.propertyFields().stream()
                .filter(f -> f.path().endsWith("/oAuthProperties/tokenUrl"))
                .findFirst()
                .orElseThrow();

        assertThat(tokenUrl.required()).isFalse();
        assertThat(tokenUrl.label()).isEqualTo("OAuth properties › Token URL");
        assertThat(tokenUrl.help()).endsWith("Required once any OAuth properties field is filled.");
    }

    @Test
    void sapPropertiesIncludeNumbersAndLists() {
        AuthFormSpec sap = spec("SAPOData");

        assertThat(sap.propertyFields())
                .extracting(FieldSpec::label, FieldSpec::kind, FieldSpec::required, FieldSpec::wire)
                .contains(
                        tuple("Port number", FieldKind.INTEGER, true, FieldSpec.Wire.NUMBER),
                        tuple(
                                "OAuth properties › OAuth scopes",
                                FieldKind.MULTI_CHOICE,
                                false,
                                FieldSpec.Wire.STRING_LIST),
                        tuple("Disable SSO", FieldKind.BOOLEAN, false, FieldSpec.Wire.BOOLEAN));
    }

    @Test
    void amplitudeHasAnEmptyPropertiesShapeButStillAPropertiesPath() {
        AuthFormSpec amplitude = spec("Amplitude");

        assertThat(amplitude.propertyFields()).isEmpty();
        assertThat(amplitude.propertiesPath()).isEqualTo(PROPERTIES + "/Amplitude");
    }

    @Test
    void anUnknownConnectorTypeGivesANoteNotAnException() {
        var config =
                FormFixtures.NODES.objectNode().put("connectorType", "Quantum").put("connectorName", "Quantum");
        AuthFormSpec spec =
                AuthFormSpecs.forConnector(new ConnectorDescription(ConnectorKey.amazon("Quantum"), config), MODEL);

        assertThat(spec.needsProfile()).isFalse();
        assertThat(spec.notes()).singleElement().asString().contains("Unknown connector type Quantum");
    }

    @Test
    void everyDemoConnectorGetsAFormWithoutErrors() {
        for (var c : DemoCatalogue.bundled().configurations()) {
            String label = c.path("connectorLabel").asText("");
            ConnectorKey key =
                    label.isEmpty() ? ConnectorKey.amazon(c.get("connectorType").asText()) : ConnectorKey.custom(label);
            AuthFormSpec spec = AuthFormSpecs.forConnector(new ConnectorDescription(key, c), MODEL);

            assertThat(spec.needsProfile() ? spec.methods() : spec.notes())
                    .as(key.displayId())
                    .isNotEmpty();
        }
    }
}

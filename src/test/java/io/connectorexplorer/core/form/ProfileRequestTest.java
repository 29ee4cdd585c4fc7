package io.connectorexplorer.core.form;

import static io.connectorexplorer.core.form.FormFixtures.CREDENTIALS;
import static io.connectorexplorer.core.form.FormFixtures.CREDENTIALS_MAP;
import static io.connectorexplorer.core.form.FormFixtures.CUSTOM_CREDENTIALS;
import static io.connectorexplorer.core.form.FormFixtures.OAUTH2_PROPERTIES;
import static io.connectorexplorer.core.form.FormFixtures.PROFILE_PROPERTIES;
import static io.connectorexplorer.core.form.FormFixtures.PROPERTIES;
import static io.connectorexplorer.core.form.FormFixtures.method;
import static io.connectorexplorer.core.form.FormFixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.testsupport.JsonTrees;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The CreateConnectorProfile request JSON for filled forms, compared with the JSON written out by hand. */
class ProfileRequestTest {

    @Test
    void acmeApiTokenRequest() {
        AuthFormSpec acme = spec("acme-crm");
        FormValues values = new FormValues();
        values.set("/connectorProfileName", "acme-prod");
        values.set("/connectionMode", "Public");
        values.set(CREDENTIALS_MAP + "apiToken", "tok-123");
        values.set(CREDENTIALS_MAP + "accountId", "4711");
        values.set(CREDENTIALS_MAP + "dataRegion", "eu");
        values.set(PROFILE_PROPERTIES + "requestTimeoutSeconds", "60");

        assertThat(build(acme, method(acme, "custom:ApiToken"), values, Redaction.NONE))
                .isEqualTo(JsonTrees.parse("""
                {"connectorProfileName": "acme-prod", "connectorType": "CustomConnector", "connectorLabel": "acme-crm",
                 "connectionMode": "Public",
                 "connectorProfileConfig": {
                   "connectorProfileProperties": {"CustomConnector": {"profileProperties": {"requestTimeoutSeconds": "60"}}},
                   "connectorProfileCredentials": {"CustomConnector": {"authenticationType": "CUSTOM",
                     "custom": {"customAuthenticationType": "ApiToken",
                       "credentialsMap": {"apiToken": "tok-123", "accountId": "4711", "dataRegion": "eu"}}}}}}
                """));
        // CredentialsMapValue is a sensitive shape: every value of the map is masked, not only the API token.
        assertThat(build(acme, method(acme, "custom:ApiToken"), values, Redaction.MASK)
                        .at("/connectorProfileConfig/connectorProfileCredentials/CustomConnector/custom"))
                .isEqualTo(JsonTrees.parse("""
                        {"customAuthenticationType": "ApiToken",
                         "credentialsMap": {"apiToken": "****", "accountId": "****", "dataRegion": "****"}}"""));
    }

    @Test
    void memberOrderReadsLikeTheCliDocumentation() {
        AuthFormSpec acme = spec("acme-crm");
        FormValues values = new FormValues();
        values.set("/kmsArn", "arn:aws:kms:us-east-1:123456789012:key/k");
        values.set("/connectionMode", "Public");
        values.set("/connectorProfileName", "p");

        List<String> names = new ArrayList<>();
        build(acme, method(acme, "custom:ApiToken"), values, Redaction.NONE)
                .fieldNames()
                .forEachRemaining(names::add);

        assertThat(names)
                .containsExactly(
                        "connectorProfileName",
                        "connectorType",
                        "connectorLabel",
                        "connectionMode",
                        "kmsArn",
                        "connectorProfileConfig");
    }

    @Test
    void northwindOAuth2Request() {
        AuthFormSpec northwind = spec("northwind-tickets");
        FormValues values = new FormValues();
        values.set("/connectorProfileName", "northwind");
        values.set("/connectionMode", "Public");
        values.set("/kmsArn", "arn:aws:kms:eu-west-1:123456789012:key/abc");
        values.set(OAUTH2_PROPERTIES + "/oAuth2GrantType", "CLIENT_CREDENTIALS");
        values.set(OAUTH2_PROPERTIES + "/tokenUrl", "https://login.northwind-tickets.example/oauth2/token");
        values.set(OAUTH2_PROPERTIES + "/tokenUrlCustomProperties/audience", "https://api.northwind-tickets.example");
        values.set(CUSTOM_CREDENTIALS + "/oauth2/clientId", "client-1");
        values.set(CUSTOM_CREDENTIALS + "/oauth2/clientSecret", "shh");
        values.set(PROFILE_PROPERTIES + "subdomain", "acme");
        values.set("/authorization/scopes", List.of("tickets:read"));
        values.set("/authorization/parameters/prompt", "consent");

        JsonNode expected = JsonTrees.parse("""
                {"connectorProfileName": "northwind", "connectorType": "CustomConnector",
                 "connectorLabel": "northwind-tickets", "connectionMode": "Public",
                 "kmsArn": "arn:aws:kms:eu-west-1:123456789012:key/abc",
                 "connectorProfileConfig": {
                   "connectorProfileProperties": {"CustomConnector": {
                     "oAuth2Properties": {"oAuth2GrantType": "CLIENT_CREDENTIALS",
                       "tokenUrl": "https://login.northwind-tickets.example/oauth2/token",
                       "tokenUrlCustomProperties": {"audience": "https://api.northwind-tickets.example"}},
                     "profileProperties": {"subdomain": "acme"}}},
                   "connectorProfileCredentials": {"CustomConnector": {"authenticationType": "OAUTH2",
                     "oauth2": {"clientId": "client-1", "clientSecret": "shh"}}}}}
                """);
        assertThat(build(northwind, method(northwind, "oauth2"), values, Redaction.NONE))
                .isEqualTo(expected);
        ((ObjectNode) expected.at("/connectorProfileConfig/connectorProfileCredentials/CustomConnector/oauth2"))
                .put("clientSecret", "****");
        assertThat(build(northwind, method(northwind, "oauth2"), values, Redaction.MASK))
                .isEqualTo(expected);
    }

    @Test
    void northwindBasicRequestLeavesOutWhatTheOtherMethodHolds() {
        AuthFormSpec northwind = spec("northwind-tickets");
        FormValues values = new FormValues();
        values.set("/connectorProfileName", "nw-basic");
        values.set("/connectionMode", "Public");
        values.set(CUSTOM_CREDENTIALS + "/basic/username", "agent");
        values.set(CUSTOM_CREDENTIALS + "/basic/password", "pw");
        values.set(CUSTOM_CREDENTIALS + "/oauth2/clientSecret", "typed before switching");
        values.set(PROFILE_PROPERTIES + "subdomain", "acme");

        assertThat(build(northwind, method(northwind, "basic"), values, Redaction.MASK))
                .isEqualTo(JsonTrees.parse("""
                {"connectorProfileName": "nw-basic", "connectorType": "CustomConnector",
                 "connectorLabel": "northwind-tickets", "connectionMode": "Public",
                 "connectorProfileConfig": {
                   "connectorProfileProperties": {"CustomConnector": {"profileProperties": {"subdomain": "acme"}}},
                   "connectorProfileCredentials": {"CustomConnector": {"authenticationType": "BASIC",
                     "basic": {"username": "agent", "password": "****"}}}}}
                """));
    }

    @Test
    void globexApiKeyRequestOverPrivateLink() {
        AuthFormSpec globex = spec("globex-warehouse");
        FormValues values = new FormValues();
        values.set("/connectorProfileName", "globex");
        values.set("/connectionMode", "Private");
        values.set(CUSTOM_CREDENTIALS + "/apiKey/apiKey", "key-1");
        values.set(PROFILE_PROPERTIES + "warehouseEndpoint", "wh.globex.example");
        values.set(PROFILE_PROPERTIES + "database", "sales");

        assertThat(build(globex, method(globex, "apiKey"), values, Redaction.NONE))
                .isEqualTo(JsonTrees.parse("""
                {"connectorProfileName": "globex", "connectorType": "CustomConnector",
                 "connectorLabel": "globex-warehouse", "connectionMode": "Private",
                 "connectorProfileConfig": {
                   "connectorProfileProperties": {"CustomConnector": {"profileProperties":
                     {"warehouseEndpoint": "wh.globex.example", "database": "sales"}}},
                   "connectorProfileCredentials": {"CustomConnector": {"authenticationType": "APIKEY",
                     "apiKey": {"apiKey": "key-1"}}}}}
                """));
    }

    @Test
    void initechCustomRequestKeepsRuntimeSettingsAsStrings() {
        AuthFormSpec initech = spec("initech-events");
        FormValues values = new FormValues();
        values.set("/connectorProfileName", "initech");
        values.set("/connectionMode", "Public");
        values.set(CREDENTIALS_MAP + "tenantId", "t-1");
        values.set(PROFILE_PROPERTIES + "maxRetries", "5");
        values.set(PROFILE_PROPERTIES + "apiHostOverride", "api.initech.example");

        JsonNode request = build(initech, method(initech, "custom:InitechSignedRequest"), values, Redaction.NONE);

        assertThat(request.at("/connectorProfileConfig/connectorProfileProperties"))
                .isEqualTo(JsonTrees.parse("""
                {"CustomConnector": {"profileProperties": {"apiHostOverride": "api.initech.example", "maxRetries": "5"}}}"""));
        assertThat(request.at("/connectorProfileConfig/connectorProfileCredentials/CustomConnector/custom"))
                .isEqualTo(JsonTrees.parse("""
                        {"customAuthenticationType": "InitechSignedRequest", "credentialsMap": {"tenantId": "t-1"}}"""));
    }

    @Test
    void salesforceRequestWritesBooleansAsJsonBooleans() {
        AuthFormSpec salesforce = spec("Salesforce");
        FormValues values = new FormValues();
        values.set("/connectorProfileName", "sf");
        values.set("/connectionMode", "Public");
        values.set(CREDENTIALS + "/Salesforce/accessToken", "00Dxx!token");
        values.set(CREDENTIALS + "/Salesforce/refreshToken", "5Aep!refresh");
        values.set(PROPERTIES + "/Salesforce/instanceUrl", "https://acme.my.salesforce.com");
        values.set(PROPERTIES + "/Salesforce/isSandboxEnvironment", Boolean.FALSE);
        values.set(PROPERTIES + "/Salesforce/usePrivateLinkForMetadataAndAuthorization", "true");

        assertThat(build(salesforce, method(salesforce, "oauth2:accessToken"), values, Redaction.MASK))
                .isEqualTo(JsonTrees.parse("""
                {"connectorProfileName": "sf", "connectorType": "Salesforce", "connectionMode": "Public",
                 "connectorProfileConfig": {
                   "connectorProfileProperties": {"Salesforce": {"instanceUrl": "https://acme.my.salesforce.com",
                     "isSandboxEnvironment": false, "usePrivateLinkForMetadataAndAuthorization": true}},
                   "connectorProfileCredentials": {"Salesforce": {"oAuth2GrantType": "AUTHORIZATION_CODE",
                     "accessToken": "****", "refreshToken": "****"}}}}
                """));
    }

    @Test
    void snowflakeRequest() {
        AuthFormSpec snowflake = spec("Snowflake");
        FormValues values = new FormValues();
        values.set("/connectorProfileName", "snow");
        values.set("/connectionMode", "Public");
        values.set(CREDENTIALS + "/Snowflake/username", "loader");
        values.set(CREDENTIALS + "/Snowflake/password", "pw");
        values.set(PROPERTIES + "/Snowflake/warehouse", "COMPUTE_WH");
        values.set(PROPERTIES + "/Snowflake/stage", "APPFLOW.PUBLIC.STAGE");
        values.set(PROPERTIES + "/Snowflake/bucketName", "appflow-stage");

        assertThat(build(snowflake, method(snowflake, "credentials"), values, Redaction.NONE))
                .isEqualTo(JsonTrees.parse("""
                {"connectorProfileName": "snow", "connectorType": "Snowflake", "connectionMode": "Public",
                 "connectorProfileConfig": {
                   "connectorProfileProperties": {"Snowflake": {"warehouse": "COMPUTE_WH",
                     "stage": "APPFLOW.PUBLIC.STAGE", "bucketName": "appflow-stage"}},
                   "connectorProfileCredentials": {"Snowflake": {"username": "loader", "password": "pw"}}}}
                """));
    }

    @Test
    void zendeskAndSlackRequestsUseTheirModelMemberNames() {
        for (String type : List.of("Zendesk", "Slack")) {
            AuthFormSpec spec = spec(type);
            FormValues values = new FormValues();
            values.set("/connectorProfileName", type.toLowerCase(Locale.ROOT));
            values.set("/connectionMode", "Public");
            values.set(CREDENTIALS + "/" + type + "/clientId", "cid");
            values.set(CREDENTIALS + "/" + type + "/clientSecret", "cs");
            values.set(PROPERTIES + "/" + type + "/instanceUrl", "https://acme.example.com");

            assertThat(build(spec, method(spec, "credentials"), values, Redaction.MASK)
                            .get("connectorProfileConfig"))
                    .as(type)
                    .isEqualTo(JsonTrees.parse("""
                            {"connectorProfileProperties": {"%1$s": {"instanceUrl": "https://acme.example.com"}},
                             "connectorProfileCredentials": {"%1$s": {"clientId": "cid", "clientSecret": "****"}}}
                            """.formatted(type)));
        }
    }

    @Test
    void sapNumbersBecomeJsonNumbersAndScopesAList() {
        AuthFormSpec sap = spec("SAPOData");
        FormValues values = new FormValues();
        values.set(PROPERTIES + "/SAPOData/portNumber", "443");
        values.set(PROPERTIES + "/SAPOData/oAuthProperties/oAuthScopes", List.of("API_BUSINESS_PARTNER", "openid"));

        JsonNode properties = build(sap, method(sap, "group:basicAuthCredentials"), values, Redaction.NONE)
                .at("/connectorProfileConfig/connectorProfileProperties/SAPOData");

        assertThat(properties).isEqualTo(JsonTrees.parse("""
                {"portNumber": 443, "oAuthProperties": {"oAuthScopes": ["API_BUSINESS_PARTNER", "openid"]}}"""));
    }

    @Test
    void valuesThatDoNotConvertStayTextForValidationToReport() {
        AuthFormSpec sap = spec("SAPOData");
        FormValues values = new FormValues();
        values.set(PROPERTIES + "/SAPOData/portNumber", "eighty");
        values.set(PROPERTIES + "/SAPOData/disableSSO", "maybe");

        JsonNode properties = build(sap, method(sap, "group:basicAuthCredentials"), values, Redaction.NONE)
                .at("/connectorProfileConfig/connectorProfileProperties/SAPOData");

        assertThat(properties).isEqualTo(JsonTrees.parse("{\"portNumber\": \"eighty\", \"disableSSO\": \"maybe\"}"));
    }

    @Test
    void booleansInAStringMapAreWrittenAsText() {
        AuthFormSpec spec = FormFixtures.custom(
                FormFixtures.customAuth("T", FormFixtures.NODES.arrayNode()),
                FormFixtures.array(FormFixtures.setting("verbose", "Boolean", "CONNECTOR_PROFILE")));
        FormValues values = new FormValues();
        values.set(PROFILE_PROPERTIES + "verbose", Boolean.TRUE);

        assertThat(build(spec, spec.methods().get(0), values, Redaction.NONE).at(PROFILE_PROPERTIES + "verbose"))
                .isEqualTo(JsonTrees.parse("\"true\""));
    }

    @Test
    void emptyFormStillHasTheRequiredSkeleton() {
        AuthFormSpec amplitude = spec("Amplitude");

        assertThat(build(amplitude, method(amplitude, "credentials"), new FormValues(), Redaction.MASK))
                .isEqualTo(JsonTrees.parse("""
                        {"connectorType": "Amplitude",
                         "connectorProfileConfig": {"connectorProfileProperties": {"Amplitude": {}}}}"""));
    }

    @Test
    void withoutAMethodThereAreNoCredentials() {
        AuthFormSpec spec = FormFixtures.custom(FormFixtures.NODES.objectNode(), null);
        FormValues values = new FormValues();
        values.set("/connectorProfileName", "x");

        assertThat(build(spec, null, values, Redaction.NONE)).isEqualTo(JsonTrees.parse("""
                {"connectorProfileName": "x", "connectorType": "CustomConnector", "connectorLabel": "synthetic",
                 "connectorProfileConfig": {"connectorProfileProperties": {"CustomConnector": {}}}}"""));
    }

    @Test
    void aKeyWithASlashIsOneMemberOfTheMap() {
        AuthFormSpec spec = FormFixtures.custom(
                FormFixtures.customAuth("T", FormFixtures.array(FormFixtures.parameter("a/b", true, false))), null);
        FormValues values = new FormValues();
        values.set(spec.methods().get(0).fields().get(0).path(), "v");

        assertThat(
                        build(spec, spec.methods().get(0), values, Redaction.NONE)
                                .at(
                                        "/connectorProfileConfig/connectorProfileCredentials/CustomConnector/custom/credentialsMap"))
                .isEqualTo(JsonTrees.parse("{\"a/b\": \"v\"}"));
    }

    private static ObjectNode build(AuthFormSpec spec, AuthMethod method, FormValues values, Redaction redaction) {
        return ProfileRequest.build(spec, method, values, redaction);
    }
}

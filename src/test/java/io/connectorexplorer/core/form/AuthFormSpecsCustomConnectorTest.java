package io.connectorexplorer.core.form;

import static io.connectorexplorer.core.form.FormFixtures.CREDENTIALS_MAP;
import static io.connectorexplorer.core.form.FormFixtures.CUSTOM_CREDENTIALS;
import static io.connectorexplorer.core.form.FormFixtures.OAUTH2_PROPERTIES;
import static io.connectorexplorer.core.form.FormFixtures.PROFILE_PROPERTIES;
import static io.connectorexplorer.core.form.FormFixtures.field;
import static io.connectorexplorer.core.form.FormFixtures.method;
import static io.connectorexplorer.core.form.FormFixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.groups.Tuple.tuple;

import io.connectorexplorer.core.connector.ConnectorKey;
import org.junit.jupiter.api.Test;

/** Forms for the custom connectors of the demo account, built from their authenticationConfig. */
class AuthFormSpecsCustomConnectorTest {

    @Test
    void profileFieldsAreNameModeAndKmsKey() {
        AuthFormSpec acme = spec("acme-crm");

        assertThat(acme.connector()).isEqualTo(ConnectorKey.custom("acme-crm"));
        assertThat(acme.connectorName()).isEqualTo("Acme CRM");
        assertThat(acme.needsProfile()).isTrue();
        assertThat(acme.profileFields())
                .extracting(FieldSpec::path)
                .containsExactly("/connectorProfileName", "/connectionMode", "/kmsArn");
        assertThat(acme.profileFields()).extracting(FieldSpec::required).containsExactly(true, true, false);
        assertThat(acme.profileFields().get(1).kind()).isEqualTo(FieldKind.CHOICE);
    }

    @Test
    void privateConnectionsAreOfferedOnlyWithPrivateLink() {
        assertThat(spec("acme-crm").profileFields().get(1).options()).containsExactly("Public");
        assertThat(spec("globex-warehouse").profileFields().get(1).options()).containsExactly("Public", "Private");
    }

    @Test
    void acmeOffersOneMethodPerCustomAuthType() {
        AuthFormSpec acme = spec("acme-crm");

        assertThat(acme.methods())
                .extracting(AuthMethod::id)
                .containsExactly("custom:ApiToken", "custom:HmacSignature");
        assertThat(acme.methods()).extracting(AuthMethod::label).containsExactly("ApiToken", "HmacSignature");
        assertThat(acme.methods()).extracting(AuthMethod::authenticationType).containsOnly("CUSTOM");
        assertThat(method(acme, "custom:ApiToken").fixedValues())
                .containsExactly(
                        entry(CUSTOM_CREDENTIALS + "/authenticationType", "CUSTOM"),
                        entry(CUSTOM_CREDENTIALS + "/custom/customAuthenticationType", "ApiToken"));
        assertThat(acme.notes()).isEmpty();
    }

    @Test
    void customParametersBecomeFieldsWithLabelHelpRequiredMaskAndChoices() {
        AuthMethod apiToken = method(spec("acme-crm"), "custom:ApiToken");

        assertThat(apiToken.fields())
                .extracting(FieldSpec::path)
                .containsExactly(
                        CREDENTIALS_MAP + "apiToken",
                        CREDENTIALS_MAP + "accountId",
                        CREDENTIALS_MAP + "dataRegion",
                        CREDENTIALS_MAP + "sandbox");
        FieldSpec token = apiToken.fields().get(0);
        assertThat(token.label()).isEqualTo("API token");
        assertThat(token.help()).startsWith("Personal or service API token");
        assertThat(token.required()).isTrue();
        assertThat(token.kind()).isEqualTo(FieldKind.SECRET);
        assertThat(token.sensitive()).isTrue();

        FieldSpec account = apiToken.fields().get(1);
        assertThat(account.kind()).isEqualTo(FieldKind.TEXT);

        FieldSpec region = apiToken.fields().get(2);
        assertThat(region.kind()).isEqualTo(FieldKind.EDITABLE_CHOICE);
        assertThat(region.options()).containsExactly("us", "eu", "ca", "au", "jp");

        assertThat(apiToken.fields().get(3).required()).isFalse();
    }

    @Test
    void everyCredentialsMapValueIsRedactedBecauseTheModelMarksTheMapSensitive() {
        // CredentialsMapValue is sensitive in the model: shown in clear while typing, masked everywhere else.
        FieldSpec account =
                field(spec("acme-crm"), method(spec("acme-crm"), "custom:ApiToken"), CREDENTIALS_MAP + "accountId");

        assertThat(account.kind()).isEqualTo(FieldKind.TEXT);
        assertThat(account.sensitive()).isTrue();
    }

    @Test
    void runtimeSettingsWithProfileScopeBecomeTypedPropertyFields() {
        AuthFormSpec acme = spec("acme-crm");

        assertThat(acme.propertyFields())
                .extracting(FieldSpec::path)
                .containsExactly(PROFILE_PROPERTIES + "instanceUrl", PROFILE_PROPERTIES + "requestTimeoutSeconds");
        FieldSpec timeout = acme.propertyFields().get(1);
        assertThat(timeout.kind()).isEqualTo(FieldKind.INTEGER);
        assertThat(timeout.options()).containsExactly("30", "60", "120");
        assertThat(timeout.label()).isEqualTo("Request timeout in seconds");
        assertThat(timeout.help()).isEqualTo("Timeout applied to every call made to the Acme API");
        assertThat(timeout.wire()).isEqualTo(FieldSpec.Wire.STRING);
        assertThat(acme.propertiesPath())
                .isEqualTo("/connectorProfileConfig/connectorProfileProperties/CustomConnector");
    }

    @Test
    void initechHasTwelveParametersAndTwoProfileSettings() {
        AuthFormSpec initech = spec("initech-events");
        AuthMethod signed = method(initech, "custom:InitechSignedRequest");

        assertThat(signed.fields()).hasSize(12);
        assertThat(signed.fields())
                .filteredOn(f -> f.kind() == FieldKind.SECRET)
                .extracting(FieldSpec::label)
                .containsExactly("Client secret", "Signing private key", "Signing key passphrase", "Proxy password");
        assertThat(signed.fields()).filteredOn(FieldSpec::required).hasSize(6);
        assertThat(initech.propertyFields())
                .extracting(FieldSpec::label, FieldSpec::kind, FieldSpec::required)
                .containsExactly(
                        tuple("API host override", FieldKind.TEXT, false),
                        tuple("Maximum retries", FieldKind.INTEGER, false));
    }

    @Test
    void northwindOffersBasicAndOAuth2() {
        AuthFormSpec northwind = spec("northwind-tickets");

        assertThat(northwind.methods())
                .extracting(AuthMethod::id, AuthMethod::label, AuthMethod::authenticationType)
                .containsExactly(tuple("basic", "Basic", "BASIC"), tuple("oauth2", "OAuth 2.0", "OAUTH2"));
        assertThat(northwind.propertyFields())
                .extracting(FieldSpec::path)
                .containsExactly(PROFILE_PROPERTIES + "subdomain");
        assertThat(northwind.propertyFields().get(0).required()).isTrue();
    }

    @Test
    void basicAsksForUserNameAndMaskedPassword() {
        AuthMethod basic = method(spec("northwind-tickets"), "basic");

        assertThat(basic.fields())
                .extracting(FieldSpec::path, FieldSpec::kind, FieldSpec::required)
                .containsExactly(
                        tuple(CUSTOM_CREDENTIALS + "/basic/username", FieldKind.TEXT, true),
                        tuple(CUSTOM_CREDENTIALS + "/basic/password", FieldKind.SECRET, true));
        assertThat(basic.fixedValues()).containsExactly(entry(CUSTOM_CREDENTIALS + "/authenticationType", "BASIC"));
    }

    @Test
    void oauth2TakesGrantTypesAndUrlsFromTheDefaults() {
        AuthMethod oauth = method(spec("northwind-tickets"), "oauth2");

        FieldSpec grant = oauth.fields().get(0);
        assertThat(grant.path()).isEqualTo(OAUTH2_PROPERTIES + "/oAuth2GrantType");
        assertThat(grant.kind()).isEqualTo(FieldKind.CHOICE);
        assertThat(grant.options()).containsExactly("AUTHORIZATION_CODE", "CLIENT_CREDENTIALS", "JWT_BEARER");
        FieldSpec tokenUrl = oauth.fields().get(1);
        assertThat(tokenUrl.path()).isEqualTo(OAUTH2_PROPERTIES + "/tokenUrl");
        assertThat(tokenUrl.options()).hasSize(3).allSatisfy(u -> assertThat(u).endsWith("/oauth2/token"));
        assertThat(tokenUrl.required()).isTrue();
    }

    @Test
    void oauth2ClientIdAndMaskedSecretGoToTheOAuth2Credentials() {
        AuthMethod oauth = method(spec("northwind-tickets"), "oauth2");

        assertThat(oauth.fields())
                .extracting(FieldSpec::path)
                .contains(
                        CUSTOM_CREDENTIALS + "/oauth2/clientId", CUSTOM_CREDENTIALS + "/oauth2/clientSecret",
                        CUSTOM_CREDENTIALS + "/oauth2/accessToken", CUSTOM_CREDENTIALS + "/oauth2/refreshToken",
                        CUSTOM_CREDENTIALS + "/oauth2/oAuthRequest/authCode",
                                CUSTOM_CREDENTIALS + "/oauth2/oAuthRequest/redirectUri");
        assertThat(field(spec("northwind-tickets"), oauth, CUSTOM_CREDENTIALS + "/oauth2/clientSecret")
                        .kind())
                .isEqualTo(FieldKind.SECRET);
        assertThat(field(spec("northwind-tickets"), oauth, CUSTOM_CREDENTIALS + "/oauth2/clientId")
                        .kind())
                .isEqualTo(FieldKind.TEXT);
    }

    @Test
    void oauth2CustomPropertiesAreSplitByType() {
        AuthMethod oauth = method(spec("northwind-tickets"), "oauth2");

        assertThat(oauth.fields())
                .extracting(FieldSpec::path)
                .contains(
                        OAUTH2_PROPERTIES + "/tokenUrlCustomProperties/audience",
                        OAUTH2_PROPERTIES + "/tokenUrlCustomProperties/client_assertion_key");
        assertThat(oauth.fields())
                .extracting(FieldSpec::path)
                .noneMatch(p -> p.endsWith("/prompt") || p.endsWith("/organization"));
        assertThat(oauth.authorizationFields())
                .extracting(FieldSpec::path)
                .containsExactly(
                        "/authorization/authCodeUrl", "/authorization/scopes",
                        "/authorization/parameters/prompt", "/authorization/parameters/organization");
        FieldSpec assertion = field(
                spec("northwind-tickets"), oauth, OAUTH2_PROPERTIES + "/tokenUrlCustomProperties/client_assertion_key");
        assertThat(assertion.kind()).isEqualTo(FieldKind.SECRET);
        FieldSpec audience =
                field(spec("northwind-tickets"), oauth, OAUTH2_PROPERTIES + "/tokenUrlCustomProperties/audience");
        assertThat(audience.required()).isTrue();
        // Token-URL property values are not a sensitive shape: only the masked one is redacted.
        assertThat(audience.sensitive()).isFalse();
    }

    @Test
    void scopesAreAMultiChoiceOutsideTheRequest() {
        AuthMethod oauth = method(spec("northwind-tickets"), "oauth2");
        FieldSpec scopes = oauth.authorizationFields().get(1);

        assertThat(scopes.kind()).isEqualTo(FieldKind.MULTI_CHOICE);
        assertThat(scopes.options()).contains("tickets:read", "offline_access").hasSize(7);
        assertThat(scopes.help()).contains("Not sent to AppFlow");
        assertThat(oauth.authorizationFields().get(0).options())
                .allSatisfy(u -> assertThat(u).endsWith("/authorize"));
    }

    @Test
    void globexOffersBasicAndApiKey() {
        AuthFormSpec globex = spec("globex-warehouse");

        assertThat(globex.methods()).extracting(AuthMethod::id).containsExactly("basic", "apiKey");
        AuthMethod apiKey = method(globex, "apiKey");
        assertThat(apiKey.fields())
                .extracting(FieldSpec::path, FieldSpec::kind, FieldSpec::required)
                .containsExactly(
                        tuple(CUSTOM_CREDENTIALS + "/apiKey/apiKey", FieldKind.SECRET, true),
                        tuple(CUSTOM_CREDENTIALS + "/apiKey/apiSecretKey", FieldKind.SECRET, false));
        assertThat(globex.propertyFields())
                .extracting(FieldSpec::label)
                .containsExactly("Warehouse endpoint", "Database");
        assertThat(globex.propertyFields()).allMatch(FieldSpec::required);
    }
}

package io.connectorexplorer.core.form;

import static io.connectorexplorer.core.form.FormFixtures.CREDENTIALS;
import static io.connectorexplorer.core.form.FormFixtures.MODEL;
import static io.connectorexplorer.core.form.FormFixtures.method;
import static io.connectorexplorer.core.form.FormFixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.core.connector.ConnectorDescription;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.model.ModelValidator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Connectors authored by Amazon: which ways to sign in the form offers, and what each one requires. */
class AmazonCredentialMethodsTest {

    @Test
    void everyWayToSignInRequiresSomethingSaveRedshiftWhoseCredentialsAreOptional() {
        List<String> nothingRequired = new ArrayList<>();
        for (String type : MODEL.shape("ConnectorProfileCredentials").members().keySet()) {
            if (type.equals("CustomConnector")) {
                continue;
            }
            AuthFormSpec spec = AuthFormSpecs.forConnector(
                    new ConnectorDescription(
                            ConnectorKey.amazon(type),
                            FormFixtures.NODES.objectNode().put("connectorType", type)),
                    MODEL);
            assertThat(spec.methods()).as(type).isNotEmpty();
            spec.methods().stream()
                    .filter(m -> m.fields().stream().noneMatch(FieldSpec::required))
                    .forEach(m -> nothingRequired.add(type + " " + m.id()));
        }

        assertThat(nothingRequired).containsExactly("Redshift credentials");
    }

    @ParameterizedTest
    @ValueSource(strings = {"oauth2:accessToken", "oauth2:authCode", "oauth2:clientCredentials", "oauth2:jwtBearer"})
    void salesforceWithEveryCredentialEmptyIsNotReady(String methodId) {
        AuthFormSpec salesforce = spec("Salesforce");
        FormValues values = new FormValues();
        values.set("/connectorProfileName", "sf");
        values.set("/connectionMode", "Public");

        FormProblems problems = FormCheck.check(salesforce, method(salesforce, methodId), values, MODEL);

        assertThat(problems.isValid()).isFalse();
        assertThat(problems.fieldProblems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("is required"));
    }

    @Test
    void aSalesforceJwtRequestCarriesItsGrantTypeAndPassesTheModel() {
        AuthFormSpec salesforce = spec("Salesforce");
        AuthMethod jwt = method(salesforce, "oauth2:jwtBearer");
        FormValues values = new FormValues();
        values.set("/connectorProfileName", "sf");
        values.set("/connectionMode", "Public");
        values.set(CREDENTIALS + "/Salesforce/jwtToken", "eyJhbGciOi.eyJpc3Mi.c2lnbmF0dXJl");

        assertThat(FormCheck.check(salesforce, jwt, values, MODEL).isValid()).isTrue();
        ObjectNode request = ProfileRequest.build(salesforce, jwt, values, Redaction.NONE);
        assertThat(request.at(CREDENTIALS + "/Salesforce/oAuth2GrantType").asText())
                .isEqualTo("JWT_BEARER");
        assertThat(ModelValidator.validate(MODEL, "CreateConnectorProfileRequest", request))
                .isEmpty();
    }

    @Test
    void serviceNowOffersUserAndPasswordOrOAuthWithoutAskingTheOtherWaysMembers() {
        AuthFormSpec serviceNow = spec("Servicenow");
        String base = CREDENTIALS + "/ServiceNow/";

        assertThat(serviceNow.methods())
                .extracting(AuthMethod::id)
                .containsExactly("basic", "oauth2:accessToken", "oauth2:authCode");
        assertThat(method(serviceNow, "basic").fields())
                .extracting(FieldSpec::path, FieldSpec::required)
                .containsExactly(tuple(base + "username", true), tuple(base + "password", true));
        assertThat(method(serviceNow, "oauth2:accessToken").fields())
                .extracting(FieldSpec::path, FieldSpec::required)
                .containsExactly(
                        tuple(base + "oAuth2Credentials/accessToken", true),
                        tuple(base + "oAuth2Credentials/refreshToken", false),
                        tuple(base + "oAuth2Credentials/clientId", false),
                        tuple(base + "oAuth2Credentials/clientSecret", false));
        assertThat(method(serviceNow, "oauth2:authCode").fields())
                .noneMatch(f -> f.path().endsWith("/username") || f.path().endsWith("/password"));
        // No grant type in ServiceNow's shape: nothing to set.
        assertThat(serviceNow.methods())
                .allSatisfy(m -> assertThat(m.fixedValues()).isEmpty());
    }

    @Test
    void pardotAndHoneycodeAreOAuthTokenOrCode() {
        AuthFormSpec pardot = spec("Pardot");
        AuthFormSpec honeycode = spec("Honeycode");

        assertThat(pardot.methods())
                .extracting(AuthMethod::id)
                .containsExactly("oauth2:accessToken", "oauth2:authCode");
        assertThat(method(pardot, "oauth2:accessToken").fields())
                .extracting(FieldSpec::label, FieldSpec::required)
                .containsExactly(
                        tuple("Access token", true),
                        tuple("Refresh token", false),
                        tuple("Client credentials ARN", false));
        assertThat(honeycode.methods())
                .extracting(AuthMethod::id)
                .containsExactly("oauth2:accessToken", "oauth2:authCode");
    }

    @Test
    void shapesThatRequireMembersKeepOneMethodWithThoseRequired() {
        assertThat(method(spec("Datadog"), "credentials").fields())
                .extracting(FieldSpec::label, FieldSpec::required)
                .containsExactly(tuple("API key", true), tuple("Application key", true));
        assertThat(spec("Zendesk").methods()).extracting(AuthMethod::id).containsExactly("credentials");
        // Zendesk, Slack: OAuth tokens stay optional beside the client ID and secret the model requires.
        assertThat(method(spec("Slack"), "credentials").fields())
                .filteredOn(FieldSpec::required)
                .extracting(FieldSpec::label)
                .containsExactly("Client ID", "Client secret");
    }

    @Test
    void redshiftKeepsItsOptionalCredentials() {
        AuthFormSpec redshift = spec("Redshift");

        assertThat(redshift.methods()).extracting(AuthMethod::id).containsExactly("credentials");
        assertThat(method(redshift, "credentials").fields())
                .extracting(FieldSpec::label, FieldSpec::required)
                .containsExactly(tuple("Username", false), tuple("Password", false));
    }
}

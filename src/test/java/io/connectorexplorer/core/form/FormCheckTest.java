package io.connectorexplorer.core.form;

import static io.connectorexplorer.core.form.FormFixtures.CREDENTIALS_MAP;
import static io.connectorexplorer.core.form.FormFixtures.MODEL;
import static io.connectorexplorer.core.form.FormFixtures.NODES;
import static io.connectorexplorer.core.form.FormFixtures.PROFILE_PROPERTIES;
import static io.connectorexplorer.core.form.FormFixtures.PROPERTIES;
import static io.connectorexplorer.core.form.FormFixtures.array;
import static io.connectorexplorer.core.form.FormFixtures.custom;
import static io.connectorexplorer.core.form.FormFixtures.customAuth;
import static io.connectorexplorer.core.form.FormFixtures.method;
import static io.connectorexplorer.core.form.FormFixtures.parameter;
import static io.connectorexplorer.core.form.FormFixtures.setting;
import static io.connectorexplorer.core.form.FormFixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormCheckTest {

    private static final AuthFormSpec ACME = spec("acme-crm");
    private static final AuthMethod API_TOKEN = method(ACME, "custom:ApiToken");

    /** An Acme form with everything required filled correctly. */
    private static FormValues acmeFilled() {
        FormValues values = new FormValues();
        values.set("/connectorProfileName", "acme-prod");
        values.set("/connectionMode", "Public");
        values.set(CREDENTIALS_MAP + "apiToken", "tok");
        values.set(CREDENTIALS_MAP + "accountId", "4711");
        values.set(CREDENTIALS_MAP + "dataRegion", "eu");
        return values;
    }

    private static FormProblems checkAcme(FormValues values) {
        return FormCheck.check(ACME, API_TOKEN, values, MODEL);
    }

    @Test
    void aCompleteFormIsValid() {
        FormProblems problems = checkAcme(acmeFilled());

        assertThat(problems.isValid()).isTrue();
        assertThat(problems.count()).isZero();
    }

    @Test
    void anEmptyFormListsEveryRequiredFieldInFormOrder() {
        FormProblems problems = checkAcme(new FormValues());

        assertThat(problems.fieldMessages())
                .containsExactly(
                        entry("/connectorProfileName", "is required"),
                        entry("/connectionMode", "is required"),
                        entry(CREDENTIALS_MAP + "apiToken", "is required"),
                        entry(CREDENTIALS_MAP + "accountId", "is required"),
                        entry(CREDENTIALS_MAP + "dataRegion", "is required"));
        assertThat(problems.formMessages()).isEmpty();
        assertThat(problems.count()).isEqualTo(5);
        assertThat(problems.isValid()).isFalse();
    }

    @Test
    void profileNamesAreAtMost256Characters() {
        FormValues values = acmeFilled();
        values.set("/connectorProfileName", "n".repeat(256));
        assertThat(checkAcme(values).isValid()).isTrue();

        values.set("/connectorProfileName", "n".repeat(257));
        assertThat(checkAcme(values).messageFor("/connectorProfileName")).hasValue("at most 256 characters");
    }

    @Test
    void fiftyOneCredentialsAreAFormLevelError() {
        ArrayNode parameters = NODES.arrayNode();
        IntStream.range(0, 300).forEach(i -> parameters.add(parameter("p" + i, false, false)));
        AuthFormSpec big = custom(customAuth("Big", parameters), null);
        FormValues values = new FormValues();
        values.set("/connectorProfileName", "big");
        values.set("/connectionMode", "Public");
        IntStream.range(0, 50).forEach(i -> values.set(CREDENTIALS_MAP + "p" + i, "v"));

        assertThat(FormCheck.check(big, big.methods().get(0), values, MODEL).isValid())
                .isTrue();

        values.set(CREDENTIALS_MAP + "p299", "v");
        FormProblems problems = FormCheck.check(big, big.methods().get(0), values, MODEL);

        assertThat(problems.fieldMessages()).isEmpty();
        assertThat(problems.formMessages()).containsExactly("Credentials map: at most 50 entries");
        assertThat(problems.count()).isOne();
    }

    @Test
    void connectionModeMustBeAnOfferedChoice() {
        FormValues values = acmeFilled();
        values.set("/connectionMode", "Private");

        assertThat(checkAcme(values).fieldMessages())
                .containsExactly(entry("/connectionMode", "must be one of Public"));
    }

    @Test
    void modelEnumsAreCheckedToo() {
        // A text field where the model wants one of its grant types: the model, not the input kind, refuses it.
        AuthFormSpec salesforce = spec("Salesforce");
        String grantType = FormFixtures.CREDENTIALS + "/Salesforce/oAuth2GrantType";
        AuthMethod typed = new AuthMethod(
                "typed", "Typed", null, List.of(FieldSpec.text(grantType, "Grant type", "", true)), List.of(), null);
        FormValues values = new FormValues();
        values.set("/connectorProfileName", "sf");
        values.set("/connectionMode", "Public");
        values.set(grantType, "PASSWORD");

        FormProblems problems = FormCheck.check(salesforce, typed, values, MODEL);

        assertThat(problems.fieldMessages())
                .containsExactly(entry(grantType, "must be one of CLIENT_CREDENTIALS, AUTHORIZATION_CODE, JWT_BEARER"));
    }

    @Test
    void anInvalidKmsArnIsReportedByTheModel() {
        FormValues values = acmeFilled();
        values.set("/kmsArn", "arn:aws:kms:nope");

        assertThat(checkAcme(values).messageFor("/kmsArn")).hasValue("at least 20 characters");
        values.set("/kmsArn", "arn:aws:kms:us-east-1:account:key/x");
        assertThat(checkAcme(values).messageFor("/kmsArn"))
                .hasValue("must be a KMS key ARN: arn:aws:kms:<Region>:<account ID>:<resource>");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Integer  | 12         | ",
                "Integer  | -3         | ",
                "Integer  | twelve     | must be a whole number",
                "Integer  | 3000000000 | must be between -2147483648 and 2147483647",
                "Long     | 3000000000 | ",
                "Long     | 1.5        | must be a whole number",
                "Date     | 2024-02-29 | ",
                "Date     | 2023-02-29 | must be a date like 2024-01-31",
                "DateTime | 2024-01-31T09:30:00Z      | ",
                "DateTime | 2024-01-31T09:30:00+01:00 | ",
                "DateTime | 2024-01-31T09:30          | ",
                "DateTime | 31.01.2024 09:30          | must be a date and time like 2024-01-31T09:30:00Z",
                "Boolean  | true       | ",
                "Boolean  | yes        | must be true or false",
                "Foo      | anything   | "
            })
    void typedSettingsAreCheckedByKind(String dataType, String value, String message) {
        AuthFormSpec spec =
                custom(customAuth("T", NODES.arrayNode()), array(setting("s", dataType, "CONNECTOR_PROFILE")));
        FormValues values = new FormValues();
        values.set("/connectorProfileName", "p");
        values.set("/connectionMode", "Public");
        values.set(PROFILE_PROPERTIES + "s", value);

        FormProblems problems = FormCheck.check(spec, spec.methods().get(0), values, MODEL);

        if (message == null) {
            assertThat(problems.isValid()).as(problems.toString()).isTrue();
        } else {
            assertThat(problems.fieldMessages()).containsExactly(entry(PROFILE_PROPERTIES + "s", message));
        }
    }

    @Test
    void aRequiredMemberOfAStartedGroupIsRequiredBesideItsField() {
        AuthFormSpec sap = spec("SAPOData");
        AuthMethod basic = method(sap, "group:basicAuthCredentials");
        String oAuth = PROPERTIES + "/SAPOData/oAuthProperties/";
        FormValues values = sapFilled();
        assertThat(FormCheck.check(sap, basic, values, MODEL).isValid()).isTrue();

        values.set(oAuth + "tokenUrl", "https://sap.example.com/token");
        FormProblems problems = FormCheck.check(sap, basic, values, MODEL);

        assertThat(problems.fieldMessages())
                .containsExactly(
                        entry(oAuth + "authCodeUrl", "is required"), entry(oAuth + "oAuthScopes", "is required"));
    }

    @Test
    void numbersOutsideTheModelRangeAreReported() {
        AuthFormSpec sap = spec("SAPOData");
        FormValues values = sapFilled();
        values.set(PROPERTIES + "/SAPOData/portNumber", "70000");

        assertThat(FormCheck.check(sap, method(sap, "group:basicAuthCredentials"), values, MODEL)
                        .messageFor(PROPERTIES + "/SAPOData/portNumber"))
                .hasValue("at most 65535");
    }

    private static FormValues sapFilled() {
        String basic = FormFixtures.CREDENTIALS + "/SAPOData/basicAuthCredentials/";
        FormValues values = new FormValues();
        values.set("/connectorProfileName", "sap");
        values.set("/connectionMode", "Public");
        values.set(basic + "username", "me");
        values.set(basic + "password", "pw");
        values.set(PROPERTIES + "/SAPOData/applicationHostUrl", "https://sap.example.com");
        values.set(PROPERTIES + "/SAPOData/applicationServicePath", "/sap/opu/odata");
        values.set(PROPERTIES + "/SAPOData/portNumber", "443");
        values.set(PROPERTIES + "/SAPOData/clientNumber", "100");
        return values;
    }

    @Test
    void aMultiChoiceEntryOutsideTheOptionsIsReported() {
        FieldSpec scopes = new FieldSpec(
                "/x",
                "Scopes",
                "",
                false,
                false,
                FieldKind.MULTI_CHOICE,
                List.of("a", "b"),
                FieldSpec.Wire.STRING_LIST);
        FormValues values = new FormValues();
        values.set("/x", List.of("a", "c"));

        assertThat(FieldFormat.problem(scopes, values)).hasValue("each entry must be one of a, b");
    }

    @Test
    void choosingNoMethodIsAFormLevelProblem() {
        FormProblems problems = FormCheck.check(ACME, null, acmeFilled(), MODEL);

        assertThat(problems.formMessages()).containsExactly("Choose an authentication type");
        assertThat(problems.fieldMessages()).isEmpty();
    }

    @Test
    void aConnectorThatNeedsNoProfileCanNeverBeSent() {
        FormProblems problems = FormCheck.check(spec("S3"), null, new FormValues(), MODEL);

        assertThat(problems.formMessages()).containsExactly("This connector needs no connector profile");
        assertThat(problems.isValid()).isFalse();
    }

    @Test
    void aCustomConnectorWithoutMethodsCannotBeSent() {
        AuthFormSpec none = custom(NODES.objectNode(), null);
        FormValues values = new FormValues();
        values.set("/connectorProfileName", "p");
        values.set("/connectionMode", "Public");

        assertThat(FormCheck.check(none, null, values, MODEL).formMessages())
                .containsExactly("The connector offers no authentication type this app can use");
    }

    @Test
    void anInvalidCustomAuthenticationTypeIsAFormLevelProblem() {
        AuthFormSpec spec = custom(customAuth("Two words", NODES.arrayNode()), null);
        FormValues values = new FormValues();
        values.set("/connectorProfileName", "p");
        values.set("/connectionMode", "Public");

        assertThat(FormCheck.check(spec, spec.methods().get(0), values, MODEL).formMessages())
                .containsExactly("Custom authentication type: no spaces, tabs or line breaks");
    }

    @Test
    void messagesNeverContainWhatWasTyped() {
        FormValues values = acmeFilled();
        values.set(CREDENTIALS_MAP + "apiToken", "hunter2 hunter2");
        values.set("/connectorProfileName", "hunter2 profile");
        values.set(CREDENTIALS_MAP + "dataRegion", "hunter2 " + "x".repeat(3000));

        FormProblems problems = checkAcme(values);

        assertThat(problems.count()).isEqualTo(3);
        assertThat(problems.toString()).doesNotContain("hunter2");
    }

    @Test
    void valuesOfTheOtherMethodAreNotChecked() {
        AuthFormSpec northwind = spec("northwind-tickets");
        FormValues values = new FormValues();
        values.set("/connectorProfileName", "nw");
        values.set("/connectionMode", "Public");
        values.set(FormFixtures.CUSTOM_CREDENTIALS + "/basic/username", "u");
        values.set(FormFixtures.CUSTOM_CREDENTIALS + "/basic/password", "p");
        values.set(PROFILE_PROPERTIES + "subdomain", "acme");
        values.set(FormFixtures.CUSTOM_CREDENTIALS + "/oauth2/clientId", "has space");

        assertThat(FormCheck.check(northwind, method(northwind, "basic"), values, MODEL)
                        .isValid())
                .isTrue();
    }
}

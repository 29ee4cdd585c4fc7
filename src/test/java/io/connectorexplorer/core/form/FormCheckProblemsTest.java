package io.connectorexplorer.core.form;

import static io.connectorexplorer.core.form.FormFixtures.CREDENTIALS_MAP;
import static io.connectorexplorer.core.form.FormFixtures.MODEL;
import static io.connectorexplorer.core.form.FormFixtures.NODES;
import static io.connectorexplorer.core.form.FormFixtures.PROFILE_PROPERTIES;
import static io.connectorexplorer.core.form.FormFixtures.array;
import static io.connectorexplorer.core.form.FormFixtures.custom;
import static io.connectorexplorer.core.form.FormFixtures.customAuth;
import static io.connectorexplorer.core.form.FormFixtures.method;
import static io.connectorexplorer.core.form.FormFixtures.parameter;
import static io.connectorexplorer.core.form.FormFixtures.setting;
import static io.connectorexplorer.core.form.FormFixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the form says about a value — which field, named as the form shows it, in words with the pattern as detail —
 * and what it never refuses: a value the connector itself offers.
 */
class FormCheckProblemsTest {

    private static final AuthFormSpec ACME = spec("acme-crm");
    private static final AuthMethod API_TOKEN = method(ACME, "custom:ApiToken");

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
    void eachProblemNamesItsFieldAsTheFormShowsItInFormOrder() {
        FormValues values = acmeFilled();
        values.remove("/connectionMode");
        values.set(CREDENTIALS_MAP + "accountId", "47 11");

        assertThat(checkAcme(values).fieldProblems())
                .containsExactly(
                        new FieldProblem("/connectionMode", "Connection mode", "is required", ""),
                        new FieldProblem(
                                CREDENTIALS_MAP + "accountId", "Account ID", "no spaces, tabs or line breaks", "\\S+"));
    }

    @Test
    void aValueTheConnectorOffersIsNeverRefusedWhateverThePattern() {
        // The connector offers "Full access" for a credentialsMap value, whose pattern \S+ allows no spaces.
        ObjectNode scope = parameter("scope", true, false);
        scope.putArray("connectorSuppliedValues").add("Full access").add("read-only");
        AuthFormSpec spec = custom(customAuth("T", array(scope)), null);
        FormValues values = new FormValues();
        values.set("/connectorProfileName", "p");
        values.set("/connectionMode", "Public");
        values.set(CREDENTIALS_MAP + "scope", "Full access");

        assertThat(FormCheck.check(spec, spec.methods().get(0), values, MODEL).isValid())
                .isTrue();

        values.set(CREDENTIALS_MAP + "scope", "Partial access");
        assertThat(FormCheck.check(spec, spec.methods().get(0), values, MODEL).fieldMessages())
                .containsExactly(entry(CREDENTIALS_MAP + "scope", "no spaces, tabs or line breaks"));
    }

    @Test
    void aTypedSettingTheConnectorOffersIsNotRefusedByItsKind() {
        ObjectNode timeout = setting("timeout", "Integer", "CONNECTOR_PROFILE");
        timeout.putArray("connectorSuppliedValueOptions").add("default");
        AuthFormSpec spec = custom(customAuth("T", NODES.arrayNode()), array(timeout));
        FormValues values = new FormValues();
        values.set("/connectorProfileName", "p");
        values.set("/connectionMode", "Public");
        values.set(PROFILE_PROPERTIES + "timeout", "default");

        assertThat(FormCheck.check(spec, spec.methods().get(0), values, MODEL).isValid())
                .isTrue();
        values.set(PROFILE_PROPERTIES + "timeout", "soon");
        assertThat(FormCheck.check(spec, spec.methods().get(0), values, MODEL).fieldMessages())
                .containsExactly(entry(PROFILE_PROPERTIES + "timeout", "must be a whole number"));
    }

    @Test
    void anOfferedValueUnderAKeyTheServiceRefusesIsStillStopped() {
        ObjectNode bad = parameter("api-scope", true, false);
        bad.putArray("connectorSuppliedValues").add("all");
        AuthFormSpec spec = custom(customAuth("T", array(bad)), null);
        FormValues values = new FormValues();
        values.set("/connectorProfileName", "p");
        values.set("/connectionMode", "Public");
        values.set(CREDENTIALS_MAP + "api-scope", "all");

        assertThat(FormCheck.check(spec, spec.methods().get(0), values, MODEL).fieldMessages())
                .containsExactly(
                        entry(CREDENTIALS_MAP + "api-scope", "key: letters, digits and _ only; no spaces or accents"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"has space", "colon:", "tab\there", "café"})
    void profileNamesOutsideThePatternAreRejectedInWordsWithThePatternAsDetail(String name) {
        FormValues values = acmeFilled();
        values.set("/connectorProfileName", name);

        assertThat(checkAcme(values).fieldProblems())
                .containsExactly(new FieldProblem(
                        "/connectorProfileName",
                        "Connector profile name",
                        "letters, digits and _ / ! @ # + = . - only; no spaces or accents",
                        "[\\w/!@#+=.-]+"));
    }

    @Test
    void credentialValuesWithSpacesAreRejectedBesideTheField() {
        FormValues values = acmeFilled();
        values.set(CREDENTIALS_MAP + "accountId", "has space");

        FormProblems problems = checkAcme(values);

        assertThat(problems.fieldMessages())
                .containsExactly(entry(CREDENTIALS_MAP + "accountId", "no spaces, tabs or line breaks"));
        assertThat(problems.problemFor(CREDENTIALS_MAP + "accountId")
                        .orElseThrow()
                        .detail())
                .isEqualTo("\\S+");
        assertThat(problems.count()).isOne();
    }

    @Test
    void aParameterKeyTheServiceRejectsIsShownBesideItsField() {
        AuthFormSpec spec = custom(customAuth("T", array(parameter("api-token", true, true))), null);
        FormValues values = new FormValues();
        values.set("/connectorProfileName", "p");
        values.set("/connectionMode", "Public");
        values.set(CREDENTIALS_MAP + "api-token", "v");

        assertThat(FormCheck.check(spec, spec.methods().get(0), values, MODEL).fieldMessages())
                .containsExactly(
                        entry(CREDENTIALS_MAP + "api-token", "key: letters, digits and _ only; no spaces or accents"));
    }
}

package io.connectorexplorer.core.form;

import static io.connectorexplorer.core.form.FormFixtures.MODEL;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.core.connector.ConnectorDescription;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.json.JsonFormat;
import io.connectorexplorer.core.model.ModelValidator;
import io.connectorexplorer.infra.demo.DemoCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every connector and method of the demo account: a form filled as FormCheck accepts builds a request the
 * model accepts too, whether every field is filled or only the required ones; and masking hides every
 * sensitive value while the unmasked request has them all.
 */
class ValidFormRequestsTest {

    static Stream<Arguments> connectorMethods() {
        List<Arguments> cases = new ArrayList<>();
        for (JsonNode c : DemoCatalogue.bundled().configurations()) {
            String label = c.path("connectorLabel").asText("");
            ConnectorKey key =
                    label.isEmpty() ? ConnectorKey.amazon(c.get("connectorType").asText()) : ConnectorKey.custom(label);
            AuthFormSpec spec = AuthFormSpecs.forConnector(new ConnectorDescription(key, c), MODEL);
            spec.methods().forEach(m -> cases.add(Arguments.of(key.displayId() + " " + m.id(), spec, m)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("connectorMethods")
    void everyFieldFilled(String name, AuthFormSpec spec, AuthMethod method) {
        FormValues values = new SampleValues(MODEL).all(spec, method);

        assertAcceptedByFormAndModel(spec, method, values);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("connectorMethods")
    void requiredFieldsOnly(String name, AuthFormSpec spec, AuthMethod method) {
        FormValues values = new SampleValues(MODEL).requiredOnly(spec, method);

        assertAcceptedByFormAndModel(spec, method, values);
        assertThat(values.size()).isEqualTo((int)
                spec.requestFields(method).stream().filter(FieldSpec::required).count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("connectorMethods")
    void maskingHidesEverySensitiveValueAndNothingElse(String name, AuthFormSpec spec, AuthMethod method) {
        FormValues values = new SampleValues(MODEL).all(spec, method);

        ObjectNode masked = ProfileRequest.build(spec, method, values, Redaction.MASK);
        ObjectNode clear = ProfileRequest.build(spec, method, values, Redaction.NONE);

        assertThat(JsonFormat.compact(masked)).doesNotContain(SampleValues.SECRET_MARKER);
        for (FieldSpec field : spec.requestFields(method)) {
            JsonNode inClear = clear.at(field.path());
            assertThat(inClear.isMissingNode()).as(field.path()).isFalse();
            assertThat(inClear).as(field.path()).isEqualTo(ProfileRequest.wireValue(field, values));
            if (field.sensitive()) {
                assertThat(masked.at(field.path()).asText()).as(field.path()).isEqualTo("****");
            } else {
                assertThat(masked.at(field.path())).as(field.path()).isEqualTo(inClear);
            }
        }
        assertThat(ProfileRequest.secrets(spec, method, values))
                .extracting(RequestSecret::path)
                .containsExactlyElementsOf(spec.requestFields(method).stream()
                        .filter(FieldSpec::sensitive)
                        .map(FieldSpec::path)
                        .toList());
        // "****" is not a valid ARN or JWT: a masked request is for reading, never for sending.
    }

    private static void assertAcceptedByFormAndModel(AuthFormSpec spec, AuthMethod method, FormValues values) {
        FormProblems problems = FormCheck.check(spec, method, values, MODEL);
        assertThat(problems.isValid()).as(problems.toString()).isTrue();

        ObjectNode request = ProfileRequest.build(spec, method, values, Redaction.NONE);
        assertThat(ModelValidator.validate(MODEL, "CreateConnectorProfileRequest", request))
                .isEmpty();
        assertThat(request.get("connectorType").asText())
                .isEqualTo(spec.connector().connectorType());
    }
}

package io.connectorexplorer.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.connectorexplorer.infra.model.BundledServiceModel;
import io.connectorexplorer.testsupport.JsonTrees;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class ServiceModelTest {

    private static final ServiceModel APPFLOW = BundledServiceModel.appflow();

    @Test
    void readsStringConstraints() {
        Shape name = APPFLOW.shape("ConnectorProfileName");

        assertThat(name.type()).isEqualTo("string");
        assertThat(name.pattern()).isEqualTo("[\\w/!@#+=.-]+");
        assertThat(name.max()).isEqualTo(256L);
        assertThat(name.min()).isNull();
        assertThat(name.sensitive()).isFalse();
        assertThat(APPFLOW.shape("Password").sensitive()).isTrue();
    }

    @Test
    void readsStructureMembersInModelOrderWithRequiredFlags() {
        Shape request = APPFLOW.inputShapeOf("CreateConnectorProfile");

        assertThat(request.name()).isEqualTo("CreateConnectorProfileRequest");
        assertThat(request.members())
                .containsOnlyKeys(
                        "connectorProfileName",
                        "kmsArn",
                        "connectorType",
                        "connectorLabel",
                        "connectionMode",
                        "connectorProfileConfig",
                        "clientToken");
        assertThat(request.members().keySet()).startsWith("connectorProfileName", "kmsArn", "connectorType");
        assertThat(request.members().get("connectorProfileName"))
                .satisfies(m -> assertThat(m.shapeName()).isEqualTo("ConnectorProfileName"))
                .satisfies(m -> assertThat(m.required()).isTrue());
        assertThat(request.members().get("kmsArn").required()).isFalse();
    }

    @Test
    void memberDocumentationIsPlainText() {
        String doc = APPFLOW.shape("SalesforceConnectorProfileProperties")
                .members()
                .get("instanceUrl")
                .documentation();

        assertThat(doc).isEqualTo("The location of the Salesforce resource.");
    }

    @Test
    void readsMapsListsAndEnums() {
        Shape credentials = APPFLOW.shape("CredentialsMap");
        assertThat(credentials.type()).isEqualTo("map");
        assertThat(credentials.mapKey()).isEqualTo("CredentialsMapKey");
        assertThat(credentials.mapValue()).isEqualTo("CredentialsMapValue");
        assertThat(credentials.max()).isEqualTo(50L);

        assertThat(APPFLOW.shape("OAuthScopeList").listMember()).isEqualTo("OAuthScope");
        assertThat(APPFLOW.shape("ConnectionMode").enumValues()).containsExactly("Public", "Private");
        assertThat(APPFLOW.shape("ConnectionMode").isEnum()).isTrue();
    }

    @Test
    void shapeAtFollowsMembersMapValuesAndListElements() {
        String root = "CreateConnectorProfileRequest";

        assertThat(APPFLOW.shapeAt(
                        root,
                        "/connectorProfileConfig/connectorProfileCredentials/CustomConnector"
                                + "/custom/credentialsMap/anyKey"))
                .map(Shape::name)
                .hasValue("CredentialsMapValue");
        assertThat(APPFLOW.shapeAt(
                        root,
                        "/connectorProfileConfig/connectorProfileProperties/SAPOData"
                                + "/oAuthProperties/oAuthScopes/3"))
                .map(Shape::name)
                .hasValue("OAuthScope");
        assertThat(APPFLOW.shapeAt(root, "")).map(Shape::name).hasValue(root);
        assertThat(APPFLOW.shapeAt(root, "/nothing/here")).isEmpty();
        assertThat(APPFLOW.shapeAt(root, "/connectorProfileName/deeper")).isEmpty();
    }

    @Test
    void memberMatchingIgnoresCase() {
        Shape credentials = APPFLOW.shape("ConnectorProfileCredentials");

        assertThat(credentials.memberNameIgnoringCase("Googleanalytics")).hasValue("GoogleAnalytics");
        assertThat(credentials.memberNameIgnoringCase("Servicenow")).hasValue("ServiceNow");
        assertThat(credentials.memberNameIgnoringCase("Infornexus")).hasValue("InforNexus");
        assertThat(credentials.memberNameIgnoringCase("S3")).isEmpty();
    }

    @Test
    void unknownShapesAndOperationsAreNamedInTheError() {
        assertThatThrownBy(() -> APPFLOW.shape("NoSuchShape"))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("NoSuchShape");
        assertThatThrownBy(() -> APPFLOW.inputShapeOf("NoSuchOperation"))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("NoSuchOperation");
        assertThat(APPFLOW.findShape("NoSuchShape")).isEmpty();
    }

    @Test
    void aSmallHandWrittenModelReadsTheSameWay() {
        ServiceModel model = ServiceModel.of(JsonTrees.parse("""
                {"operations": {"Put": {"input": {"shape": "PutRequest"}}},
                 "shapes": {
                   "PutRequest": {"type": "structure", "required": ["name"],
                     "members": {"name": {"shape": "Name", "documentation": "<p>The <b>name</b> &amp; more.</p>"},
                                 "count": {"shape": "Count"}}},
                   "Name": {"type": "string", "min": 1, "max": 8, "pattern": "^[a-z]+$", "sensitive": true},
                   "Count": {"type": "integer", "min": 0, "max": 10}}}
                """));

        Shape put = model.inputShapeOf("Put");
        assertThat(put.members().get("name").documentation()).isEqualTo("The name & more.");
        assertThat(put.members().get("count").required()).isFalse();
        assertThat(model.shape("Name")).satisfies(s -> {
            assertThat(s.min()).isEqualTo(1L);
            assertThat(s.sensitive()).isTrue();
        });
        assertThat(model.shape("Count").max()).isEqualTo(10L);
    }

    @Test
    void aDocumentWithoutShapesIsNotAModel() {
        assertThatIllegalArgumentException().isThrownBy(() -> ServiceModel.of(JsonTrees.parse("{\"a\": 1}")));
    }
}

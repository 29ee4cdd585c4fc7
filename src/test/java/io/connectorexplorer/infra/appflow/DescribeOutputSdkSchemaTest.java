package io.connectorexplorer.infra.appflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.core.connector.ConnectorDescription;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.export.DescribeOutput;
import io.connectorexplorer.core.json.JsonFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link DescribeOutput} with the schema the app really uses, read from the SDK's marshalling metadata. */
class DescribeOutputSdkSchemaTest {

    private final DescribeOutput output = new DescribeOutput(SdkWireSchemas.connectorConfiguration());

    @Test
    void aCustomConnectorConfigurationComesOutAsTheCliPrintsItPlusWhatTheSdkDoesNotKnow() throws Exception {
        JsonNode wire = JsonFormat.parse("""
                {"canUseAsSource":true,"canUseAsDestination":false,"connectorType":"CustomConnector",
                 "connectorLabel":"acme-crm","connectorModes":["SOURCE","SUPER_NEW_MODE"],
                 "registeredAt":1700000000.5,"registeredBy":null,"logoURL":null,
                 "connectorProvisioningType":"LAMBDA",
                 "connectorProvisioningConfig":{"lambda":{"lambdaArn":"arn:aws:lambda:eu-west-1:111122223333:function:acme"}},
                 "connectorRuntimeSettings":[{"key":"instanceUrl","dataType":"String","isRequired":true,
                                              "label":null,"connectorSuppliedValueOptions":null,"scope":"CONNECTOR_PROFILE"}],
                 "authenticationConfig":{"isBasicAuthSupported":false,"oAuth2Defaults":null,
                   "customAuthConfigs":[{"customAuthenticationType":"API_KEY_PLUS",
                     "authParameters":[{"key":"apiKey","isSensitiveField":true,"connectorSuppliedValues":[null,"x"]}]}]},
                 "connectorMetadata":{"Salesforce":null},
                 "supportedApiVersions":[],"brandNewMember":{"since":1700000000,"gone":null}}""");

        String text = output.text(new ConnectorDescription(ConnectorKey.custom("acme-crm"), wire));

        assertThat(text).isEqualTo("""
                {
                    "connectorConfiguration": {
                        "canUseAsSource": true,
                        "canUseAsDestination": false,
                        "connectorType": "CustomConnector",
                        "connectorLabel": "acme-crm",
                        "connectorModes": [
                            "SOURCE",
                            "SUPER_NEW_MODE"
                        ],
                        "registeredAt": "2023-11-14T22:13:20.500000+00:00",
                        "connectorProvisioningType": "LAMBDA",
                        "connectorProvisioningConfig": {
                            "lambda": {
                                "lambdaArn": "arn:aws:lambda:eu-west-1:111122223333:function:acme"
                            }
                        },
                        "connectorRuntimeSettings": [
                            {
                                "key": "instanceUrl",
                                "dataType": "String",
                                "isRequired": true,
                                "scope": "CONNECTOR_PROFILE"
                            }
                        ],
                        "authenticationConfig": {
                            "isBasicAuthSupported": false,
                            "customAuthConfigs": [
                                {
                                    "customAuthenticationType": "API_KEY_PLUS",
                                    "authParameters": [
                                        {
                                            "key": "apiKey",
                                            "isSensitiveField": true,
                                            "connectorSuppliedValues": [
                                                null,
                                                "x"
                                            ]
                                        }
                                    ]
                                }
                            ]
                        },
                        "connectorMetadata": {},
                        "supportedApiVersions": [],
                        "brandNewMember": {
                            "since": 1700000000,
                            "gone": null
                        }
                    }
                }
                """);
    }

    @Test
    void everyConfigurationOfAnAccountIsConvertedTheSameWay() throws Exception {
        JsonNode s3 = JsonFormat.parse("{\"connectorType\":\"S3\",\"registeredAt\":1700000000}");
        JsonNode locke = JsonFormat.parse("{\"connectorType\":\"Locke\",\"registeredAt\":-1}");

        JsonNode document = output.allDocument(List.of(
                new ConnectorDescription(ConnectorKey.amazon("S3"), s3),
                new ConnectorDescription(ConnectorKey.amazon("Locke"), locke)));

        assertThat(document.at("/connectorConfigurations/0/registeredAt").asText())
                .isEqualTo("2023-11-14T22:13:20+00:00");
        assertThat(document.at("/connectorConfigurations/1/connectorType").asText())
                .isEqualTo("Locke");
        assertThat(document.at("/connectorConfigurations/1/registeredAt").asText())
                .isEqualTo("1969-12-31T23:59:59+00:00");
    }
}

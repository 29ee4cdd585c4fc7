package io.connectorexplorer.core.form;

import io.connectorexplorer.core.model.JsonPointers;

/** Where things go in a CreateConnectorProfile request, as JSON Pointers. */
final class RequestPaths {

    static final String REQUEST_SHAPE = "CreateConnectorProfileRequest";
    static final String NAME = "/connectorProfileName";
    static final String CONNECTION_MODE = "/connectionMode";
    static final String KMS_ARN = "/kmsArn";
    static final String CONNECTOR_TYPE = "/connectorType";
    static final String CONNECTOR_LABEL = "/connectorLabel";
    static final String CREDENTIALS = "/connectorProfileConfig/connectorProfileCredentials";
    static final String PROPERTIES = "/connectorProfileConfig/connectorProfileProperties";
    static final String CUSTOM_CREDENTIALS = CREDENTIALS + "/CustomConnector";
    static final String CUSTOM_PROPERTIES = PROPERTIES + "/CustomConnector";
    static final String OAUTH2_PROPERTIES = CUSTOM_PROPERTIES + "/oAuth2Properties";
    /** Not in the request: the sign-in page address of the OAuth 2.0 authorization-code grant. */
    static final String AUTHORIZATION = "/authorization";

    private RequestPaths() {}

    static String child(String parent, String... segments) {
        String path = parent;
        for (String segment : segments) {
            path = JsonPointers.child(path, segment);
        }
        return path;
    }
}

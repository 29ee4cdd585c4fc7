package io.connectorexplorer.core.form;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabelsTest {

    @ParameterizedTest
    @CsvSource({
        "instanceUrl, Instance URL",
        "clientCredentialsArn, Client credentials ARN",
        "oAuth2GrantType, OAuth 2.0 grant type",
        "oAuthRequest, OAuth request",
        "oAuthScopes, OAuth scopes",
        "isSandboxEnvironment, Sandbox environment",
        "is, Is",
        "disableSSO, Disable SSO",
        "jwtToken, JWT token",
        "accessKeyId, Access key ID",
        "userId, User ID",
        "apiSecretKey, API secret key",
        "datakey, Datakey",
        "portNumber, Port number",
        "credentialsMap, Credentials map",
        "customAuthenticationType, Custom authentication type",
        "bucketName, Bucket name"
    })
    void memberNamesReadAsWords(String member, String label) {
        assertThat(Labels.humanize(member)).isEqualTo(label);
    }
}

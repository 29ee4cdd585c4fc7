package io.connectorexplorer.infra.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.services.appflow.model.CreateConnectorProfileRequest;
import software.amazon.awssdk.services.appflow.model.DescribeConnectorRequest;
import software.amazon.awssdk.services.ssooidc.model.CreateTokenRequest;

class SentSecretsTest {

    private static final String KEY_ID = "ASIAEXAMPLEKEYID0001";
    private static final String SIGNATURE = "5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7";
    private static final String TOKEN = "IQoJb3JpZ2luX2VjEXAMPLEsessiontoken==";
    private static final String BEARER = "aoaAAAAAGexamplebearertoken";
    private static final String AUTHORIZATION = "AWS4-HMAC-SHA256 Credential=" + KEY_ID
            + "/20250114/eu-west-1/appflow/aws4_request, SignedHeaders=host;x-amz-date;x-amz-security-token, Signature="
            + SIGNATURE;

    private static final SdkHttpRequest SIGNED = SdkHttpRequest.builder()
            .method(SdkHttpMethod.POST)
            .uri(URI.create("https://appflow.eu-west-1.amazonaws.com/describe-connectors"))
            .putHeader("Authorization", AUTHORIZATION)
            .putHeader("X-Amz-Security-Token", TOKEN)
            .putHeader("x-amz-sso_bearer_token", BEARER)
            .build();

    @Test
    void aRequestCarriesItsKeyIdSignatureSessionTokenAndBearerToken() {
        assertThat(SentSecrets.of(SIGNED)).containsExactlyInAnyOrder(KEY_ID, SIGNATURE, TOKEN, BEARER);
    }

    @Test
    void anUnsignedRequestCarriesNone() {
        SdkHttpRequest anonymous = SIGNED.toBuilder()
                .removeHeader("Authorization")
                .removeHeader("X-Amz-Security-Token")
                .removeHeader("x-amz-sso_bearer_token")
                .build();

        assertThat(SentSecrets.of(anonymous)).isEmpty();
    }

    @Test
    void aSigV4AuthorizationKeepsItsSchemeScopeAndSignedHeadersOnly() {
        assertThat(SentSecrets.headerValue("authorization", AUTHORIZATION, Set.of()))
                .isEqualTo("AWS4-HMAC-SHA256 Credential=****/20250114/eu-west-1/appflow/aws4_request, "
                        + "SignedHeaders=host;x-amz-date;x-amz-security-token, Signature=****");
    }

    @Test
    void anyOtherAuthorizationKeepsItsSchemeOnly() {
        assertThat(SentSecrets.headerValue("Authorization", "Bearer " + BEARER, Set.of()))
                .isEqualTo("Bearer ****");
        assertThat(SentSecrets.headerValue("Authorization", BEARER, Set.of())).isEqualTo("****");
    }

    @Test
    void credentialHeadersAreMaskedWhole() {
        for (String name :
                new String[] {"X-Amz-Security-Token", "x-amz-sso_bearer_token", "Proxy-Authorization", "Set-Cookie"}) {
            assertThat(SentSecrets.headerValue(name, "anything at all", Set.of()))
                    .as(name)
                    .isEqualTo("****");
        }
    }

    @Test
    void anyOtherHeaderIsShownWithEverySecretItQuotesMasked() {
        String echoed = "token=" + TOKEN + "; key=" + KEY_ID;

        assertThat(SentSecrets.headerValue("X-Echo", echoed, SentSecrets.of(SIGNED)))
                .isEqualTo("token=****; key=****");
        assertThat(SentSecrets.headerValue("Content-Type", "application/json", SentSecrets.of(SIGNED)))
                .isEqualTo("application/json");
    }

    @Test
    void aPresignedUrlIsShownWithoutItsCredentialsOrSignature() {
        String url = "https://example.amazonaws.com/path?X-Amz-Credential=" + KEY_ID + "%2F20250114&X-Amz-Signature="
                + SIGNATURE + "&X-Amz-Security-Token=" + TOKEN + "&max=5";

        assertThat(SentSecrets.url(url, Set.of()))
                .isEqualTo("https://example.amazonaws.com/path?X-Amz-Credential=****&X-Amz-Signature=****"
                        + "&X-Amz-Security-Token=****&max=5");
    }

    @Test
    void textQuotingTheRequestIsScrubbed() {
        String message = "The Canonical String for this request should have been 'POST\n/\n\nx-amz-security-token:"
                + TOKEN + "\n' (Authorization: " + AUTHORIZATION + ")";

        String scrubbed = SentSecrets.scrub(message, SentSecrets.of(SIGNED));

        assertThat(scrubbed)
                .contains("x-amz-security-token:****", "Credential=****/", "Signature=****")
                .doesNotContain(TOKEN, KEY_ID, SIGNATURE);
        assertThat(SentSecrets.scrub(null, Set.of(TOKEN))).isNull();
    }

    @Test
    void theSensitiveValuesOfARequestAreThoseItsServiceModelMarksSensitiveWhereverTheyNest() {
        CreateConnectorProfileRequest create = CreateConnectorProfileRequest.builder()
                .connectorProfileName("acme-prod")
                .connectorType("CustomConnector")
                .connectorProfileConfig(c ->
                        c.connectorProfileCredentials(p -> p.customConnector(cc -> cc.authenticationType("CUSTOM")
                                        .custom(custom -> custom.customAuthenticationType("ApiToken")
                                                .credentialsMap(Map.of("apiToken", "api-token-value", "region", "eu"))))
                                .salesforce(sf -> sf.clientCredentialsArn("arn:aws:secretsmanager:x")
                                        .accessToken("sf-access-token")
                                        .refreshToken("sf-refresh-token"))))
                .build();
        CreateTokenRequest refresh = CreateTokenRequest.builder()
                .clientId("client-id")
                .clientSecret("client-secret-value")
                .grantType("refresh_token")
                .refreshToken("refresh-token-value")
                .build();

        // As the model has it: Salesforce's clientCredentialsArn is sensitive, its refreshToken is not.
        assertThat(SentSecrets.sensitiveValues(create))
                .containsExactlyInAnyOrder("api-token-value", "eu", "sf-access-token", "arn:aws:secretsmanager:x");
        assertThat(SentSecrets.sensitiveValues(refresh))
                .containsExactlyInAnyOrder("client-secret-value", "refresh-token-value");
        assertThat(SentSecrets.sensitiveValues(
                        DescribeConnectorRequest.builder().connectorType("S3").build()))
                .isEmpty();
    }
}

package io.connectorexplorer.core.form;

import static io.connectorexplorer.core.form.FormFixtures.CUSTOM_CREDENTIALS;
import static io.connectorexplorer.core.form.FormFixtures.method;
import static io.connectorexplorer.core.form.FormFixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorizationUrlTest {

    private static final AuthMethod OAUTH = method(spec("northwind-tickets"), "oauth2");

    @Test
    void buildsTheSignInAddressFromScopesAndAuthUrlProperties() {
        FormValues values = new FormValues();
        values.set("/authorization/authCodeUrl", "https://login.northwind-tickets.example/oauth2/authorize");
        values.set("/authorization/scopes", List.of("tickets:read", "offline_access"));
        values.set("/authorization/parameters/prompt", "consent");
        values.set("/authorization/parameters/organization", "acme & co");
        values.set(CUSTOM_CREDENTIALS + "/oauth2/clientId", "client-1");
        values.set(CUSTOM_CREDENTIALS + "/oauth2/clientSecret", "never-in-a-url");
        values.set(CUSTOM_CREDENTIALS + "/oauth2/oAuthRequest/redirectUri", "https://app.example/cb");

        assertThat(AuthorizationUrl.build(OAUTH, values))
                .hasValue(
                        "https://login.northwind-tickets.example/oauth2/authorize?response_type=code&client_id=client-1"
                                + "&redirect_uri=https%3A%2F%2Fapp.example%2Fcb&scope=tickets%3Aread%20offline_access"
                                + "&prompt=consent&organization=acme%20%26%20co");
        assertThat(AuthorizationUrl.build(OAUTH, values).orElseThrow()).doesNotContain("never-in-a-url");
    }

    @Test
    void anAddressWithAQueryIsExtended() {
        FormValues values = new FormValues();
        values.set("/authorization/authCodeUrl", "https://login.example/authorize?tenant=t");

        assertThat(AuthorizationUrl.build(OAUTH, values))
                .hasValue("https://login.example/authorize?tenant=t&response_type=code");
    }

    @Test
    void noAddressWithoutAnAuthCodeUrlOrForOtherMethods() {
        FormValues values = new FormValues();
        assertThat(AuthorizationUrl.build(OAUTH, values)).isEmpty();

        values.set("/authorization/authCodeUrl", "https://login.example/authorize");
        assertThat(AuthorizationUrl.build(method(spec("northwind-tickets"), "basic"), values))
                .isEmpty();
    }
}

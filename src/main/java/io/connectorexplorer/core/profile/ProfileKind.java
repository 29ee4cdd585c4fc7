package io.connectorexplorer.core.profile;

/** How a profile gets its credentials, as the AWS CLI reads the config and credentials files. */
public enum ProfileKind {
    DEMO("Demo (sample data)"),
    STATIC_KEYS("Static keys"),
    SESSION_KEYS("Session keys"),
    SSO("SSO"),
    ASSUME_ROLE("Assume role"),
    CREDENTIAL_PROCESS("Credential process"),
    WEB_IDENTITY("Web identity"),
    ENVIRONMENT("Environment variables"),
    NO_CREDENTIALS("No credentials"),
    MALFORMED("Malformed");

    private final String label;

    ProfileKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

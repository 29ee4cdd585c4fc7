package io.connectorexplorer.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/**
 * Recognisable fake credentials for every source the resilience tests use — the credentials file (keys and a
 * session token) and the environment — so a test can prove that nothing the app wrote contains any of them.
 */
public final class SecretSentinels {

    public static final String FILE_ACCESS_KEY_ID = "SENTINELFILEKEY00001";
    public static final String FILE_SECRET_ACCESS_KEY = "sentinel-file-secret-7f3a9c0d";
    public static final String FILE_SESSION_TOKEN = "sentinel-file-session-token-4b8e1d";
    public static final String ENV_ACCESS_KEY_ID = "SENTINELENVKEY000002";
    public static final String ENV_SECRET_ACCESS_KEY = "sentinel-env-secret-2c6f0a11";
    public static final String ENV_SESSION_TOKEN = "sentinel-env-session-token-9d1e5b";

    /** Every sentinel, and the parts of them a careless truncation or encoding could leave behind. */
    private static final List<String> ALL = List.of(
            FILE_ACCESS_KEY_ID,
            FILE_SECRET_ACCESS_KEY,
            FILE_SESSION_TOKEN,
            ENV_ACCESS_KEY_ID,
            ENV_SECRET_ACCESS_KEY,
            ENV_SESSION_TOKEN,
            "7f3a9c0d",
            "4b8e1d",
            "2c6f0a11",
            "9d1e5b");

    private SecretSentinels() {}

    /** A credentials-file section with the file sentinels: static keys plus a session token. */
    public static String credentialsSection(String profile) {
        return "[" + profile + "]\naws_access_key_id = " + FILE_ACCESS_KEY_ID
                + "\naws_secret_access_key = " + FILE_SECRET_ACCESS_KEY
                + "\naws_session_token = " + FILE_SESSION_TOKEN + "\n";
    }

    public static List<String> all() {
        return ALL;
    }

    /** Fails, naming {@code where}, when {@code text} holds any sentinel. */
    public static void assertNoneIn(String where, String text) {
        if (text == null) {
            return;
        }
        for (String sentinel : ALL) {
            assertThat(text).as("%s must not contain a credential", where).doesNotContain(sentinel);
        }
    }
}

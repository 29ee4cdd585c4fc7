package io.connectorexplorer.testsupport;

import java.time.Instant;

/** AWS credentials a fake service issued or a test gave it; {@code sessionToken} is null for long-term keys. */
public record FakeCredentials(String accessKeyId, String secretAccessKey, String sessionToken, Instant expiration) {

    @Override
    public String toString() {
        return "FakeCredentials[accessKeyId=" + accessKeyId + ", secretAccessKey=***, sessionToken="
                + (sessionToken == null ? null : "***") + ", expiration=" + expiration + "]";
    }
}

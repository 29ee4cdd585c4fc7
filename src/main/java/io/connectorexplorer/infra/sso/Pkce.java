package io.connectorexplorer.infra.sso;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secrets of one authorization-code sign-in (RFC 7636): the code verifier, its S256 challenge, and the
 * {@code state} that ties the browser's answer to this sign-in. {@link #toString()} shows neither secret.
 */
record Pkce(String verifier, String challenge, String state) {

    private static final String UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
    private static final int VERIFIER_LENGTH = 64;

    static Pkce create(SecureRandom random) {
        StringBuilder verifier = new StringBuilder(VERIFIER_LENGTH);
        for (int i = 0; i < VERIFIER_LENGTH; i++) {
            verifier.append(UNRESERVED.charAt(random.nextInt(UNRESERVED.length())));
        }
        byte[] state = new byte[32];
        random.nextBytes(state);
        return new Pkce(
                verifier.toString(),
                challengeOf(verifier.toString()),
                Base64.getUrlEncoder().withoutPadding().encodeToString(state));
    }

    /** BASE64URL(SHA-256(verifier)) without padding, the S256 method. */
    static String challengeOf(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return "Pkce[verifier=***, challenge=" + challenge + ", state=***]";
    }
}

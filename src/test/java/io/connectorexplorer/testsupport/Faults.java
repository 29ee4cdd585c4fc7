package io.connectorexplorer.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** The answers a real network and real proxies give, for a {@link FaultPlan}. */
public final class Faults {

    /** How long a held answer waits for its release at most, so a failed test never leaves a thread behind for long. */
    private static final long HOLD_LIMIT_SECONDS = 60;

    private Faults() {}

    /** An error in AppFlow's REST-JSON form: the status, the x-amzn-ErrorType header and a message. */
    public static Supplier<CannedResponse> error(int status, String errorType, String message) {
        return () -> CannedResponse.error(status, errorType, message);
    }

    public static Supplier<CannedResponse> throttled() {
        return error(429, "ThrottlingException", "Rate exceeded");
    }

    /**
     * A 403 SignatureDoesNotMatch whose message quotes the canonical request, session token and all, as AWS's does,
     * and the Authorization header with the access key id, as an echoing proxy might.
     */
    public static Supplier<CannedResponse> signatureMismatchQuotingTheRequest() {
        return () -> CannedResponse.error(
                403,
                "SignatureDoesNotMatch",
                "The request signature we calculated does not "
                        + "match the signature you provided. The Canonical String for this request should have been 'POST\n/\n\n"
                        + "x-amz-security-token:" + FaultPlan.requestHeader("X-Amz-Security-Token")
                        + "\n' (Authorization: "
                        + FaultPlan.requestHeader("Authorization") + ")");
    }

    /** A success whose body is these exact bytes. */
    public static Supplier<CannedResponse> ok(String body) {
        return () -> new CannedResponse(200, Map.of(), body.getBytes(StandardCharsets.UTF_8));
    }

    /** Any status with any content type and body, such as a proxy's HTML error page. */
    public static Supplier<CannedResponse> raw(int status, String contentType, byte[] body) {
        return () -> new CannedResponse(status, Map.of("Content-Type", contentType), body);
    }

    /** The connection is closed before any answer. */
    public static Supplier<CannedResponse> dropConnection() {
        return CannedResponse::dropConnection;
    }

    /** A chunked 200 whose connection closes after half of {@code body}: no length to check, only a broken stream. */
    public static Supplier<CannedResponse> resetMidBody(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return () -> CannedResponse.streamed(200, Map.of(), 0, out -> {
            out.write(bytes, 0, bytes.length / 2);
            out.flush();
            throw new IOException("connection reset by the test, mid-body");
        });
    }

    /** A 200 whose Content-Length announces all of {@code body} but whose connection closes after half of it. */
    public static Supplier<CannedResponse> truncated(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return () -> CannedResponse.streamed(200, Map.of(), bytes.length, out -> {
            out.write(bytes, 0, bytes.length / 2);
            out.flush(); // on the wire before the server closes; newer JDKs drop an unflushed rest
        });
    }

    /** Holds the request until {@code release} (or a minute), then answers as {@code then} does. */
    public static Supplier<CannedResponse> heldUntil(CountDownLatch release, Supplier<CannedResponse> then) {
        return () -> {
            try {
                release.await(HOLD_LIMIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return then.get();
        };
    }

    /** A 200 streamed from a {@link HugeConfiguration}, never held in memory on the server side. */
    public static Supplier<CannedResponse> huge(HugeConfiguration document) {
        return () -> CannedResponse.streamed(200, Map.of(), document.length(), document::writeTo);
    }
}

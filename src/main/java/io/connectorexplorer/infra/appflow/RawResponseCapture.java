package io.connectorexplorer.infra.appflow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Keeps the bytes of a successful response before the SDK unmarshals them, so the app can show and
 * export exactly what the service said — members and enum values newer than the SDK build included.
 * A request opts in by carrying a {@link #HOLDER} attribute; the SDK still parses the same bytes.
 */
final class RawResponseCapture implements ExecutionInterceptor {

    static final ExecutionAttribute<AtomicReference<byte[]>> HOLDER =
            new ExecutionAttribute<>("ConnectorExplorer.RawBody");

    /** Bigger answers are refused rather than risk the heap of a desktop app. */
    static final int MAX_BODY_BYTES = 64 * 1024 * 1024;

    @Override
    public Optional<InputStream> modifyHttpResponseContent(
            Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
        AtomicReference<byte[]> holder = attributes.getAttribute(HOLDER);
        Optional<InputStream> body = context.responseBody();
        if (holder == null || body.isEmpty() || !context.httpResponse().isSuccessful()) {
            return body;
        }
        try (InputStream in = body.get()) {
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                throw new ResponseTooLargeException(MAX_BODY_BYTES);
            }
            long announced = announcedLength(context);
            if (announced > bytes.length) {
                throw new IOException(
                        "the connection closed after " + bytes.length + " of the " + announced + " bytes announced");
            }
            holder.set(bytes);
            return Optional.of(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            // The SDK retries when an IOException is the direct cause; wrapped deeper, it would give up at once.
            throw SdkClientException.create("The response broke off: " + e.getMessage(), new BodyBrokeOffException(e));
        }
    }

    /** The Content-Length of an uncompressed body, or -1; a shorter body means the connection broke off. */
    private static long announcedLength(Context.ModifyHttpResponse context) {
        if (context.httpResponse()
                .firstMatchingHeader("Content-Encoding")
                .filter(e -> !e.equalsIgnoreCase("identity"))
                .isPresent()) {
            return -1;
        }
        try {
            return context.httpResponse()
                    .firstMatchingHeader("Content-Length")
                    .map(Long::parseLong)
                    .orElse(-1L);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Reading a successful response's body failed part way: the connection closed, reset or timed out. */
    static final class BodyBrokeOffException extends IOException {
        BodyBrokeOffException(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** Thrown from inside the SDK call; the gateway turns it into a clear message. */
    static final class ResponseTooLargeException extends RuntimeException {
        ResponseTooLargeException(int limit) {
            super(
                    "The response is larger than " + (limit / (1024 * 1024)) + " MB; it was not read.",
                    null,
                    false,
                    false);
        }
    }
}

package io.connectorexplorer.testsupport;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A DescribeConnector answer of a given size, written as a stream: a connector whose one custom authentication
 * type has as many parameters (each with a 1 KB description) as it takes to reach the size. Its exact length is
 * known before writing, so it can be sent with a Content-Length.
 */
public final class HugeConfiguration {

    private static final String DESCRIPTION = "x".repeat(1000);

    private final String head;
    private final String tail = "]}]}}}";
    private final int parameters;
    private final long length;

    public HugeConfiguration(String connectorType, String connectorName, long atLeastBytes) {
        this.head = "{\"connectorConfiguration\":{\"connectorType\":\"" + connectorType + "\",\"connectorName\":\""
                + connectorName + "\",\"canUseAsSource\":true,\"canUseAsDestination\":false,"
                + "\"authenticationConfig\":{\"isCustomAuthSupported\":true,\"customAuthConfigs\":"
                + "[{\"customAuthenticationType\":\"bulk\",\"authParameters\":[";
        long size = bytes(head) + bytes(tail);
        int count = 0;
        while (size < atLeastBytes) {
            size += bytes(parameter(count)) + (count > 0 ? 1 : 0);
            count++;
        }
        this.parameters = count;
        this.length = size;
    }

    /** How many authentication parameters the document lists. */
    public int parameterCount() {
        return parameters;
    }

    /** The document's exact size in bytes. */
    public long length() {
        return length;
    }

    /** The key of parameter {@code index}. */
    public static String key(int index) {
        return "p-" + index;
    }

    public void writeTo(OutputStream target) throws IOException {
        OutputStream out = new BufferedOutputStream(target, 64 * 1024);
        out.write(head.getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < parameters; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(parameter(i).getBytes(StandardCharsets.UTF_8));
        }
        out.write(tail.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static String parameter(int index) {
        return "{\"key\":\"" + key(index) + "\",\"isRequired\":false,\"label\":\"Parameter " + index
                + "\",\"description\":\"" + DESCRIPTION + "\",\"isSensitiveField\":false}";
    }

    private static long bytes(String text) {
        return text.length(); // ASCII only
    }
}

package io.connectorexplorer.infra.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.core.json.JsonFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A document as the store keeps it: its compact JSON as it came (members in the service's order), deflated, under
 * the SHA-256 of its canonical form — object members sorted by name, arrays in order — so the same content with its
 * members in another order is the same content and makes no new snapshot.
 */
final class DocumentCodec {

    /** A document ready to store. {@code rawBytes}: the compact JSON's size before compression. */
    record Encoded(byte[] hash, byte[] body, long rawBytes) {}

    /** A stored body that does not inflate or parse: the file is damaged. */
    static final class DamagedBody extends Exception {
        DamagedBody(String message, Throwable cause) {
            super(message, cause, false, false);
        }
    }

    private DocumentCodec() {}

    static Encoded encode(JsonNode document) {
        try {
            byte[] compact = JsonFormat.mapper().writeValueAsBytes(document);
            return new Encoded(canonicalHash(document), deflate(compact), compact.length);
        } catch (IOException e) {
            throw new UncheckedIOException("A JSON tree could not be written", e);
        }
    }

    static JsonNode decode(byte[] body) throws DamagedBody {
        byte[] compact;
        try {
            compact = inflate(body);
        } catch (DataFormatException e) {
            throw new DamagedBody("a stored document does not decompress", e);
        }
        try {
            return JsonFormat.parse(compact);
        } catch (IOException e) {
            throw new DamagedBody("a stored document is not JSON", e);
        }
    }

    /** SHA-256 of the canonical JSON, streamed: a large document is never held twice as text. */
    static byte[] canonicalHash(JsonNode document) {
        MessageDigest sha256 = sha256();
        try (OutputStream sink = new DigestOutputStream(OutputStream.nullOutputStream(), sha256);
                JsonGenerator out = JsonFormat.mapper().getFactory().createGenerator(sink)) {
            writeCanonical(document, out);
        } catch (IOException e) {
            throw new UncheckedIOException("A JSON tree could not be hashed", e);
        }
        return sha256.digest();
    }

    private static void writeCanonical(JsonNode node, JsonGenerator out) throws IOException {
        if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> members = new ArrayList<>(node.size());
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                members.add(it.next());
            }
            members.sort(Map.Entry.comparingByKey());
            out.writeStartObject();
            for (Map.Entry<String, JsonNode> member : members) {
                out.writeFieldName(member.getKey());
                writeCanonical(member.getValue(), out);
            }
            out.writeEndObject();
        } else if (node.isArray()) {
            out.writeStartArray();
            for (JsonNode element : node) {
                writeCanonical(element, out);
            }
            out.writeEndArray();
        } else {
            out.writeTree(node);
        }
    }

    private static byte[] deflate(byte[] raw) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        try {
            deflater.setInput(raw);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, raw.length / 8));
            byte[] buffer = new byte[16 * 1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /** The zlib format's checksum makes a damaged body fail here rather than parse as something else. */
    private static byte[] inflate(byte[] body) throws DataFormatException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(body);
            ByteArrayOutputStream out = new ByteArrayOutputStream(body.length * 8);
            byte[] buffer = new byte[16 * 1024];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new DataFormatException("truncated");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } finally {
            inflater.end();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}

package io.connectorexplorer.infra.sso;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.core.json.JsonFormat;
import io.connectorexplorer.infra.files.AtomicTextFileWriter;
import io.connectorexplorer.infra.profile.AwsEnvironment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The SSO token cache the AWS CLI v2 and the AWS SDKs share: {@code ~/.aws/sso/cache/<sha1 of key>.json}, where
 * the key is the {@code sso-session} name, or the start URL for a profile in the older form. Reading forgives
 * (a missing, unreadable or corrupt file is no token); writing is atomic and owner-only, folder included.
 */
public final class SsoTokenCache {

    private final Path folder;
    private final AtomicTextFileWriter writer = new AtomicTextFileWriter(true);

    public SsoTokenCache(Path folder) {
        this.folder = folder;
    }

    /** The cache under the home folder of {@code environment}, where the AWS CLI keeps it. */
    public static SsoTokenCache in(AwsEnvironment environment) {
        return new SsoTokenCache(
                environment.home().resolve(".aws").resolve("sso").resolve("cache"));
    }

    public Path folder() {
        return folder;
    }

    /** The file that holds the token for a cache key (an sso-session name or a start URL). */
    public Path fileFor(String cacheKey) {
        return folder.resolve(sha1Hex(cacheKey) + ".json");
    }

    /** The cached token, or empty when there is none or the file cannot be understood. */
    public Optional<SsoToken> read(String cacheKey) {
        Path file = fileFor(cacheKey);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode json = JsonFormat.parse(Files.readAllBytes(file));
            return fromJson(json);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Writes the token for a cache key, replacing what was there; the folder is created owner-only if needed. */
    public void write(String cacheKey, SsoToken token) throws IOException {
        createFolder();
        writer.write(fileFor(cacheKey), JsonFormat.compact(toJson(token)));
    }

    private void createFolder() throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(
                    folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(folder);
        }
    }

    /** The members in the order and form the AWS CLI v2 writes them. */
    static ObjectNode toJson(SsoToken token) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        putIfPresent(json, "startUrl", token.startUrl());
        putIfPresent(json, "region", token.region());
        json.put("accessToken", token.accessToken());
        json.put("expiresAt", timestamp(token.expiresAt()));
        putIfPresent(json, "clientId", token.clientId());
        putIfPresent(json, "clientSecret", token.clientSecret());
        if (token.registrationExpiresAt() != null) {
            json.put("registrationExpiresAt", timestamp(token.registrationExpiresAt()));
        }
        putIfPresent(json, "refreshToken", token.refreshToken());
        return json;
    }

    static Optional<SsoToken> fromJson(JsonNode json) {
        if (json == null || !json.isObject()) {
            return Optional.empty();
        }
        String accessToken = text(json, "accessToken");
        Instant expiresAt = instant(text(json, "expiresAt"));
        if (accessToken == null || expiresAt == null) {
            return Optional.empty();
        }
        return Optional.of(new SsoToken(
                text(json, "startUrl"),
                text(json, "region"),
                accessToken,
                expiresAt,
                text(json, "clientId"),
                text(json, "clientSecret"),
                instant(text(json, "registrationExpiresAt")),
                text(json, "refreshToken")));
    }

    /** ISO-8601 UTC to the second, "2026-11-22T10:00:00Z", as the AWS CLI v2 writes it. */
    static String timestamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * Also reads what older tools wrote: "2019-11-14T04:05:45UTC", offsets, fractions of a second, and no zone
     * at all (taken as UTC).
     */
    static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (value.endsWith("UTC")) {
            value = value.substring(0, value.length() - 3) + "Z";
        }
        try {
            return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    .toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(value, DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                        .toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }

    private static String text(JsonNode json, String name) {
        JsonNode value = json.get(name);
        return value != null && value.isTextual() && !value.asText().isEmpty() ? value.asText() : null;
    }

    private static void putIfPresent(ObjectNode json, String name, String value) {
        if (value != null) {
            json.put(name, value);
        }
    }

    static String sha1Hex(String text) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            return HexFormat.of().formatHex(sha1.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every Java runtime", e);
        }
    }
}

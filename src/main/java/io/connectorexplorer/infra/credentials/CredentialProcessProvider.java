package io.connectorexplorer.infra.credentials;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.json.JsonFormat;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

/**
 * {@code credential_process}: runs the command through the shell, as the AWS CLI does, with a PATH that
 * includes the usual install folders — an app started from a desktop menu does not get the login shell's
 * PATH. Its stderr is part of the error when it fails. Credentials are reused until a minute before they expire.
 */
final class CredentialProcessProvider implements AwsCredentialsProvider {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final int MAX_OUTPUT = 64 * 1024;
    private static final int MAX_STDERR_SHOWN = 2000;

    private final String profileName;
    private final String command;
    private final Map<String, String> environment;
    private final Path home;
    private AwsCredentials cached;
    private Instant cachedUntil = Instant.MIN;

    CredentialProcessProvider(String profileName, String command, Map<String, String> environment, Path home) {
        this.profileName = profileName;
        this.command = command;
        this.environment = environment;
        this.home = home;
    }

    @Override
    public synchronized AwsCredentials resolveCredentials() {
        if (cached != null && Instant.now().isBefore(cachedUntil)) {
            return cached;
        }
        Result result = run();
        if (result.exitCode != 0) {
            throw failure("exited with status " + result.exitCode + stderrPart(result.stderr));
        }
        JsonNode json;
        try {
            json = JsonFormat.parse(result.stdout);
        } catch (IOException e) {
            throw failure("did not print JSON credentials" + stderrPart(result.stderr));
        }
        String keyId = json.path("AccessKeyId").asText(null);
        String secret = json.path("SecretAccessKey").asText(null);
        if (json.path("Version").asInt() != 1 || keyId == null || secret == null) {
            throw failure("printed JSON without Version 1, AccessKeyId and SecretAccessKey");
        }
        String token = json.path("SessionToken").asText(null);
        cached = token == null
                ? AwsBasicCredentials.create(keyId, secret)
                : AwsSessionCredentials.create(keyId, secret, token);
        String expiration = json.path("Expiration").asText(null);
        cachedUntil =
                expiration == null ? Instant.MAX : parseExpiration(expiration).minus(Duration.ofMinutes(1));
        return cached;
    }

    private Instant parseExpiration(String expiration) {
        try {
            return Instant.parse(expiration);
        } catch (RuntimeException e) {
            try {
                return java.time.OffsetDateTime.parse(expiration).toInstant();
            } catch (RuntimeException again) {
                throw failure("printed an Expiration that is not an ISO-8601 time");
            }
        }
    }

    private Result run() {
        ProcessBuilder builder = new ProcessBuilder(shell());
        builder.environment().clear();
        builder.environment().putAll(environment);
        builder.environment().put("PATH", searchPath());
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw failure("could not be started: " + e.getMessage());
        }
        try {
            process.getOutputStream().close();
            CompletableFuture<byte[]> stdout =
                    CompletableFuture.supplyAsync(() -> readCapped(process.getInputStream()));
            CompletableFuture<byte[]> stderr =
                    CompletableFuture.supplyAsync(() -> readCapped(process.getErrorStream()));
            if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw failure("did not finish within " + TIMEOUT.toSeconds() + " seconds");
            }
            return new Result(process.exitValue(), stdout.join(), new String(stderr.join(), StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw ServiceCallException.cancelled(null);
        } catch (IOException e) {
            throw failure("could not be run: " + e.getMessage());
        }
    }

    private List<String> shell() {
        boolean windows =
                System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
        return windows ? List.of("cmd.exe", "/c", command) : List.of("/bin/sh", "-c", command);
    }

    /** The inherited PATH first, then the folders package managers install into. */
    String searchPath() {
        Set<String> folders = new LinkedHashSet<>();
        String inherited = environment.getOrDefault("PATH", environment.getOrDefault("Path", ""));
        for (String folder : inherited.split(File.pathSeparator)) {
            if (!folder.isBlank()) {
                folders.add(folder);
            }
        }
        List<String> usual = new ArrayList<>(List.of(
                "/usr/local/bin",
                "/opt/homebrew/bin",
                "/usr/bin",
                "/bin",
                home.resolve(".local").resolve("bin").toString(),
                "/opt/local/bin",
                "/snap/bin"));
        folders.addAll(usual);
        return String.join(File.pathSeparator, folders);
    }

    private static byte[] readCapped(InputStream in) {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (out.size() < MAX_OUTPUT) {
                    out.write(buffer, 0, Math.min(n, MAX_OUTPUT - out.size()));
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static String stderrPart(String stderr) {
        String trimmed = stderr.strip();
        if (trimmed.isEmpty()) {
            return "";
        }
        return ": " + (trimmed.length() > MAX_STDERR_SHOWN ? trimmed.substring(0, MAX_STDERR_SHOWN) + "…" : trimmed);
    }

    private ServiceCallException failure(String what) {
        return ServiceCallException.credentials("credential_process of profile '" + profileName + "' " + what);
    }

    @Override
    public String toString() {
        return "CredentialProcessProvider(" + profileName + ")";
    }

    private record Result(int exitCode, byte[] stdout, String stderr) {}
}

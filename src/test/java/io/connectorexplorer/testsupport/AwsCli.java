package io.connectorexplorer.testsupport;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The AWS CLI installed on this machine ({@code aws} on PATH), run as a separate process against a loopback
 * endpoint with fake static keys from its environment and its own config file. Nothing of the caller's AWS
 * environment reaches it: every {@code AWS_*} variable is removed first.
 */
public final class AwsCli {

    private static final long TIMEOUT_SECONDS = 60;

    private final Path executable;
    private final Path folder;
    private final Path configFile;
    private final AtomicInteger runs = new AtomicInteger();

    private AwsCli(Path executable, Path folder) {
        this.executable = executable;
        this.folder = folder;
        this.configFile = folder.resolve("aws-cli-config");
    }

    /** {@code aws} from PATH, or empty when it is not installed. */
    public static Optional<Path> findOnPath() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Arrays.stream(path.split(File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, "aws"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /**
     * A CLI whose config file (in {@code folder}) sets {@code cli_timestamp_format = iso8601} for the default
     * profile, as AWS CLI v2 prints timestamps by default.
     */
    public static AwsCli create(Path executable, Path folder) throws IOException {
        AwsCli cli = new AwsCli(executable, folder);
        Files.writeString(cli.configFile, "[default]\ncli_timestamp_format = iso8601\n");
        return cli;
    }

    /** What one run printed. */
    public record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "aws exit " + exitCode + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err;
        }
    }

    /** Runs {@code aws ARGS} in time zone UTC. */
    public Result run(String... args) throws IOException, InterruptedException {
        return run(Map.of("TZ", "UTC"), args);
    }

    /** Runs {@code aws ARGS} with extra variables (such as TZ) on top of the fixed ones. */
    public Result run(Map<String, String> extra, String... args) throws IOException, InterruptedException {
        int n = runs.incrementAndGet();
        Path out = folder.resolve("aws-" + n + ".out");
        Path err = folder.resolve("aws-" + n + ".err");
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File(File.separatorChar == '/' ? "/dev/null" : "NUL")));
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.toUpperCase(java.util.Locale.ROOT).startsWith("AWS_"));
        env.put("AWS_CONFIG_FILE", configFile.toString());
        env.put(
                "AWS_SHARED_CREDENTIALS_FILE",
                folder.resolve("no-such-credentials-file").toString());
        env.put("AWS_ACCESS_KEY_ID", AppFlowTestAccount.ACCESS_KEY_ID);
        env.put("AWS_SECRET_ACCESS_KEY", AppFlowTestAccount.SECRET_ACCESS_KEY);
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        env.put("AWS_PAGER", "");
        env.put("PYTHONIOENCODING", "utf-8");
        env.putAll(extra);
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("aws " + String.join(" ", args) + " did not finish in " + TIMEOUT_SECONDS + " s");
        }
        return new Result(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}

package io.connectorexplorer.bench;

import io.connectorexplorer.infra.demo.DemoCatalogue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The command line against a loopback AppFlow endpoint serving the demo catalogue, and the AWS CLI against the
 * same endpoint in the same run, interleaved round by round so both see the same machine load.
 */
final class CommandLineBench {

    private static final String DESCRIBED = "Salesforce";
    private static final String LEAN_DESCRIBE = "ours: describe, AppCDS + -XX:+UseSerialGC -XX:TieredStopAtLevel=1";

    private final Path jar;
    private final Path out;
    private final int warmups;
    private final int runs;
    private final Results results;
    private final String javaExe = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    CommandLineBench(Path jar, Path out, int warmups, int runs, Results results) {
        this.jar = jar;
        this.out = out.resolve("cli");
        this.warmups = warmups;
        this.runs = runs;
        this.results = results;
    }

    /** One command to time: its arguments, its environment, and the figure its times go to. */
    private record Command(String label, List<String> argv, Map<String, String> env, Figure figure) { }

    void run() throws Exception {
        try (BenchAccount account = BenchAccount.start(DemoCatalogue.bundled(), out)) {
            Map<String, String> ours = account.appEnvironment(out.resolve("home"));
            ours.remove("AWS_PROFILE");
            Optional<Path> aws = Display.onPath("aws");
            String group = "Command line vs AWS CLI, loopback endpoint, demo catalogue (27 connectors)";

            Path archive = out.getParent().resolve("connector-explorer-cli.jsa");
            boolean cds = createArchive(archive, ours);

            List<Command> commands = new ArrayList<>();
            commands.add(command("ours: list --json", List.of("list", "--json"), ours, List.of(), group));
            commands.add(command("ours: describe --connector-type " + DESCRIBED,
                    List.of("describe", "--connector-type", DESCRIBED), ours, List.of(), group));
            commands.add(command("ours: export --all", List.of("export", "--all", "--output",
                    out.resolve("export-all.json").toString()), ours, List.of(), group));
            if (cds) {
                commands.add(command("ours: describe, AppCDS archive", List.of("describe", "--connector-type", DESCRIBED),
                        ours, List.of("-XX:SharedArchiveFile=" + archive), group));
                commands.add(command("ours: list --json, AppCDS archive", List.of("list", "--json"), ours,
                        List.of("-XX:SharedArchiveFile=" + archive), group));
                commands.add(command(LEAN_DESCRIBE, List.of("describe", "--connector-type", DESCRIBED), ours,
                        List.of("-XX:SharedArchiveFile=" + archive, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"), group));
            }
            Map<String, String> awsEnv = new LinkedHashMap<>();
            awsEnv.put("AWS_ACCESS_KEY_ID", BenchAccount.ACCESS_KEY_ID);
            awsEnv.put("AWS_SECRET_ACCESS_KEY", BenchAccount.SECRET_ACCESS_KEY);
            awsEnv.put("AWS_CONFIG_FILE", account.noCredentialsFile.toString());
            awsEnv.put("AWS_SHARED_CREDENTIALS_FILE", account.noCredentialsFile.toString());
            awsEnv.put("AWS_EC2_METADATA_DISABLED", "true");
            awsEnv.put("AWS_PAGER", "");
            List<String> endpointArgs = List.of("--endpoint-url", account.endpoint.uri().toString(),
                    "--region", BenchAccount.REGION);
            if (aws.isPresent()) {
                List<String> list = new ArrayList<>(List.of(aws.get().toString(), "appflow", "describe-connectors"));
                list.addAll(endpointArgs);
                commands.add(new Command("aws appflow describe-connectors", list, awsEnv,
                        results.figure(group, "aws appflow describe-connectors", "ms")));
                List<String> one = new ArrayList<>(List.of(aws.get().toString(), "appflow", "describe-connector",
                        "--connector-type", DESCRIBED));
                one.addAll(endpointArgs);
                commands.add(new Command("aws appflow describe-connector", one, awsEnv,
                        results.figure(group, "aws appflow describe-connector --connector-type " + DESCRIBED, "ms")));
            } else {
                results.note("The AWS CLI (aws) is not on PATH: its figures and the ratios were skipped.");
            }

            Map<String, List<Double>> times = new LinkedHashMap<>();
            int total = warmups + runs;
            for (int round = 0; round < total; round++) {
                boolean warm = round < warmups;
                System.out.printf(Locale.ROOT, "[bench] command line: round %d of %d%s%n", round + 1, total,
                        warm ? " (warm-up)" : "");
                for (Command c : commands) {
                    Path stdout = out.resolve("stdout-" + Math.abs(c.label.hashCode()) + ".txt");
                    try (Proc p = Proc.start(c.argv, c.env, stdout)) {
                        double ms = p.awaitExitMillis(Duration.ofSeconds(120));
                        if (ms < 0 || p.process.exitValue() != 0 || (Files.size(stdout) == 0 && !c.label.contains("export"))) {
                            c.figure.failed(new IllegalStateException(c.label + " failed (exit "
                                    + (ms < 0 ? "timeout" : p.process.exitValue()) + "): " + p.stderrTail()));
                            continue;
                        }
                        if (warm) {
                            c.figure.warmup(ms);
                        } else {
                            c.figure.add(ms);
                            times.computeIfAbsent(c.label, k -> new ArrayList<>()).add(ms);
                        }
                    }
                }
            }
            if (aws.isPresent()) {
                ratio(group, "ratio describe: ours / AWS CLI", times, commands.get(1).label, "aws appflow describe-connector")
                        .target("<= 0.60", 0.6);
                if (cds) {
                    ratio(group, "ratio describe with AppCDS: ours / AWS CLI", times, "ours: describe, AppCDS archive",
                            "aws appflow describe-connector").target("<= 0.60", 0.6);
                    ratio(group, "ratio describe, AppCDS + SerialGC + C1 only: ours / AWS CLI", times, LEAN_DESCRIBE,
                            "aws appflow describe-connector").target("<= 0.60", 0.6);
                }
                ratio(group, "ratio list --json / aws describe-connectors", times, commands.get(0).label,
                        "aws appflow describe-connectors")
                        .note("not like for like: list also calls ListConnectors and describes the 4 custom connectors");
                results.note("AWS CLI: " + aws.get() + " (" + awsVersion(aws.get()) + "), fake keys in the environment, "
                        + "--endpoint-url to the same loopback endpoint.");
            }
        }
    }

    private Command command(String label, List<String> args, Map<String, String> env, List<String> jvmArgs, String group) {
        List<String> argv = new ArrayList<>(List.of(javaExe));
        argv.addAll(jvmArgs);
        argv.addAll(List.of("-jar", jar.toString()));
        argv.addAll(args);
        argv.addAll(List.of("--profile", BenchAccount.PROFILE));
        return new Command(label, argv, env, results.figure(group, label, "ms"));
    }

    /** Per-round ratios of two commands' times (the rounds interleave them, so each pair saw the same load). */
    private Figure ratio(String group, String name, Map<String, List<Double>> times, String ours, String theirs) {
        Figure f = results.figure(group, name, "x");
        List<Double> a = times.getOrDefault(ours, List.of());
        List<Double> b = times.getOrDefault(theirs, List.of());
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            f.add(a.get(i) / b.get(i));
        }
        return f;
    }

    /** A dynamic AppCDS archive from one run of {@code describe}, dumped at exit. */
    private boolean createArchive(Path archive, Map<String, String> env) throws Exception {
        Files.deleteIfExists(archive);
        List<String> argv = List.of(javaExe, "-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-jar", jar.toString(), "describe", "--connector-type", DESCRIBED, "--profile", BenchAccount.PROFILE);
        try (Proc p = Proc.start(argv, env, out.resolve("stdout-cds.txt"))) {
            p.awaitExitMillis(Duration.ofSeconds(120));
        }
        return Files.isRegularFile(archive) && Files.size(archive) > 0;
    }

    private static String awsVersion(Path aws) {
        try {
            Process p = new ProcessBuilder(aws.toString(), "--version").redirectErrorStream(true).start();
            String v = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            p.waitFor();
            return v;
        } catch (Exception e) {
            return "version unknown";
        }
    }
}

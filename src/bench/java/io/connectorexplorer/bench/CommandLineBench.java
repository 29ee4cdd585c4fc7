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
    private static final String DESCRIBE = "ours: describe --connector-type " + DESCRIBED;
    private static final String CDS_DESCRIBE = "ours: describe, AppCDS archive";
    private static final String LEAN_DESCRIBE = "ours: describe, " + Packaged.LABEL;
    private static final String LIST = "ours: list --json";
    private static final String INSTALLED_DESCRIBE = "installed: connector-explorer describe";
    private static final String AWS_DESCRIBE = "aws appflow describe-connector --connector-type " + DESCRIBED;
    private static final String AWS_LIST = "aws appflow describe-connectors";

    private final Path jar;
    private final Path out;
    private final int warmups;
    private final int runs;
    private final Results results;
    private final String javaExe =
            Path.of(System.getProperty("java.home"), "bin", "java").toString();

    private final GuiRuns.BeforeScenario beforeRound;

    CommandLineBench(Path jar, Path out, int warmups, int runs, Results results, GuiRuns.BeforeScenario beforeRound) {
        this.beforeRound = beforeRound;
        this.jar = jar;
        this.out = out.resolve("cli");
        this.warmups = warmups;
        this.runs = runs;
        this.results = results;
    }

    /** One command to time: its arguments, its environment, and the figure its times go to. */
    private record Command(String label, List<String> argv, Map<String, String> env, Figure figure) {}

    void run() throws Exception {
        try (BenchAccount account = BenchAccount.start(DemoCatalogue.bundled(), out)) {
            Map<String, String> ours = account.appEnvironment(out.resolve("home"));
            ours.remove("AWS_PROFILE");
            Optional<Path> aws = Display.onPath("aws");
            String group = "Command line vs AWS CLI, loopback endpoint, demo catalogue (27 connectors)";

            Path archive = out.getParent().resolve("connector-explorer-cli.jsa");
            boolean cds = createArchive(archive, ours);

            Map<String, String> awsEnv = new LinkedHashMap<>();
            awsEnv.put("AWS_ACCESS_KEY_ID", BenchAccount.ACCESS_KEY_ID);
            awsEnv.put("AWS_SECRET_ACCESS_KEY", BenchAccount.SECRET_ACCESS_KEY);
            awsEnv.put("AWS_CONFIG_FILE", account.noCredentialsFile.toString());
            awsEnv.put("AWS_SHARED_CREDENTIALS_FILE", account.noCredentialsFile.toString());
            awsEnv.put("AWS_EC2_METADATA_DISABLED", "true");
            awsEnv.put("AWS_PAGER", "");
            List<String> endpointArgs =
                    List.of("--endpoint-url", account.endpoint.uri().toString(), "--region", BenchAccount.REGION);
            if (aws.isEmpty()) {
                results.note("The AWS CLI (aws) is not on PATH: its figures and the ratios were skipped.");
            }
            List<String> cdsArgs = List.of("-XX:SharedArchiveFile=" + archive);
            List<String> describe = List.of("describe", "--connector-type", DESCRIBED);

            // Each of ours runs right beside its AWS CLI peer, so a ratio's two times saw the same machine.
            List<Command> commands = new ArrayList<>();
            Optional<Path> installed = installedStartScript();
            installed.ifPresentOrElse(
                    script -> commands.add(installedCommand(INSTALLED_DESCRIBE, script, describe, ours, group)),
                    () -> results.note("No installed app at " + INSTALLED
                            + " (-Dbench.installed=DIR): the installed command line's figures were skipped."
                            + " packaging/linux/check-installed.sh --keep installs the .deb."));
            commands.add(command(DESCRIBE, describe, ours, List.of(), group));
            aws.ifPresent(a -> commands.add(awsCommand(
                    AWS_DESCRIBE,
                    a,
                    List.of("describe-connector", "--connector-type", DESCRIBED),
                    endpointArgs,
                    awsEnv,
                    group)));
            if (cds) {
                commands.add(command(CDS_DESCRIBE, describe, ours, cdsArgs, group));
                List<String> lean = new ArrayList<>(cdsArgs);
                lean.addAll(Packaged.JAVA_OPTIONS);
                commands.add(command(LEAN_DESCRIBE, describe, ours, lean, group));
            }
            commands.add(command(LIST, List.of("list", "--json"), ours, List.of(), group));
            aws.ifPresent(a ->
                    commands.add(awsCommand(AWS_LIST, a, List.of("describe-connectors"), endpointArgs, awsEnv, group)));
            if (cds) {
                commands.add(
                        command("ours: list --json, AppCDS archive", List.of("list", "--json"), ours, cdsArgs, group));
            }
            commands.add(command(
                    "ours: export --all",
                    List.of(
                            "export",
                            "--all",
                            "--output",
                            out.resolve("export-all.json").toString()),
                    ours,
                    List.of(),
                    group));

            Map<String, List<Double>> times = new LinkedHashMap<>();
            int total = warmups + runs;
            for (int round = 0; round < total; round++) {
                boolean warm = round < warmups;
                beforeRound.await("command line");
                System.out.printf(
                        Locale.ROOT,
                        "[bench] command line: round %d of %d%s%n",
                        round + 1,
                        total,
                        warm ? " (warm-up)" : "");
                for (Command c : commands) {
                    Path stdout = out.resolve("stdout-" + Math.abs(c.label.hashCode()) + ".txt");
                    try (Proc p = Proc.start(c.argv, c.env, stdout)) {
                        double ms = p.awaitExitMillis(Duration.ofSeconds(120));
                        if (ms < 0
                                || p.process.exitValue() != 0
                                || (Files.size(stdout) == 0 && !c.label.contains("export"))) {
                            c.figure.failed(new IllegalStateException(c.label + " failed (exit "
                                    + (ms < 0 ? "timeout" : p.process.exitValue()) + "): " + p.stderrTail()));
                            continue;
                        }
                        if (warm) {
                            c.figure.warmup(ms);
                        } else {
                            c.figure.add(ms);
                            times.computeIfAbsent(c.label, k -> new ArrayList<>())
                                    .add(ms);
                        }
                    }
                }
            }
            if (aws.isPresent()) {
                if (installed.isPresent()) {
                    ratio(group, "ratio installed describe: ours / AWS CLI", times, INSTALLED_DESCRIBE, AWS_DESCRIBE)
                            .target("<= 0.60", 0.6);
                }
                ratio(group, "ratio java -jar describe: ours / AWS CLI", times, DESCRIBE, AWS_DESCRIBE)
                        .target("<= 1.0", 1.0);
                if (cds) {
                    ratio(group, "ratio describe with AppCDS: ours / AWS CLI", times, CDS_DESCRIBE, AWS_DESCRIBE)
                            .target("<= 0.60", 0.6);
                    ratio(
                                    group,
                                    "ratio describe, AppCDS + SerialGC + C1 only: ours / AWS CLI",
                                    times,
                                    LEAN_DESCRIBE,
                                    AWS_DESCRIBE)
                            .target("<= 0.60", 0.6);
                }
                ratio(group, "ratio list --json / aws describe-connectors", times, LIST, AWS_LIST)
                        .note(
                                "not like for like: list also calls ListConnectors and describes the 4 custom connectors");
                results.note("AWS CLI: " + aws.get() + " (" + awsVersion(aws.get())
                        + "), fake keys in the environment, " + "--endpoint-url to the same loopback endpoint.");
            }
        }
    }

    private Command command(
            String label, List<String> args, Map<String, String> env, List<String> jvmArgs, String group) {
        List<String> argv = new ArrayList<>(List.of(javaExe));
        argv.addAll(jvmArgs);
        argv.addAll(List.of("-jar", jar.toString()));
        argv.addAll(args);
        argv.addAll(List.of("--profile", BenchAccount.PROFILE));
        return new Command(label, argv, env, results.figure(group, label, "ms"));
    }

    /** Where the installed app is looked for: -Dbench.installed, else where the .deb puts it. */
    private static final Path INSTALLED = Path.of(System.getProperty("bench.installed", "/opt/connector-explorer"));

    /** The script the PATH and the menu entry start (lib/connector-explorer.sh), when the app is installed. */
    private static Optional<Path> installedStartScript() {
        Path script = INSTALLED.resolve("lib").resolve("connector-explorer.sh");
        return Files.isExecutable(script) ? Optional.of(script) : Optional.empty();
    }

    private Command installedCommand(
            String label, Path script, List<String> args, Map<String, String> env, String group) {
        List<String> argv = new ArrayList<>(List.of(script.toString()));
        argv.addAll(args);
        argv.addAll(List.of("--profile", BenchAccount.PROFILE));
        return new Command(label, argv, env, results.figure(group, label, "ms"));
    }

    private Command awsCommand(
            String label,
            Path aws,
            List<String> operation,
            List<String> endpointArgs,
            Map<String, String> env,
            String group) {
        List<String> argv = new ArrayList<>(List.of(aws.toString(), "appflow"));
        argv.addAll(operation);
        argv.addAll(endpointArgs);
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
        List<String> argv = List.of(
                javaExe,
                "-XX:ArchiveClassesAtExit=" + archive,
                "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off",
                "-jar",
                jar.toString(),
                "describe",
                "--connector-type",
                DESCRIBED,
                "--profile",
                BenchAccount.PROFILE);
        try (Proc p = Proc.start(argv, env, out.resolve("stdout-cds.txt"))) {
            p.awaitExitMillis(Duration.ofSeconds(120));
        }
        return Files.isRegularFile(archive) && Files.size(archive) > 0;
    }

    private static String awsVersion(Path aws) {
        try {
            Process p = new ProcessBuilder(aws.toString(), "--version")
                    .redirectErrorStream(true)
                    .start();
            String v = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            p.waitFor();
            return v;
        } catch (Exception e) {
            return "version unknown";
        }
    }
}

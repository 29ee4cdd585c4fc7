package io.connectorexplorer.bench;

import io.connectorexplorer.infra.demo.DemoCatalogue;
import io.connectorexplorer.testsupport.LoopbackFleet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * {@code inventory} of {@value #PROFILES} profiles × {@value #REGION_COUNT} regions (each profile its own account)
 * against a loopback fleet that adds {@value #DELAY_MS} ms to every call, as a child process started plain and with
 * the installers' JVM options (C1 only, serial GC; turn about, so both see the same machine): wall time, calls the
 * endpoint answered, the most in flight at once, peak resident memory; beside the AWS CLI doing the same job in a shell
 * loop ({@code describe-connectors} and {@code list-connectors} per target, one after the other). The loop takes
 * minutes, so it runs once per harness run, after ours; the ratio is the plain start's median over it.
 */
final class InventoryBench {

    static final int PROFILES = 25;
    static final List<String> REGIONS = List.of("us-east-1", "us-west-2", "eu-west-1", "ap-southeast-2");
    static final int REGION_COUNT = 4;
    static final int DELAY_MS = 50;

    private final Path jar;
    private final Path out;
    private final int warmups;
    private final int runs;
    private final Results results;

    InventoryBench(Path jar, Path out, int warmups, int runs, Results results) {
        this.jar = jar;
        this.out = out.resolve("inventory");
        this.warmups = warmups;
        this.runs = runs;
        this.results = results;
    }

    void run() throws Exception {
        Files.createDirectories(out);
        String group = "Inventory, " + PROFILES + " profiles x " + REGION_COUNT + " regions, loopback endpoint adding "
                + DELAY_MS + " ms to every call";
        Variant plain = new Variant(group, "ours", List.of());
        Variant lean = new Variant(group, "ours, the installers' JVM options", Packaged.JAVA_OPTIONS);
        plain.wall.target("<= 3 s", 3000);
        lean.wall.target("<= 3 s", 3000);
        Figure awsWall = results.figure(group, "AWS CLI: describe-connectors + list-connectors per target", "ms");
        Figure awsCalls = results.figure(group, "AWS CLI: calls the endpoint answered", "calls");
        Figure ratio = results.figure(group, "ratio ours / AWS CLI loop", "x").target("<= 0.05", 0.05);
        try (LoopbackFleet fleet = LoopbackFleet.start()) {
            DemoCatalogue demo = DemoCatalogue.bundled();
            StringBuilder config = new StringBuilder();
            List<String> profiles = new ArrayList<>();
            for (int i = 0; i < PROFILES; i++) {
                String profile = String.format(Locale.ROOT, "team%02d", i);
                LoopbackFleet.Account account =
                        fleet.account(String.format(Locale.ROOT, "%012d", 100_000_000_000L + i), demo);
                config.append(fleet.profileSection(profile, REGIONS.get(0)))
                        .append(account.credentialsSection(profile).replaceFirst("^\\[[^]]+]\n", ""));
                profiles.add(profile);
            }
            Path configFile = Files.writeString(out.resolve("aws-config"), config.toString());
            Path noCredentials = out.resolve("no-credentials");
            Map<String, String> env = new LinkedHashMap<>();
            env.put("AWS_CONFIG_FILE", configFile.toString());
            env.put("AWS_SHARED_CREDENTIALS_FILE", noCredentials.toString());
            env.put("CONNECTOR_EXPLORER_HOME", out.resolve("home").toString());
            fleet.delayEveryCall(Duration.ofMillis(DELAY_MS));

            // The two variants take turns, so both saw the same machine.
            for (int round = 0; round < warmups + runs; round++) {
                for (Variant variant : List.of(plain, lean)) {
                    if (!variant.measure(fleet, env, round < warmups)) {
                        return;
                    }
                }
            }
            plain.memory.note("sampled every 10 ms while it ran; the last sample before exit");
            Optional<Path> aws = Display.onPath("aws");
            if (aws.isEmpty()) {
                awsWall.note("the AWS CLI (aws) is not on PATH");
                return;
            }
            fleet.resetCounts();
            Path script = Files.writeString(out.resolve("aws-loop.sh"), awsLoop(aws.get(), profiles, fleet));
            try (Proc p = Proc.start(List.of("/bin/sh", script.toString()), env, out.resolve("aws-stdout.txt"))) {
                double ms = p.awaitExitMillis(Duration.ofMinutes(15));
                if (ms < 0 || p.process.exitValue() != 0) {
                    awsWall.failed(new IllegalStateException("the AWS CLI loop failed: " + p.stderrTail()));
                    return;
                }
                awsWall.add(ms);
                awsCalls.add(fleet.totalCalls());
                System.out.printf(Locale.ROOT, "[bench] AWS CLI loop: %.0f ms, %d calls%n", ms, fleet.totalCalls());
            }
            ratio.add(plain.wall.median() / awsWall.median());
            awsWall.note("one run (it takes minutes), after ours");
        }
    }

    /** One way of starting ours: its JVM options and its figures. */
    private final class Variant {
        final List<String> argv = new ArrayList<>();
        final Figure wall;
        final Figure calls;
        final Figure peak;
        final Figure memory;
        final Path json;

        Variant(String group, String label, List<String> jvmOptions) {
            json = out.resolve("inventory-" + Math.abs(label.hashCode()) + ".json");
            argv.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            argv.addAll(jvmOptions);
            argv.addAll(List.of(
                    "-jar",
                    jar.toString(),
                    "inventory",
                    "--all-profiles",
                    "--regions",
                    String.join(",", REGIONS),
                    "--json",
                    "--output",
                    json.toString()));
            wall = results.figure(group, label + ": inventory --all-profiles, 4 regions, --json", "ms");
            calls = results.figure(group, label + ": calls the endpoint answered", "calls");
            peak = results.figure(group, label + ": most calls in flight at once", "calls");
            memory = results.figure(group, label + ": peak resident memory (VmHWM)", "MB");
        }

        /** One run; false when it failed (told in the figure). */
        boolean measure(LoopbackFleet fleet, Map<String, String> env, boolean warm) throws Exception {
            fleet.resetCounts();
            Files.deleteIfExists(json);
            try (Proc p = Proc.start(argv, env, out.resolve("stdout.txt"))) {
                long peakKb = 0;
                while (!p.process.waitFor(10, TimeUnit.MILLISECONDS)) {
                    peakKb = Math.max(peakKb, p.statusKb("VmHWM").orElse(0L));
                }
                double ms = (System.nanoTime() - p.launchedNanos) / 1e6;
                if (p.process.exitValue() != 0 || !Files.isRegularFile(json)) {
                    wall.failed(new IllegalStateException(
                            "inventory failed (exit " + p.process.exitValue() + "): " + p.stderrTail()));
                    return false;
                }
                System.out.printf(
                        Locale.ROOT,
                        "[bench] %s%s: %.0f ms, %d calls, %d in flight at most, VmHWM %d MB%n",
                        wall.name,
                        warm ? " (warm-up)" : "",
                        ms,
                        fleet.totalCalls(),
                        fleet.peakInFlight(),
                        peakKb / 1024);
                if (warm) {
                    wall.warmup(ms);
                    return true;
                }
                wall.add(ms);
                calls.add(fleet.totalCalls());
                peak.add(fleet.peakInFlight());
                memory.add(peakKb / 1024.0);
                return true;
            }
        }
    }

    /** The shell loop a user would write: both listings per target, one call after the other. */
    private static String awsLoop(Path aws, List<String> profiles, LoopbackFleet fleet) {
        StringBuilder script = new StringBuilder("set -e\nexport AWS_PAGER= AWS_EC2_METADATA_DISABLED=true\n");
        script.append("for p in ").append(String.join(" ", profiles)).append("; do\n");
        script.append("  for r in ").append(String.join(" ", REGIONS)).append("; do\n");
        for (String operation : List.of("describe-connectors", "list-connectors")) {
            script.append("    ")
                    .append(aws)
                    .append(" appflow ")
                    .append(operation)
                    .append(" --profile \"$p\" --region \"$r\" --endpoint-url ")
                    .append(fleet.uri())
                    .append(" > /dev/null\n");
        }
        script.append("  done\ndone\n");
        return script.toString();
    }
}

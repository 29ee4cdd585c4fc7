package io.connectorexplorer.bench;

import io.connectorexplorer.core.account.AccountConnection;
import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.connector.ConnectorCatalog;
import io.connectorexplorer.core.connector.ConnectorSummary;
import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.core.profile.MfaPrompt;
import io.connectorexplorer.core.profile.ProfileKind;
import io.connectorexplorer.core.settings.Settings;
import io.connectorexplorer.core.task.Cancellation;
import io.connectorexplorer.infra.appflow.AppFlowAccounts;
import io.connectorexplorer.infra.appflow.AwsConnections;
import io.connectorexplorer.infra.demo.DemoCatalogue;
import io.connectorexplorer.infra.profile.AwsConfigFiles;
import io.connectorexplorer.infra.profile.AwsEnvironment;
import io.connectorexplorer.infra.profile.ConfigFileProfileCatalog;
import io.connectorexplorer.infra.profile.SdkConfigIsolation;
import io.connectorexplorer.ui.common.Theme;
import io.connectorexplorer.ui.profile.ProfileSwitcherView;
import io.connectorexplorer.ui.profile.ProfileSwitcherViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Scale in the harness JVM, through the app's own services and the real SDK client against loopback: an account
 * with 1,000 custom connectors, and a config file with 500 profiles (read, picker, switch).
 */
final class ScaleBench {

    /** As the app's composition root makes it: one bounded pool for service calls (16 threads, daemons). */
    private static final java.util.concurrent.ExecutorService SERVICE_CALLS =
            java.util.concurrent.Executors.newFixedThreadPool(16, work -> {
                Thread thread = new Thread(work, "bench-service-call");
                thread.setDaemon(true);
                return thread;
            });

    private static final int CUSTOM = 1000;
    private static final int PROFILES = 500;

    private final Path out;
    private final int warmups;
    private final int runs;
    private final Results results;

    ScaleBench(Path out, int warmups, int runs, Results results) {
        this.out = out;
        this.warmups = warmups;
        this.runs = runs;
        this.results = results;
    }

    void run() throws Exception {
        SdkConfigIsolation.apply();
        thousandConnectors();
        fiveHundredProfiles();
    }

    private void thousandConnectors() throws Exception {
        String group = "Scale: an account with 1,000 custom connectors (SDK client, loopback)";
        Path folder = out.resolve("scale-1000");
        try (BenchAccount account = BenchAccount.start(Catalogues.withCustomConnectors(CUSTOM), folder)) {
            AwsEnvironment env = account.awsEnvironment(folder);
            AwsConfigFiles files = new AwsConfigFiles(env);
            AwsProfile profile = new ConfigFileProfileCatalog(files)
                    .profiles().stream()
                            .filter(p -> p.name().equals(BenchAccount.PROFILE))
                            .findFirst()
                            .orElseThrow();
            try (AwsConnections aws =
                    AwsConnections.create(env, files, AppFlowAccounts.Timeouts.DEFAULT, MfaPrompt.NONE)) {
                Figure list = results.figure(
                                group, "list complete: open + DescribeConnectors + ListConnectors x 10 pages", "ms")
                        .target("<= 2000 ms", 2000);
                Figure flags = results.figure(group, "badges filled: DescribeConnector x 1,000, 8 threads", "ms");
                int[] rows = new int[1];
                Measure.repeat(list, warmups, runs, () -> {
                    long t0 = System.nanoTime();
                    try (AccountConnection connection = aws.accounts().open(new Target(profile, BenchAccount.REGION))) {
                        List<ConnectorSummary> all =
                                new ConnectorCatalog(connection.appflow(), SERVICE_CALLS).listAll(Cancellation.NEVER);
                        rows[0] = all.size();
                        return Measure.since(t0);
                    }
                });
                list.note(rows[0] + " rows (23 connector types + " + CUSTOM + " custom); 'first' includes building the "
                        + "SDK client for the first time in this JVM");
                Measure.repeat(flags, warmups, runs, () -> {
                    try (AccountConnection connection = aws.accounts().open(new Target(profile, BenchAccount.REGION))) {
                        ConnectorCatalog catalog = new ConnectorCatalog(connection.appflow(), SERVICE_CALLS);
                        List<ConnectorSummary> all = catalog.listAll(Cancellation.NEVER);
                        long t0 = System.nanoTime();
                        List<ConnectorSummary> filled = catalog.withFlags(all, Cancellation.NEVER);
                        double ms = Measure.since(t0);
                        if (!filled.stream().allMatch(ConnectorSummary::flagsKnown)) {
                            throw new IllegalStateException("flags missing after withFlags");
                        }
                        return ms;
                    }
                });
                flags.note("background work after the list shows: the badges of custom connectors");
            }
        }
    }

    private void fiveHundredProfiles() throws Exception {
        String group = "Scale: a config file with 500 profiles";
        Path folder = out.resolve("scale-profiles");
        Files.createDirectories(folder);
        Path config = folder.resolve("config");
        Path credentials = folder.resolve("credentials");
        writeProfiles(config, credentials);
        try (BenchAccount account = BenchAccount.start(DemoCatalogue.bundled(), folder.resolve("endpoint"))) {
            Map<String, String> vars = new HashMap<>();
            vars.put("AWS_CONFIG_FILE", config.toString());
            vars.put("AWS_SHARED_CREDENTIALS_FILE", credentials.toString());
            vars.put("AWS_ENDPOINT_URL_APPFLOW", account.endpoint.uri().toString());
            vars.put("AWS_ENDPOINT_URL_STS", account.endpoint.uri().toString());
            AwsEnvironment env = new AwsEnvironment(vars, folder);

            List<List<AwsProfile>> read = new java.util.ArrayList<>();
            Figure profiles =
                    results.figure(group, "profiles read: ConfigFileProfileCatalog.profiles(), files parsed", "ms");
            Measure.repeat(profiles, Math.max(warmups, 3), runs, () -> {
                long t0 = System.nanoTime();
                List<AwsProfile> all = new ConfigFileProfileCatalog(new AwsConfigFiles(env)).profiles();
                double ms = Measure.since(t0);
                read.add(all);
                return ms;
            });
            List<AwsProfile> all = read.get(read.size() - 1);
            long usable = all.stream().filter(AwsProfile::isUsable).count();
            profiles.note(all.size() + " entries (" + usable + " usable, demo included)");

            picker(group, all);

            AwsConfigFiles files = new AwsConfigFiles(env);
            List<AwsProfile> withKeys = all.stream()
                    .filter(p -> p.kind() == ProfileKind.STATIC_KEYS && p.isUsable())
                    .toList();
            try (AwsConnections aws =
                    AwsConnections.create(env, files, AppFlowAccounts.Timeouts.DEFAULT, MfaPrompt.NONE)) {
                int[] next = new int[1];
                Figure switching =
                        results.figure(group, "profile switch: AppFlowAccounts.open + first call (list)", "ms");
                Measure.repeat(switching, Math.max(warmups, 3), runs, () -> {
                    AwsProfile target = withKeys.get(next[0]++ % withKeys.size());
                    long t0 = System.nanoTime();
                    try (AccountConnection connection = aws.accounts().open(new Target(target, BenchAccount.REGION))) {
                        new ConnectorCatalog(connection.appflow(), SERVICE_CALLS).listAll(Cancellation.NEVER);
                        return Measure.since(t0);
                    }
                });
                switching.note("a different static-keys profile each run, the demo catalogue on loopback; the SDK is "
                        + "already warm here (the window pays its first client at startup)");
            }
        }
    }

    /** The profile picker (the real view and view model, headless JavaFX) opened with every profile in it. */
    private void picker(String group, List<AwsProfile> all) throws Exception {
        Fx.start();
        ProfileSwitcherViewModel model = Fx.call(
                () -> new ProfileSwitcherViewModel(new MemorySettings(), appflowRegions(), BenchAccount.REGION));
        ProfileSwitcherView view = Fx.call(() -> {
            ProfileSwitcherView v = new ProfileSwitcherView(model);
            Scene scene = new Scene(v, 900, 600);
            Theme.LIGHT.apply(scene);
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            return v;
        });
        Fx.run(() -> model.load(all, Optional.empty(), Optional.empty()));
        Figure picker = results.figure(group, "profile picker opened: show + CSS + layout of the popup", "ms");
        Measure.repeat(
                picker,
                Math.max(warmups, 3),
                runs,
                () -> Fx.call(() -> {
                    long t0 = System.nanoTime();
                    view.openProfilePicker();
                    for (Window w : List.copyOf(Window.getWindows())) {
                        if (w instanceof PopupWindow popup && popup.isShowing() && popup.getScene() != null) {
                            popup.getScene().getRoot().applyCss();
                            popup.getScene().getRoot().layout();
                        }
                    }
                    double ms = Measure.since(t0);
                    view.lookupAll("#profilePicker").forEach(n -> ((javafx.scene.control.ComboBox<?>) n).hide());
                    return ms;
                }));
        picker.note(all.size() + " entries in the list");
    }

    private static List<String> appflowRegions() {
        return software.amazon.awssdk.services.appflow.AppflowClient.serviceMetadata().regions().stream()
                .map(software.amazon.awssdk.regions.Region::id)
                .sorted()
                .toList();
    }

    /**
     * 500 profiles of every kind the app lists: static keys (in the credentials file and in the config file),
     * SSO through four sso-session sections, assume-role chains, credential_process.
     */
    static void writeProfiles(Path config, Path credentials) throws java.io.IOException {
        StringBuilder c = new StringBuilder();
        StringBuilder k = new StringBuilder();
        for (int s = 0; s < 4; s++) {
            c.append("[sso-session corp-")
                    .append(s)
                    .append("]\nsso_start_url = https://corp-")
                    .append(s)
                    .append(
                            ".awsapps.com/start\nsso_region = us-east-1\nsso_registration_scopes = sso:account:access\n\n");
        }
        for (int i = 0; i < PROFILES; i++) {
            String name = String.format(Locale.ROOT, "team-%03d", i);
            c.append("[profile ").append(name).append("]\n");
            switch (i % 5) {
                case 0 -> {
                    c.append("region = eu-west-1\n");
                    k.append('[')
                            .append(name)
                            .append("]\naws_access_key_id = BENCHKEY")
                            .append(String.format(Locale.ROOT, "%016d", i))
                            .append("\naws_secret_access_key = secret-")
                            .append(i)
                            .append("-not-real\n\n");
                }
                case 1 ->
                    c.append("sso_session = corp-")
                            .append(i % 4)
                            .append("\nsso_account_id = ")
                            .append(String.format(Locale.ROOT, "%012d", 100000000000L + i))
                            .append("\nsso_role_name = ReadOnly\n")
                            .append("region = us-east-1\n");
                case 2 ->
                    c.append("role_arn = arn:aws:iam::123456789012:role/Team")
                            .append(i)
                            .append("\nsource_profile = ")
                            .append(String.format(Locale.ROOT, "team-%03d", i - 2))
                            .append("\nregion = us-west-2\n");
                case 3 ->
                    c.append("credential_process = /bin/false ").append(name).append("\nregion = ap-southeast-2\n");
                default ->
                    c.append("aws_access_key_id = BENCHKEY")
                            .append(String.format(Locale.ROOT, "%016d", i))
                            .append("\naws_secret_access_key = secret-")
                            .append(i)
                            .append("-not-real\nregion = us-east-1\n")
                            .append("output = json\ncli_pager =\n");
            }
            c.append('\n');
        }
        Files.writeString(config, c);
        Files.writeString(credentials, k);
    }

    /** Settings kept in memory: the picker remembers choices, the benchmark forgets them. */
    private static final class MemorySettings implements Settings {
        private final Map<String, String> values = new HashMap<>();

        @Override
        public Optional<String> get(String key) {
            return Optional.ofNullable(values.get(key));
        }

        @Override
        public void put(String key, String value) {
            values.put(key, value);
        }

        @Override
        public void remove(String key) {
            values.remove(key);
        }

        @Override
        public void flush() {
            // nothing to write
        }
    }
}

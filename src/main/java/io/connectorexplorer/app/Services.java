package io.connectorexplorer.app;

import io.connectorexplorer.core.account.AccountSessions;
import io.connectorexplorer.core.export.DescribeOutput;
import io.connectorexplorer.core.files.TextFileWriter;
import io.connectorexplorer.core.json.WireSchema;
import io.connectorexplorer.core.model.ServiceModel;
import io.connectorexplorer.core.profile.AccountDiscovery;
import io.connectorexplorer.core.profile.MfaPrompt;
import io.connectorexplorer.core.profile.ProfileCatalog;
import io.connectorexplorer.core.profile.SignInService;
import io.connectorexplorer.core.settings.Settings;
import io.connectorexplorer.core.store.History;
import io.connectorexplorer.infra.appflow.AppFlowAccounts;
import io.connectorexplorer.infra.appflow.AwsConnections;
import io.connectorexplorer.infra.appflow.SdkWireSchemas;
import io.connectorexplorer.infra.diagnostics.CallDiagnostics;
import io.connectorexplorer.infra.diagnostics.DiagnosticLogFile;
import io.connectorexplorer.infra.files.AtomicTextFileWriter;
import io.connectorexplorer.infra.model.BundledServiceModel;
import io.connectorexplorer.infra.profile.AwsConfigFiles;
import io.connectorexplorer.infra.profile.AwsEnvironment;
import io.connectorexplorer.infra.profile.ConfigFileProfileCatalog;
import io.connectorexplorer.infra.profile.SdkConfigIsolation;
import io.connectorexplorer.infra.profile.SsoProfileWriter;
import io.connectorexplorer.infra.settings.PropertiesSettings;
import io.connectorexplorer.infra.store.SqliteSnapshotStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;

/**
 * Everything the window and the command line share, built once with {@code new}; among them the diagnostic log,
 * told each service call and each problem shown.
 */
public record Services(
        AwsEnvironment environment,
        AwsConnections aws,
        ProfileCatalog profiles,
        AppFlowAccounts accounts,
        ExecutorService serviceCalls,
        AccountSessions sessions,
        SignInService signIn,
        WireSchema configurationSchema,
        DescribeOutput describeOutput,
        TextFileWriter fileWriter,
        DiagnosticLogFile diagnosticLog,
        History history)
        implements AutoCloseable {

    public static Services create(AwsEnvironment environment, AppFlowAccounts.Timeouts timeouts) {
        return create(environment, timeouts, MfaPrompt.NONE);
    }

    public static Services create(AwsEnvironment environment, AppFlowAccounts.Timeouts timeouts, MfaPrompt mfa) {
        SdkConfigIsolation.apply();
        AwsConfigFiles files = new AwsConfigFiles(environment);
        WireSchema schema = SdkWireSchemas.connectorConfiguration();
        // Opens no file: the log is created at its first line, on its own thread.
        DiagnosticLogFile log = new DiagnosticLogFile(settingsFolder(environment));
        AwsConnections aws = AwsConnections.create(environment, files, timeouts, mfa, new CallDiagnostics(log::call));
        ExecutorService serviceCalls = ServiceCallThreads.create();
        Path folder = settingsFolder(environment);
        // Opened on its own thread at its first use; its size cap is read from the settings file.
        History history = new History(() -> SqliteSnapshotStore.open(
                folder, new PropertiesSettings(folder.resolve("settings.properties")), Clock.systemUTC()));
        history.whenUnavailable(why -> log.problem("History", why.reason(), why.advice()));
        // The catalog lists SSO sessions' accounts on the shared pool, and saves them as profiles of the config file.
        ConfigFileProfileCatalog profiles = new ConfigFileProfileCatalog(
                files,
                new AccountDiscovery(aws.ssoPortal(), serviceCalls),
                new SsoProfileWriter(files, new AtomicTextFileWriter(), Clock.systemUTC()));
        return new Services(
                environment,
                aws,
                profiles,
                aws.accounts(),
                serviceCalls,
                new AccountSessions(aws.accounts(), serviceCalls, history),
                aws.signIn(),
                schema,
                new DescribeOutput(schema, SdkWireSchemas::response),
                new AtomicTextFileWriter(),
                log,
                history);
    }

    /** The settings folder: CONNECTOR_EXPLORER_HOME, else the platform's usual place. */
    private static Path settingsFolder(AwsEnvironment environment) {
        return PropertiesSettings.defaultFolder(environment.variables(), environment.home());
    }

    /** Where the diagnostic log is (Help ▸ Open log folder): the settings folder. It may not exist yet. */
    public Path logFolder() {
        return diagnosticLog.folder();
    }

    /** The AppFlow service model bundled with the app: the shapes and constraints of every request. */
    public ServiceModel appflowModel() {
        return BundledServiceModel.appflow();
    }

    /**
     * Loads, on the calling thread, the SDK metadata that {@link #create} and the window's region list read, and
     * the classes of an AppFlow client: for a second thread to do while others build the services and the window,
     * so the first account opens sooner. Idempotent and thread-safe.
     */
    public static void readAhead() {
        SdkWireSchemas.connectorConfiguration();
        AppFlowAccounts.appflowRegions();
        AppFlowAccounts.loadClientClasses();
    }

    /** Reads ahead what is otherwise read on first use: the AppFlow model, and the HTTP client's TLS set-up. */
    public void warmUp() {
        history.openAhead();
        appflowModel();
        aws.warmUp();
    }

    public Settings openSettings() {
        return new PropertiesSettings(settingsFolder().resolve("settings.properties"));
    }

    /** Where the settings live: per OS, under {@code CONNECTOR_EXPLORER_HOME} when set. */
    public Path settingsFolder() {
        return settingsFolder(environment);
    }

    @Override
    public void close() {
        // The history's writes queued last are kept before the calls' pool and the log go.
        history.close();
        serviceCalls.shutdownNow();
        aws.close();
        diagnosticLog.close();
    }
}

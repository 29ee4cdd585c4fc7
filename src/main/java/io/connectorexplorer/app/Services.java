package io.connectorexplorer.app;

import io.connectorexplorer.core.export.DescribeOutput;
import io.connectorexplorer.core.export.TextFileWriter;
import io.connectorexplorer.core.json.WireSchema;
import io.connectorexplorer.core.profile.ProfileCatalog;
import io.connectorexplorer.core.settings.Settings;
import io.connectorexplorer.infra.appflow.AppFlowAccounts;
import io.connectorexplorer.infra.appflow.SdkWireSchemas;
import io.connectorexplorer.infra.files.AtomicTextFileWriter;
import io.connectorexplorer.infra.profile.AwsConfigFiles;
import io.connectorexplorer.infra.profile.AwsEnvironment;
import io.connectorexplorer.infra.profile.ConfigFileProfileCatalog;
import io.connectorexplorer.infra.settings.PropertiesSettings;

/** Everything the window and the command line share, built once with {@code new}. */
public record Services(
        AwsEnvironment environment,
        ProfileCatalog profiles,
        AppFlowAccounts accounts,
        WireSchema configurationSchema,
        DescribeOutput describeOutput,
        TextFileWriter fileWriter) implements AutoCloseable {

    public static Services create(AwsEnvironment environment, AppFlowAccounts.Timeouts timeouts) {
        AwsConfigFiles files = new AwsConfigFiles(environment);
        WireSchema schema = SdkWireSchemas.connectorConfiguration();
        return new Services(environment,
                new ConfigFileProfileCatalog(files),
                new AppFlowAccounts(files, timeouts),
                schema,
                new DescribeOutput(schema),
                new AtomicTextFileWriter());
    }

    public Settings openSettings() {
        return new PropertiesSettings(PropertiesSettings.defaultFolder(environment.variables(), environment.home())
                .resolve("settings.properties"));
    }

    @Override
    public void close() {
        accounts.close();
    }
}

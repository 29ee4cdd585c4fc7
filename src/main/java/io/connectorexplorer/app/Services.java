package io.connectorexplorer.app;

import io.connectorexplorer.core.export.DescribeOutput;
import io.connectorexplorer.core.export.TextFileWriter;
import io.connectorexplorer.core.json.WireSchema;
import io.connectorexplorer.core.profile.MfaPrompt;
import io.connectorexplorer.core.profile.ProfileCatalog;
import io.connectorexplorer.core.profile.SignInService;
import io.connectorexplorer.core.settings.Settings;
import io.connectorexplorer.infra.appflow.AppFlowAccounts;
import io.connectorexplorer.infra.appflow.SdkWireSchemas;
import io.connectorexplorer.infra.files.AtomicTextFileWriter;
import io.connectorexplorer.infra.profile.AwsConfigFiles;
import io.connectorexplorer.infra.profile.AwsEnvironment;
import io.connectorexplorer.infra.profile.ConfigFileProfileCatalog;
import io.connectorexplorer.infra.profile.SdkConfigIsolation;
import io.connectorexplorer.infra.settings.PropertiesSettings;
import io.connectorexplorer.infra.sso.AccessTokenSource;

/** Everything the window and the command line share, built once with {@code new}. */
public record Services(
        AwsEnvironment environment,
        ProfileCatalog profiles,
        AppFlowAccounts accounts,
        SignInService signIn,
        WireSchema configurationSchema,
        DescribeOutput describeOutput,
        TextFileWriter fileWriter) implements AutoCloseable {

    public static Services create(AwsEnvironment environment, AppFlowAccounts.Timeouts timeouts) {
        return create(environment, timeouts, MfaPrompt.NONE);
    }

    public static Services create(AwsEnvironment environment, AppFlowAccounts.Timeouts timeouts, MfaPrompt mfa) {
        SdkConfigIsolation.apply();
        AwsConfigFiles files = new AwsConfigFiles(environment);
        WireSchema schema = SdkWireSchemas.connectorConfiguration();
        AccessTokenSource ssoTokens = session -> {
            throw new io.connectorexplorer.core.connector.ServiceCallException(
                    io.connectorexplorer.core.connector.ServiceCallException.Kind.SIGN_IN_REQUIRED, null, null, 0,
                    "SSO session " + session.cacheKey() + " needs a sign-in.");
        };
        return new Services(environment,
                new ConfigFileProfileCatalog(files),
                new AppFlowAccounts(files, timeouts, ssoTokens, mfa),
                (profile, prompt, cancellation) -> {
                    throw new io.connectorexplorer.core.connector.ServiceCallException(
                            io.connectorexplorer.core.connector.ServiceCallException.Kind.CONFIGURATION, null, null, 0,
                            "SSO sign-in is not available in this build; run 'aws sso login' for the profile.");
                },
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

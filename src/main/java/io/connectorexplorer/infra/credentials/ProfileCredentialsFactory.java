package io.connectorexplorer.infra.credentials;

import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.profile.MfaPrompt;
import io.connectorexplorer.infra.profile.AwsConfigFiles;
import io.connectorexplorer.infra.profile.EndpointResolver;
import io.connectorexplorer.infra.sso.AccessTokenSource;
import io.connectorexplorer.infra.sso.SsoSessionConfig;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.InstanceProfileCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sso.SsoClient;
import software.amazon.awssdk.services.sso.auth.SsoCredentialsProvider;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;
import software.amazon.awssdk.services.sts.auth.StsWebIdentityTokenFileCredentialsProvider;
import software.amazon.awssdk.services.sts.model.AssumeRoleRequest;

/**
 * One credentials provider per profile, built from the SDK's own providers (assume-role, SSO, web identity)
 * over the profile's settings as the AWS CLI reads them — never the shared default chain. Each STS and SSO
 * client it needs gets the configured endpoint (AWS_ENDPOINT_URL_STS, services sections, endpoint_url) and
 * the one HTTP client, and is closed with the provider.
 */
public final class ProfileCredentialsFactory {

    private final AwsConfigFiles files;
    private final SdkHttpClient httpClient;
    private final AccessTokenSource ssoTokens;
    private final MfaPrompt mfa;

    public ProfileCredentialsFactory(
            AwsConfigFiles files, SdkHttpClient httpClient, AccessTokenSource ssoTokens, MfaPrompt mfa) {
        this.files = files;
        this.httpClient = httpClient;
        this.ssoTokens = ssoTokens;
        this.mfa = mfa;
    }

    /** Credentials for a profile, with the clients they hold; close it when the account is closed. */
    public ProfileCredentials build(String profileName, String region) {
        List<AutoCloseable> resources = new ArrayList<>();
        try {
            return new ProfileCredentials(provider(profileName, region, new HashSet<>(), resources), resources);
        } catch (RuntimeException e) {
            new ProfileCredentials(null, resources).close();
            throw e;
        }
    }

    private AwsCredentialsProvider provider(
            String name, String region, Set<String> chain, List<AutoCloseable> resources) {
        if (name.equals(io.connectorexplorer.core.profile.AwsProfile.ENVIRONMENT_NAME)) {
            return environmentKeys();
        }
        AwsConfigFiles.Snapshot snapshot = files.read();
        Profile profile = snapshot.profile(name).orElseThrow(() -> problem("Profile '" + name + "' does not exist."));
        if (!chain.add(name)) {
            throw problem("Profile '" + name + "': the source_profile chain has a cycle.");
        }
        if (profile.property("role_arn").isPresent()) {
            return profile.property("web_identity_token_file").isPresent()
                    ? webIdentity(profile, region, snapshot, resources)
                    : assumeRole(profile, region, chain, snapshot, resources);
        }
        Optional<SsoSessionConfig> sso = SsoSessionConfig.of(profile, snapshot);
        if (sso.isPresent()) {
            return sso(profile, sso.get(), snapshot, resources);
        }
        if (profile.property("credential_process").isPresent()) {
            return new CredentialProcessProvider(
                    name,
                    profile.property("credential_process").get(),
                    files.environment().variables(),
                    files.environment().home());
        }
        if (profile.property("aws_access_key_id").isPresent()) {
            return new FileKeysProvider(files, name);
        }
        throw problem("Profile '" + name + "' has no credentials (no keys, SSO, role or credential_process).");
    }

    /** Keys from the environment the app was given (not the JVM's own, which tests cannot set). */
    private AwsCredentialsProvider environmentKeys() {
        var env = files.environment();
        String keyId = env.get("AWS_ACCESS_KEY_ID").orElseThrow(() -> problem("AWS_ACCESS_KEY_ID is not set."));
        String secret =
                env.get("AWS_SECRET_ACCESS_KEY").orElseThrow(() -> problem("AWS_SECRET_ACCESS_KEY is not set."));
        return software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(env.get("AWS_SESSION_TOKEN")
                .<software.amazon.awssdk.auth.credentials.AwsCredentials>map(token ->
                        software.amazon.awssdk.auth.credentials.AwsSessionCredentials.create(keyId, secret, token))
                .orElseGet(() -> software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create(keyId, secret)));
    }

    private AwsCredentialsProvider assumeRole(
            Profile profile,
            String region,
            Set<String> chain,
            AwsConfigFiles.Snapshot snapshot,
            List<AutoCloseable> resources) {
        AwsCredentialsProvider source = sourceOf(profile, region, chain, resources);
        StsClient sts = sts(profile, region, source, snapshot, resources);
        String roleArn = profile.property("role_arn").get();
        String sessionName =
                profile.property("role_session_name").orElse("connector-explorer-" + System.currentTimeMillis());
        StsAssumeRoleCredentialsProvider provider = StsAssumeRoleCredentialsProvider.builder()
                .stsClient(sts)
                .refreshRequest(() -> {
                    AssumeRoleRequest.Builder request =
                            AssumeRoleRequest.builder().roleArn(roleArn).roleSessionName(sessionName);
                    profile.property("external_id").ifPresent(request::externalId);
                    profile.property("duration_seconds").map(Integer::valueOf).ifPresent(request::durationSeconds);
                    profile.property("mfa_serial")
                            .ifPresent(serial -> request.serialNumber(serial)
                                    .tokenCode(mfa.mfaCode(profile.name(), serial)
                                            .orElseThrow(() -> ServiceCallException.of(
                                                    ServiceCallException.Kind.CANCELLED,
                                                    null,
                                                    "No MFA code was given for profile '" + profile.name() + "'."))));
                    return request.build();
                })
                .build();
        resources.add(provider);
        return provider;
    }

    private AwsCredentialsProvider sourceOf(
            Profile profile, String region, Set<String> chain, List<AutoCloseable> resources) {
        Optional<String> credentialSource = profile.property("credential_source");
        if (credentialSource.isPresent()) {
            return switch (credentialSource.get()) {
                case "Environment" -> EnvironmentVariableCredentialsProvider.create();
                case "Ec2InstanceMetadata" -> InstanceProfileCredentialsProvider.create();
                case "EcsContainer" -> ContainerCredentialsProvider.create();
                default ->
                    throw problem("Profile '" + profile.name() + "': unknown credential_source '"
                            + credentialSource.get() + "'.");
            };
        }
        String sourceName = profile.property("source_profile")
                .orElseThrow(() -> problem(
                        "Profile '" + profile.name() + "': role_arn needs source_profile or credential_source."));
        if (sourceName.equals(profile.name())
                && profile.property("aws_access_key_id").isPresent()) {
            return new FileKeysProvider(files, sourceName);
        }
        return provider(sourceName, region, chain, resources);
    }

    private AwsCredentialsProvider webIdentity(
            Profile profile, String region, AwsConfigFiles.Snapshot snapshot, List<AutoCloseable> resources) {
        StsClient sts = sts(profile, region, AnonymousCredentialsProvider.create(), snapshot, resources);
        StsWebIdentityTokenFileCredentialsProvider provider = StsWebIdentityTokenFileCredentialsProvider.builder()
                .stsClient(sts)
                .roleArn(profile.property("role_arn").get())
                .roleSessionName(profile.property("role_session_name")
                        .orElse("connector-explorer-" + System.currentTimeMillis()))
                .webIdentityTokenFile(
                        Path.of(profile.property("web_identity_token_file").get()))
                .build();
        resources.add(provider);
        return provider;
    }

    private AwsCredentialsProvider sso(
            Profile profile,
            SsoSessionConfig session,
            AwsConfigFiles.Snapshot snapshot,
            List<AutoCloseable> resources) {
        if (session.accountId() == null || session.roleName() == null) {
            throw problem("Profile '" + profile.name() + "' needs sso_account_id and sso_role_name.");
        }
        var builder = SsoClient.builder()
                .region(Region.of(session.region()))
                .httpClient(httpClient)
                .credentialsProvider(AnonymousCredentialsProvider.create())
                .overrideConfiguration(o -> o.defaultProfileFileSupplier(() -> snapshot.profileFile())
                        .defaultProfileName(profile.name()));
        endpoint(EndpointResolver.Service.SSO, snapshot, profile.name()).ifPresent(builder::endpointOverride);
        SsoClient client = builder.build();
        resources.add(client);
        SsoCredentialsProvider.Builder ssoBuilder = SsoCredentialsProvider.builder();
        SsoCredentialsProvider provider = ssoBuilder
                .ssoClient(client)
                .refreshRequest(() -> software.amazon.awssdk.services.sso.model.GetRoleCredentialsRequest.builder()
                        .accountId(session.accountId())
                        .roleName(session.roleName())
                        .accessToken(ssoTokens.validAccessToken(session, profile.name()))
                        .build())
                .build();
        resources.add(provider);
        return provider;
    }

    private StsClient sts(
            Profile profile,
            String region,
            AwsCredentialsProvider credentials,
            AwsConfigFiles.Snapshot snapshot,
            List<AutoCloseable> resources) {
        var builder = StsClient.builder()
                .region(Region.of(profile.property("region").orElse(region)))
                .credentialsProvider(credentials)
                .httpClient(httpClient)
                .overrideConfiguration(o -> o.defaultProfileFileSupplier(() -> snapshot.profileFile())
                        .defaultProfileName(profile.name()));
        endpoint(EndpointResolver.Service.STS, snapshot, profile.name()).ifPresent(builder::endpointOverride);
        StsClient client = builder.build();
        resources.add(client);
        return client;
    }

    private Optional<URI> endpoint(
            EndpointResolver.Service service, AwsConfigFiles.Snapshot snapshot, String profileName) {
        try {
            return EndpointResolver.resolve(service, files.environment(), snapshot, profileName);
        } catch (IllegalArgumentException e) {
            throw problem("Profile '" + profileName + "': " + e.getMessage() + ".");
        }
    }

    private static ServiceCallException problem(String message) {
        return ServiceCallException.configuration(message);
    }
}

package io.connectorexplorer.infra.profile;

import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.profile.AccountDiscovery;
import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.core.profile.DiscoveredAccount;
import io.connectorexplorer.core.profile.ProfileCatalog;
import io.connectorexplorer.core.profile.ProfileKind;
import io.connectorexplorer.core.profile.SavedProfile;
import io.connectorexplorer.core.profile.SsoSession;
import io.connectorexplorer.core.task.Cancellation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import software.amazon.awssdk.profiles.Profile;

/**
 * The profiles of the config and credentials files, each with the kind of credentials it uses and,
 * when it cannot work, why — as the AWS CLI would see them. The demo account comes last. The SSO sessions of the
 * files, the accounts their sign-ins reach (through {@link AccountDiscovery}) and saving one as a profile
 * ({@link SsoProfileWriter}) are here too, as the profile picker lists them beside the profiles.
 */
public final class ConfigFileProfileCatalog implements ProfileCatalog {

    private final AwsConfigFiles files;
    private final AccountDiscovery discovery;
    private final SsoProfileWriter profileWriter;

    /** Profiles and sessions only: discovering accounts and saving profiles are refused. */
    public ConfigFileProfileCatalog(AwsConfigFiles files) {
        this(files, null, null);
    }

    public ConfigFileProfileCatalog(AwsConfigFiles files, AccountDiscovery discovery, SsoProfileWriter profileWriter) {
        this.files = files;
        this.discovery = discovery;
        this.profileWriter = profileWriter;
    }

    @Override
    public List<AwsProfile> profiles() {
        AwsConfigFiles.Snapshot snapshot = files.read();
        Map<String, Profile> byName = new TreeMap<>(snapshot.profileFile().profiles());
        Map<String, AwsProfile> result = new TreeMap<>();
        byName.values().forEach(p -> {
            AwsProfile described = describe(p, byName, snapshot);
            // Every reason the profile cannot work, a line each: its malformed lines, then what the rest lacks.
            String broken = snapshot.brokenProfiles().get(p.name());
            String problems = broken == null
                    ? described.problem()
                    : described.problem() == null ? broken : broken + "\n" + described.problem();
            result.put(p.name(), new AwsProfile(described.name(), described.kind(), described.region(), problems));
        });
        // A profile whose header was malformed is still listed, greyed, with the reason.
        snapshot.profilesLostToErrors()
                .forEach(name -> result.put(
                        name,
                        new AwsProfile(
                                name,
                                ProfileKind.MALFORMED,
                                null,
                                snapshot.brokenProfiles().get(name))));
        List<AwsProfile> list = new ArrayList<>();
        AwsEnvironment env = files.environment();
        if (env.get("AWS_ACCESS_KEY_ID").isPresent()) {
            list.add(new AwsProfile(
                    AwsProfile.ENVIRONMENT_NAME,
                    ProfileKind.ENVIRONMENT,
                    env.region().orElse(null),
                    env.get("AWS_SECRET_ACCESS_KEY").isPresent()
                            ? null
                            : "AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not"));
        }
        list.addAll(result.values());
        list.add(AwsProfile.demo());
        return list;
    }

    @Override
    public AutoCloseable watch(Runnable onChange) {
        try {
            return ProfileFilesWatcher.start(
                    List.of(
                            files.environment().configFile(),
                            files.environment().credentialsFile()),
                    List.of(files.environment()
                            .home()
                            .resolve(".aws")
                            .resolve("sso")
                            .resolve("cache")),
                    onChange);
        } catch (java.io.IOException e) {
            return () -> {};
        }
    }

    @Override
    public List<String> fileProblems() {
        return files.read().problems();
    }

    @Override
    public Optional<String> environmentProfile() {
        return files.environment().profile();
    }

    @Override
    public Optional<String> environmentRegion() {
        return files.environment().region();
    }

    @Override
    public Optional<Path> configFile() {
        Path config = files.environment().configFile();
        return Files.isRegularFile(config) ? Optional.of(config) : Optional.empty();
    }

    @Override
    public boolean isEmpty() {
        return files.read().profileFile().profiles().isEmpty();
    }

    @Override
    public List<SsoSession> ssoSessions() {
        return ConfiguredSsoSessions.of(files.read());
    }

    @Override
    public List<DiscoveredAccount> discoverAccounts(SsoSession session, Cancellation cancellation) {
        return discovery == null
                ? ProfileCatalog.super.discoverAccounts(session, cancellation)
                : discovery.discover(session, cancellation);
    }

    @Override
    public String proposedProfileName(DiscoveredAccount account) {
        return profileWriter == null ? account.proposedProfileName() : profileWriter.proposedName(account);
    }

    @Override
    public Optional<String> profileNameProblem(String name) {
        return profileWriter == null ? Optional.empty() : profileWriter.nameProblem(name);
    }

    @Override
    public SavedProfile saveAsProfile(DiscoveredAccount account, String name, String region) {
        if (profileWriter == null) {
            return ProfileCatalog.super.saveAsProfile(account, name, region);
        }
        SsoProfileWriter.Written written = profileWriter.save(account, name, region);
        AwsProfile saved = profiles().stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow(() -> ServiceCallException.localFile(
                        "Profile '" + name + "' was written to " + written.configFile() + " but is not read back."));
        return new SavedProfile(saved, written.configFile(), written.backup());
    }

    static AwsProfile describe(Profile profile, Map<String, Profile> all, AwsConfigFiles.Snapshot snapshot) {
        String region = profile.property("region").orElse(null);
        ProfileKind kind = kindOf(profile);
        String problem = problemOf(profile, kind, all, snapshot);
        return new AwsProfile(profile.name(), kind, region, problem);
    }

    static ProfileKind kindOf(Profile p) {
        if (p.property("role_arn").isPresent()) {
            return p.property("web_identity_token_file").isPresent()
                    ? ProfileKind.WEB_IDENTITY
                    : ProfileKind.ASSUME_ROLE;
        }
        if (p.property("sso_session").isPresent()
                || p.property("sso_start_url").isPresent()
                || p.property("sso_account_id").isPresent()) {
            return ProfileKind.SSO;
        }
        if (p.property("credential_process").isPresent()) {
            return ProfileKind.CREDENTIAL_PROCESS;
        }
        if (p.property("aws_access_key_id").isPresent()) {
            return p.property("aws_session_token").isPresent() ? ProfileKind.SESSION_KEYS : ProfileKind.STATIC_KEYS;
        }
        return ProfileKind.NO_CREDENTIALS;
    }

    private static String problemOf(
            Profile p, ProfileKind kind, Map<String, Profile> all, AwsConfigFiles.Snapshot snapshot) {
        return switch (kind) {
            case STATIC_KEYS, SESSION_KEYS ->
                p.property("aws_secret_access_key").isPresent()
                        ? null
                        : "aws_access_key_id is set but aws_secret_access_key is missing";
            case SSO -> ssoProblem(p, snapshot);
            case ASSUME_ROLE -> roleProblem(p, all, snapshot);
            case NO_CREDENTIALS ->
                "no credentials: the profile sets none of aws_access_key_id, sso_session, "
                        + "role_arn or credential_process";
            default -> null;
        };
    }

    private static String ssoProblem(Profile p, AwsConfigFiles.Snapshot snapshot) {
        List<String> missing = new ArrayList<>();
        Optional<String> session = p.property("sso_session");
        if (session.isPresent()) {
            Optional<Profile> section = snapshot.section("sso-session", session.get());
            if (section.isEmpty()) {
                missing.add("sso_session '" + session.get() + "' has no [sso-session " + session.get() + "] section");
            } else {
                for (String setting : List.of("sso_start_url", "sso_region")) {
                    if (section.get().property(setting).isEmpty()) {
                        missing.add("[sso-session " + session.get() + "] has no " + setting);
                    }
                }
            }
        } else {
            for (String setting : List.of("sso_start_url", "sso_region")) {
                if (p.property(setting).isEmpty()) {
                    missing.add(setting + " is missing");
                }
            }
        }
        if (p.property("sso_account_id").isEmpty()
                || p.property("sso_role_name").isEmpty()) {
            missing.add("sso_account_id and sso_role_name are both needed");
        }
        return missing.isEmpty() ? null : String.join("\n", missing);
    }

    private static final Set<String> CREDENTIAL_SOURCES = Set.of("Environment", "Ec2InstanceMetadata", "EcsContainer");

    private static String roleProblem(Profile p, Map<String, Profile> all, AwsConfigFiles.Snapshot snapshot) {
        Optional<String> source = p.property("source_profile");
        Optional<String> credentialSource = p.property("credential_source");
        if (source.isPresent() && credentialSource.isPresent()) {
            return "role_arn takes source_profile or credential_source, not both";
        }
        if (credentialSource.isPresent()) {
            return CREDENTIAL_SOURCES.contains(credentialSource.get())
                    ? null
                    : "credential_source must be Environment, Ec2InstanceMetadata or EcsContainer, not '"
                            + credentialSource.get() + "'";
        }
        if (source.isEmpty()) {
            return "role_arn needs source_profile or credential_source";
        }
        Set<String> seen = new HashSet<>();
        seen.add(p.name());
        String next = source.get();
        while (true) {
            Profile sourceProfile = all.get(next);
            if (sourceProfile == null) {
                return "source_profile '" + next + "' does not exist";
            }
            boolean selfSourced = sourceProfile
                    .property("source_profile")
                    .map(sourceProfile.name()::equals)
                    .orElse(false);
            if (!seen.add(next) && !(selfSourced && hasKeys(sourceProfile))) {
                return "source_profile chain has a cycle through '" + next + "'";
            }
            boolean chainsFurther = sourceProfile.property("role_arn").isPresent()
                    && sourceProfile.property("source_profile").isPresent()
                    && !(selfSourced && hasKeys(sourceProfile));
            if (!chainsFurther) {
                return sourceProblem(sourceProfile, all, snapshot);
            }
            next = sourceProfile.property("source_profile").get();
        }
    }

    /** The profile at the end of a role chain must itself be able to produce credentials. */
    private static String sourceProblem(Profile source, Map<String, Profile> all, AwsConfigFiles.Snapshot snapshot) {
        if (hasKeys(source)) {
            return source.property("aws_secret_access_key").isPresent()
                    ? null
                    : "source_profile '" + source.name() + "' has aws_access_key_id but no aws_secret_access_key";
        }
        ProfileKind kind = kindOf(source);
        if (kind == ProfileKind.NO_CREDENTIALS) {
            return "source_profile '" + source.name() + "' has no credentials";
        }
        String problem = kind == ProfileKind.ASSUME_ROLE
                ? roleProblem(source, all, snapshot)
                : problemOf(source, kind, all, snapshot);
        return problem == null ? null : "source_profile '" + source.name() + "': " + problem;
    }

    private static boolean hasKeys(Profile p) {
        return p.property("aws_access_key_id").isPresent();
    }
}

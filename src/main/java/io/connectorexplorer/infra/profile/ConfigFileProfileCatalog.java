package io.connectorexplorer.infra.profile;

import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.core.profile.ProfileCatalog;
import io.connectorexplorer.core.profile.ProfileKind;
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
 * when it cannot work, why — as the AWS CLI would see them. The demo account comes last.
 */
public final class ConfigFileProfileCatalog implements ProfileCatalog {

    private final AwsConfigFiles files;

    public ConfigFileProfileCatalog(AwsConfigFiles files) {
        this.files = files;
    }

    @Override
    public List<AwsProfile> profiles() {
        AwsConfigFiles.Snapshot snapshot = files.read();
        Map<String, Profile> byName = new TreeMap<>(snapshot.profileFile().profiles());
        List<AwsProfile> result = new ArrayList<>();
        byName.values().forEach(p -> result.add(describe(p, byName, snapshot)));
        result.add(AwsProfile.demo());
        return result;
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
    public boolean isEmpty() {
        return files.read().profileFile().profiles().isEmpty();
    }

    static AwsProfile describe(Profile profile, Map<String, Profile> all, AwsConfigFiles.Snapshot snapshot) {
        String region = profile.property("region").orElse(null);
        ProfileKind kind = kindOf(profile);
        String problem = problemOf(profile, kind, all, snapshot);
        return new AwsProfile(profile.name(), kind, region, problem);
    }

    static ProfileKind kindOf(Profile p) {
        if (p.property("role_arn").isPresent()) {
            return p.property("web_identity_token_file").isPresent() ? ProfileKind.WEB_IDENTITY : ProfileKind.ASSUME_ROLE;
        }
        if (p.property("sso_session").isPresent() || p.property("sso_start_url").isPresent()
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

    private static String problemOf(Profile p, ProfileKind kind, Map<String, Profile> all, AwsConfigFiles.Snapshot snapshot) {
        return switch (kind) {
            case STATIC_KEYS, SESSION_KEYS -> p.property("aws_secret_access_key").isPresent()
                    ? null : "aws_access_key_id is set but aws_secret_access_key is missing";
            case SSO -> ssoProblem(p, snapshot);
            case ASSUME_ROLE -> roleProblem(p, all);
            case NO_CREDENTIALS -> "no credentials: the profile sets none of aws_access_key_id, sso_session, "
                    + "role_arn or credential_process";
            default -> null;
        };
    }

    private static String ssoProblem(Profile p, AwsConfigFiles.Snapshot snapshot) {
        Optional<String> session = p.property("sso_session");
        if (session.isPresent()) {
            Optional<Profile> section = snapshot.section("sso-session", session.get());
            if (section.isEmpty()) {
                return "sso_session '" + session.get() + "' has no [sso-session " + session.get() + "] section";
            }
            if (section.get().property("sso_start_url").isEmpty()) {
                return "[sso-session " + session.get() + "] has no sso_start_url";
            }
        } else if (p.property("sso_start_url").isEmpty()) {
            return "sso_start_url is missing";
        }
        if (p.property("sso_account_id").isEmpty() || p.property("sso_role_name").isEmpty()) {
            return "sso_account_id and sso_role_name are both needed";
        }
        return null;
    }

    private static String roleProblem(Profile p, Map<String, Profile> all) {
        Optional<String> source = p.property("source_profile");
        if (source.isEmpty()) {
            return p.property("credential_source").isPresent() ? null
                    : "role_arn needs source_profile or credential_source";
        }
        Set<String> seen = new HashSet<>();
        seen.add(p.name());
        String next = source.get();
        while (true) {
            Profile sourceProfile = all.get(next);
            if (sourceProfile == null) {
                return "source_profile '" + next + "' does not exist";
            }
            if (!seen.add(next)) {
                // A profile may name itself as source when it also holds static keys: the CLI allows that.
                if (next.equals(sourceProfile.name()) && sourceProfile.property("aws_access_key_id").isPresent()) {
                    return null;
                }
                return "source_profile chain has a cycle through '" + next + "'";
            }
            if (sourceProfile.property("role_arn").isEmpty() || sourceProfile.property("source_profile").isEmpty()) {
                return null;
            }
            next = sourceProfile.property("source_profile").get();
        }
    }
}

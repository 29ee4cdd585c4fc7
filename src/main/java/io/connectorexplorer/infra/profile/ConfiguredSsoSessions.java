package io.connectorexplorer.infra.profile;

import io.connectorexplorer.core.profile.SsoSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import software.amazon.awssdk.profiles.Profile;

/**
 * The SSO sessions of the files as the AWS CLI v2 has them: each {@code [sso-session]} section with a start URL and
 * a region, in file order — also one no profile uses yet, as {@code aws configure sso-session} leaves it — then the
 * start URLs of older-form profiles (a start URL and region in the profile itself), by URL. A session without what
 * a sign-in needs is left out: the profile catalog already tells why its profiles cannot work.
 */
final class ConfiguredSsoSessions {

    private ConfiguredSsoSessions() {}

    static List<SsoSession> of(AwsConfigFiles.Snapshot snapshot) {
        Map<String, Profile> byName = new TreeMap<>(snapshot.profileFile().profiles());
        List<SsoSession> sessions = new ArrayList<>();
        for (String name : snapshot.ssoSessionNames()) {
            Optional<Profile> section = snapshot.section("sso-session", name);
            Optional<String> startUrl = section.flatMap(s -> s.property("sso_start_url"));
            Optional<String> ssoRegion = section.flatMap(s -> s.property("sso_region"));
            if (startUrl.isPresent() && ssoRegion.isPresent()) {
                List<Profile> users = users(
                        byName, p -> p.property("sso_session").map(name::equals).orElse(false));
                sessions.add(session(name, startUrl.get(), ssoRegion.get(), false, users));
            }
        }
        Map<String, String> legacyRegions = new TreeMap<>();
        byName.values().stream()
                .filter(p -> p.property("sso_session").isEmpty())
                .forEach(p -> p.property("sso_start_url")
                        .ifPresent(url ->
                                p.property("sso_region").ifPresent(region -> legacyRegions.putIfAbsent(url, region))));
        legacyRegions.forEach((url, region) -> {
            List<Profile> users = users(
                    byName,
                    p -> p.property("sso_session").isEmpty()
                            && p.property("sso_start_url").map(url::equals).orElse(false));
            sessions.add(session(url, url, region, true, users));
        });
        return List.copyOf(sessions);
    }

    private static List<Profile> users(Map<String, Profile> byName, Predicate<Profile> usesIt) {
        return byName.values().stream().filter(usesIt).toList();
    }

    private static SsoSession session(
            String name, String startUrl, String ssoRegion, boolean legacy, List<Profile> users) {
        String defaultRegion = users.stream()
                .flatMap(p -> p.property("region").stream())
                .findFirst()
                .orElse(null);
        return new SsoSession(
                name,
                startUrl,
                ssoRegion,
                legacy,
                defaultRegion,
                users.stream().map(Profile::name).toList());
    }
}

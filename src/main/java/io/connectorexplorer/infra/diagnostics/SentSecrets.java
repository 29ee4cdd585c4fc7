package io.connectorexplorer.infra.diagnostics;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * The one rule for the credentials a request went out with, and for masking them in whatever quotes the request:
 * an error message (AWS's SignatureDoesNotMatch quotes the canonical request, session token included, and a proxy
 * may echo any header), a header shown by {@code --debug}, the body of an error. The credentials are the access key
 * id the signature names, the signature, the session token and an SSO bearer token; the secret key itself never leaves
 * the machine. A request's body may carry secrets too — a CreateConnectorProfile's credentials, a CreateToken's
 * refresh token — and an error may quote them: those are the values of the members the service model marks sensitive.
 */
public final class SentSecrets {

    public static final String MASK = "****";

    private static final Pattern KEY_ID = Pattern.compile("Credential=([^/,\\s]+)/");
    private static final Pattern SIGNATURE = Pattern.compile("(Signature=)([^,\\s]+)");
    /** Headers whose whole value is a credential, in lower case. */
    private static final Set<String> CREDENTIAL_HEADERS =
            Set.of("x-amz-security-token", "x-amz-sso_bearer_token", "proxy-authorization", "cookie", "set-cookie");
    /** Query parameters of a presigned URL whose value is a credential or a signature, in lower case. */
    private static final Set<String> CREDENTIAL_PARAMETERS =
            Set.of("x-amz-security-token", "x-amz-credential", "x-amz-signature");

    /** How the SDK's generated {@code toString()} shows a member the service model marks sensitive, in lower case. */
    private static final String SDK_REDACTED = "=*** sensitive data redacted ***";

    private SentSecrets() {}

    /**
     * The values of {@code request}'s members that the service model marks sensitive, found where its own
     * {@code toString()} redacts them (the SDK keeps the mark nowhere else): every string inside such a member, values
     * of maps and lists included.
     */
    public static Set<String> sensitiveValues(SdkPojo request) {
        Set<String> values = new HashSet<>();
        collectSensitive(request, values);
        values.removeIf(String::isBlank);
        return values;
    }

    private static void collectSensitive(Object value, Set<String> into) {
        if (value instanceof SdkPojo pojo) {
            String shown = pojo.toString().toLowerCase(Locale.ROOT);
            if (!shown.contains(SDK_REDACTED)) {
                return;
            }
            for (SdkField<?> field : pojo.sdkFields()) {
                Object member = field.getValueOrDefault(pojo);
                if (shown.contains(field.memberName().toLowerCase(Locale.ROOT) + SDK_REDACTED)) {
                    collectStrings(member, into);
                } else {
                    collectSensitive(member, into);
                }
            }
        } else if (value instanceof Collection<?> items) {
            items.forEach(item -> collectSensitive(item, into));
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(item -> collectSensitive(item, into));
        }
    }

    private static void collectStrings(Object value, Set<String> into) {
        if (value instanceof String text) {
            into.add(text);
        } else if (value instanceof SdkPojo pojo) {
            pojo.sdkFields().forEach(field -> collectStrings(field.getValueOrDefault(pojo), into));
        } else if (value instanceof Collection<?> items) {
            items.forEach(item -> collectStrings(item, into));
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(item -> collectStrings(item, into));
        }
    }

    /** The credentials {@code request} carries: its access key id and signature, its session and bearer tokens. */
    public static Set<String> of(SdkHttpRequest request) {
        Set<String> sent = new HashSet<>();
        for (String header : CREDENTIAL_HEADERS) {
            String value = request.firstMatchingHeader(header).orElse("");
            if (!value.isBlank()) {
                sent.add(value);
            }
        }
        String authorization = request.firstMatchingHeader("Authorization").orElse("");
        Matcher keyId = KEY_ID.matcher(authorization);
        if (keyId.find()) {
            sent.add(keyId.group(1));
        }
        Matcher signature = SIGNATURE.matcher(authorization);
        if (signature.find()) {
            sent.add(signature.group(2));
        }
        return sent;
    }

    /** {@code text} with every one of {@code secrets} replaced by {@value #MASK}; null stays null. */
    public static String scrub(String text, Collection<String> secrets) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String secret : secrets) {
            if (!secret.isEmpty()) {
                result = result.replace(secret, MASK);
            }
        }
        return result;
    }

    /**
     * A header's value as it may be shown: none of a credential header; of {@code Authorization}, the scheme and,
     * for SigV4, the credential scope and signed headers — the key id and the signature masked; of any other, the
     * value with every one of {@code secrets} masked.
     */
    public static String headerValue(String name, String value, Collection<String> secrets) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (CREDENTIAL_HEADERS.contains(lower)) {
            return MASK;
        }
        if (lower.equals("authorization")) {
            return authorization(value, secrets);
        }
        return scrub(value, secrets);
    }

    private static String authorization(String value, Collection<String> secrets) {
        if (value.startsWith("AWS4-")) {
            String masked = KEY_ID.matcher(value).replaceAll("Credential=" + MASK + "/");
            return scrub(SIGNATURE.matcher(masked).replaceAll("$1" + MASK), secrets);
        }
        int space = value.indexOf(' ');
        return space > 0 ? value.substring(0, space) + " " + MASK : MASK;
    }

    /** A URL as it may be shown: presigned credentials and signatures in its query masked, and every secret. */
    public static String url(String url, Collection<String> secrets) {
        int query = url.indexOf('?');
        if (query < 0) {
            return scrub(url, secrets);
        }
        StringBuilder shown = new StringBuilder(url.substring(0, query + 1));
        String[] parameters = url.substring(query + 1).split("&", -1);
        for (int i = 0; i < parameters.length; i++) {
            String parameter = parameters[i];
            int equals = parameter.indexOf('=');
            String key = equals < 0 ? parameter : parameter.substring(0, equals);
            shown.append(i == 0 ? "" : "&")
                    .append(
                            equals >= 0 && CREDENTIAL_PARAMETERS.contains(key.toLowerCase(Locale.ROOT))
                                    ? key + "=" + MASK
                                    : parameter);
        }
        return scrub(shown.toString(), secrets);
    }
}

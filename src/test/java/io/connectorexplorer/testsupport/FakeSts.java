package io.connectorexplorer.testsupport;

import io.connectorexplorer.testsupport.LoopbackAwsServices.RecordedRequest;
import io.connectorexplorer.testsupport.LoopbackAwsServices.Reply;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * STS in its awsQuery protocol: form-encoded POSTs with {@code Action} and {@code Version=2011-06-15}, answered
 * with the XML STS sends. The caller is known by the access key id in the SigV4 {@code Credential=}; when the test
 * gave (or this fake issued) the secret key, the signature is checked too. GetCallerIdentity answers the identity
 * mapped to the key; AssumeRole issues temporary credentials (whose identity is the assumed role), records what
 * it was asked, and can require MFA.
 */
public final class FakeSts {

    static final String VERSION = "2011-06-15";
    private static final String NAMESPACE = "https://sts.amazonaws.com/doc/2011-06-15/";
    private static final Pattern CREDENTIAL = Pattern.compile(
            "^AWS4-HMAC-SHA256 Credential=([^/]+)/(\\d{8})/([^/]+)/([^/]+)/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]+)$");
    private static final Pattern ROLE_ARN =
            Pattern.compile("^arn:aws[\\w-]*:iam::(\\d{12}):role/(?:.*/)?([\\w+=,.@-]+)$");

    /** Who a key belongs to, as GetCallerIdentity tells it. */
    public record Identity(String account, String arn, String userId) {}

    /** One AssumeRole request, with the caller's access key id. */
    public record AssumeRoleCall(
            String callerAccessKeyId,
            String roleArn,
            String roleSessionName,
            String serialNumber,
            String tokenCode,
            String durationSeconds,
            String externalId) {}

    private record Mfa(String serialNumber, String tokenCode) {}

    private record Caller(FakeCredentials credentials, Identity identity) {}

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Caller> callers = new ConcurrentHashMap<>();
    private final Map<String, Mfa> mfa = new ConcurrentHashMap<>();
    private final Map<String, FakeCredentials> fixedCredentials = new ConcurrentHashMap<>();
    private final List<AssumeRoleCall> assumeRoleCalls = new CopyOnWriteArrayList<>();
    private final List<String> secrets = new CopyOnWriteArrayList<>();
    private volatile Clock clock = Clock.systemUTC();

    FakeSts clock(Clock clock) {
        this.clock = clock;
        return this;
    }

    /** Maps an access key id to an identity; its signatures are not checked (the secret is not known). */
    public FakeSts identity(String accessKeyId, String account, String arn) {
        callers.put(accessKeyId, new Caller(null, new Identity(account, arn, userIdFor(accessKeyId, arn))));
        return this;
    }

    /** Maps credentials to an identity; requests signed with them must carry a valid signature (and session token). */
    public FakeSts identity(FakeCredentials credentials, String account, String arn) {
        callers.put(
                credentials.accessKeyId(),
                new Caller(credentials, new Identity(account, arn, userIdFor(credentials.accessKeyId(), arn))));
        return this;
    }

    /** AssumeRole of {@code roleArn} needs this MFA device and code, as a role whose trust policy requires MFA. */
    public FakeSts requireMfa(String roleArn, String serialNumber, String tokenCode) {
        mfa.put(roleArn, new Mfa(serialNumber, tokenCode));
        return this;
    }

    /** AssumeRole of {@code roleArn} returns these credentials instead of fresh ones. */
    public FakeSts assumeRoleCredentials(String roleArn, FakeCredentials credentials) {
        fixedCredentials.put(roleArn, credentials);
        return this;
    }

    public List<AssumeRoleCall> assumeRoleCalls() {
        return List.copyOf(assumeRoleCalls);
    }

    /** The identity GetCallerIdentity would tell for an access key id, if known. */
    public Identity identityOf(String accessKeyId) {
        Caller caller = callers.get(accessKeyId);
        return caller == null ? null : caller.identity();
    }

    List<String> secretsIssued() {
        return List.copyOf(secrets);
    }

    /** Temporary credentials for an assumed role session, known to GetCallerIdentity from now on. */
    FakeCredentials issueRoleCredentials(String account, String roleName, String sessionName, Duration lifetime) {
        FakeCredentials credentials = new FakeCredentials(
                "ASIA" + upper(16),
                secret(40),
                secret(200),
                clock.instant().plus(lifetime).truncatedTo(ChronoUnit.SECONDS));
        register(
                credentials,
                account,
                "arn:aws:sts::" + account + ":assumed-role/" + roleName + "/" + sessionName,
                "AROA" + upper(17) + ":" + sessionName);
        return credentials;
    }

    Reply handle(RecordedRequest request) {
        Map<String, String> form = request.form();
        if (!VERSION.equals(form.get("Version"))) {
            return error(
                    400,
                    "InvalidAction",
                    "Could not find operation " + form.get("Action") + " for version " + form.get("Version"));
        }
        String authorization = request.header("Authorization").orElse("");
        Matcher signature = CREDENTIAL.matcher(authorization);
        if (!signature.matches() || !"sts".equals(signature.group(4))) {
            return error(403, "MissingAuthenticationToken", "Request is missing Authentication Token");
        }
        String accessKeyId = signature.group(1);
        Caller caller = callers.get(accessKeyId);
        if (caller == null) {
            return error(403, "InvalidClientTokenId", "The security token included in the request is invalid.");
        }
        if (caller.credentials() != null) {
            String sessionToken = caller.credentials().sessionToken();
            if (sessionToken != null
                    && !sessionToken.equals(
                            request.header("X-Amz-Security-Token").orElse(null))) {
                return error(403, "InvalidClientTokenId", "The security token included in the request is invalid.");
            }
            if (!signatureMatches(request, signature, caller.credentials().secretAccessKey())) {
                return error(
                        403,
                        "SignatureDoesNotMatch",
                        "The request signature we calculated does not match the "
                                + "signature you provided. Check your AWS Secret Access Key and signing method. Consult the "
                                + "service documentation for details.");
            }
        }
        return switch (form.getOrDefault("Action", "")) {
            case "GetCallerIdentity" -> getCallerIdentity(caller.identity());
            case "AssumeRole" -> assumeRole(accessKeyId, caller.identity(), form);
            default ->
                error(
                        400,
                        "InvalidAction",
                        "Could not find operation " + form.get("Action") + " for version " + VERSION);
        };
    }

    private Reply getCallerIdentity(Identity identity) {
        return Reply.xml(
                200,
                "<GetCallerIdentityResponse xmlns=\"" + NAMESPACE + "\">\n"
                        + "  <GetCallerIdentityResult>\n"
                        + "    <Arn>" + xml(identity.arn()) + "</Arn>\n"
                        + "    <UserId>" + xml(identity.userId()) + "</UserId>\n"
                        + "    <Account>" + xml(identity.account()) + "</Account>\n"
                        + "  </GetCallerIdentityResult>\n"
                        + metadata()
                        + "</GetCallerIdentityResponse>\n");
    }

    private Reply assumeRole(String callerKey, Identity caller, Map<String, String> form) {
        String roleArn = form.get("RoleArn");
        String sessionName = form.get("RoleSessionName");
        assumeRoleCalls.add(new AssumeRoleCall(
                callerKey,
                roleArn,
                sessionName,
                form.get("SerialNumber"),
                form.get("TokenCode"),
                form.get("DurationSeconds"),
                form.get("ExternalId")));
        Matcher role = ROLE_ARN.matcher(roleArn == null ? "" : roleArn);
        if (!role.matches()) {
            return error(
                    400,
                    "ValidationError",
                    "1 validation error detected: Value '" + roleArn
                            + "' at 'roleArn' failed to satisfy constraint: Member must have length greater than or equal to 20");
        }
        if (sessionName == null || sessionName.length() < 2 || sessionName.length() > 64) {
            return error(
                    400,
                    "ValidationError",
                    "1 validation error detected: Value '" + sessionName
                            + "' at 'roleSessionName' failed to satisfy constraint: Member must have length between 2 and 64");
        }
        if (!sessionName.matches("[\\w+=,.@-]*")) {
            return error(
                    400,
                    "ValidationError",
                    "1 validation error detected: Value '" + sessionName
                            + "' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*");
        }
        Mfa required = mfa.get(roleArn);
        if (required != null) {
            if (form.get("SerialNumber") == null || form.get("TokenCode") == null) {
                return error(
                        403,
                        "AccessDenied",
                        "User: " + caller.arn() + " is not authorized to perform: sts:AssumeRole on resource: "
                                + roleArn);
            }
            if (!required.serialNumber().equals(form.get("SerialNumber"))
                    || !required.tokenCode().equals(form.get("TokenCode"))) {
                return error(
                        403, "AccessDenied", "MultiFactorAuthentication failed with invalid MFA one time pass code. ");
            }
        }
        long seconds = form.get("DurationSeconds") == null ? 3600 : Long.parseLong(form.get("DurationSeconds"));
        String account = role.group(1);
        String roleName = role.group(2);
        FakeCredentials credentials = fixedCredentials.get(roleArn);
        Identity assumed;
        if (credentials == null) {
            credentials = issueRoleCredentials(account, roleName, sessionName, Duration.ofSeconds(seconds));
            assumed = callers.get(credentials.accessKeyId()).identity();
        } else {
            assumed = new Identity(
                    account,
                    "arn:aws:sts::" + account + ":assumed-role/" + roleName + "/" + sessionName,
                    "AROA" + upper(17) + ":" + sessionName);
            callers.put(credentials.accessKeyId(), new Caller(credentials, assumed));
        }
        return Reply.xml(
                200,
                "<AssumeRoleResponse xmlns=\"" + NAMESPACE + "\">\n"
                        + "  <AssumeRoleResult>\n"
                        + "    <AssumedRoleUser>\n"
                        + "      <AssumedRoleId>" + xml(assumed.userId()) + "</AssumedRoleId>\n"
                        + "      <Arn>" + xml(assumed.arn()) + "</Arn>\n"
                        + "    </AssumedRoleUser>\n"
                        + "    <Credentials>\n"
                        + "      <AccessKeyId>" + xml(credentials.accessKeyId()) + "</AccessKeyId>\n"
                        + "      <SecretAccessKey>" + xml(credentials.secretAccessKey()) + "</SecretAccessKey>\n"
                        + "      <SessionToken>" + xml(credentials.sessionToken()) + "</SessionToken>\n"
                        + "      <Expiration>" + DateTimeFormatter.ISO_INSTANT.format(credentials.expiration())
                        + "</Expiration>\n"
                        + "    </Credentials>\n"
                        + "  </AssumeRoleResult>\n"
                        + metadata()
                        + "</AssumeRoleResponse>\n");
    }

    private void register(FakeCredentials credentials, String account, String arn, String userId) {
        callers.put(credentials.accessKeyId(), new Caller(credentials, new Identity(account, arn, userId)));
    }

    /** SigV4 as the SDKs compute it for a POST to "/" with no query; the payload hash is over the body as sent. */
    private static boolean signatureMatches(RecordedRequest request, Matcher auth, String secretKey) {
        String date = auth.group(2);
        String region = auth.group(3);
        String service = auth.group(4);
        List<String> signedHeaders = Arrays.asList(auth.group(5).split(";"));
        String amzDate = request.header("X-Amz-Date").orElse("");
        StringBuilder canonical = new StringBuilder();
        canonical
                .append(request.method())
                .append('\n')
                .append(request.path().isEmpty() ? "/" : request.path())
                .append('\n')
                .append(request.rawQuery() == null ? "" : request.rawQuery())
                .append('\n');
        for (String name : signedHeaders) {
            String value = String.join(",", request.headers().getOrDefault(name, List.of()));
            canonical
                    .append(name.toLowerCase(Locale.ROOT))
                    .append(':')
                    .append(value.strip().replaceAll(" +", " "))
                    .append('\n');
        }
        canonical
                .append('\n')
                .append(auth.group(5))
                .append('\n')
                .append(request.header("X-Amz-Content-Sha256").orElse(sha256Hex(request.body())));
        String scope = date + "/" + region + "/" + service + "/aws4_request";
        String toSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n" + sha256Hex(canonical.toString());
        byte[] key = hmac(("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8), date);
        key = hmac(key, region);
        key = hmac(key, service);
        key = hmac(key, "aws4_request");
        return HexFormat.of().formatHex(hmac(key, toSign)).equals(auth.group(6));
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256Hex(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String metadata() {
        return "  <ResponseMetadata>\n    <RequestId>" + UUID.randomUUID() + "</RequestId>\n  </ResponseMetadata>\n";
    }

    private static Reply error(int status, String code, String message) {
        return Reply.xml(
                status,
                "<ErrorResponse xmlns=\"" + NAMESPACE + "\">\n"
                        + "  <Error>\n"
                        + "    <Type>Sender</Type>\n"
                        + "    <Code>" + xml(code) + "</Code>\n"
                        + "    <Message>" + xml(message) + "</Message>\n"
                        + "  </Error>\n"
                        + "  <RequestId>" + UUID.randomUUID() + "</RequestId>\n"
                        + "</ErrorResponse>\n");
    }

    private static String xml(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&apos;");
    }

    private static String userIdFor(String accessKeyId, String arn) {
        return arn.contains(":assumed-role/")
                ? "AROA" + accessKeyId.substring(Math.max(0, accessKeyId.length() - 12)) + ":"
                        + arn.substring(arn.lastIndexOf('/') + 1)
                : "AIDA" + accessKeyId.substring(Math.max(0, accessKeyId.length() - 16));
    }

    private String upper(int length) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private String secret(int length) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        secrets.add(text.toString());
        return text.toString();
    }
}

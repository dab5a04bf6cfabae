package dev.clssdk.stub;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a request's {@code TC3-HMAC-SHA256} signature, written from Tencent Cloud's documented
 * algorithm and sharing no code with the SDK's signer:
 *
 * <ol>
 *   <li>CanonicalRequest = {@code POST\n/\n\n} + the signed headers as
 *       {@code lowercase(name):lowercase(trim(value))\n}, in the order {@code SignedHeaders} lists
 *       them + {@code \n} + {@code SignedHeaders} + {@code \n} + hex(SHA-256(body))</li>
 *   <li>StringToSign = {@code TC3-HMAC-SHA256\n<timestamp>\n<date>/<service>/tc3_request\n} +
 *       hex(SHA-256(CanonicalRequest)), where {@code <date>} is the UTC date of the timestamp</li>
 *   <li>key = HMAC(HMAC(HMAC("TC3" + SecretKey, date), service), "tc3_request");
 *       Signature = hex(HMAC(key, StringToSign))</li>
 * </ol>
 */
final class Tc3Verifier {

    static final String ALGORITHM = "TC3-HMAC-SHA256";
    /** How far the request's timestamp may be from the server's clock. */
    static final long MAX_SKEW_SECONDS = 300;

    private static final HexFormat HEX = HexFormat.of();

    private final String service;
    private final Function<String, Optional<ContractStub.Credential>> credentials;

    /**
     * @param service     the service name every credential scope must name, for example {@code cls}
     * @param credentials the SecretKey (and token, if any) of a SecretId, or empty if unknown
     */
    Tc3Verifier(String service, Function<String, Optional<ContractStub.Credential>> credentials) {
        this.service = service;
        this.credentials = credentials;
    }

    /** What verification concluded: the caller's SecretId, or the error to answer. */
    sealed interface Outcome {
        record Verified(String secretId) implements Outcome {}

        record Rejected(String code, String message) implements Outcome {}
    }

    Outcome verify(StubRequest request, Instant now) {
        Optional<String> authorization = request.header("Authorization");
        if (authorization.isEmpty()) {
            return new Outcome.Rejected("AuthFailure.InvalidAuthorization", "The Authorization header is missing.");
        }
        Optional<ParsedAuthorization> parsed = ParsedAuthorization.parse(authorization.get());
        if (parsed.isEmpty()) {
            return new Outcome.Rejected("AuthFailure.InvalidAuthorization",
                    "The Authorization header is not of the form 'TC3-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...'.");
        }
        ParsedAuthorization auth = parsed.get();
        Optional<String> timestampHeader = request.header("X-TC-Timestamp");
        if (timestampHeader.isEmpty()) {
            return new Outcome.Rejected("MissingParameter", "The X-TC-Timestamp header is missing.");
        }
        if (!timestampHeader.get().matches("[0-9]{1,12}")) {
            return new Outcome.Rejected("InvalidParameter", "X-TC-Timestamp must be a Unix time in seconds.");
        }
        long timestamp = Long.parseLong(timestampHeader.get());
        if (Math.abs(timestamp - now.getEpochSecond()) > MAX_SKEW_SECONDS) {
            return new Outcome.Rejected("AuthFailure.SignatureExpire",
                    "The request timestamp is more than " + MAX_SKEW_SECONDS + " seconds off the server time.");
        }
        String date = utcDate(timestamp);
        if (!auth.date().equals(date) || !auth.service().equals(service) || !auth.terminator().equals("tc3_request")) {
            return new Outcome.Rejected("AuthFailure.SignatureFailure",
                    "The credential scope must be <UTC date of the timestamp>/" + service + "/tc3_request.");
        }
        if (!auth.signedHeaders().contains("content-type") || !auth.signedHeaders().contains("host")) {
            return new Outcome.Rejected("AuthFailure.InvalidAuthorization", "SignedHeaders must include content-type and host.");
        }
        Optional<ContractStub.Credential> credential = credentials.apply(auth.secretId());
        if (credential.isEmpty()) {
            return new Outcome.Rejected("AuthFailure.SecretIdNotFound", "The SecretId is unknown.");
        }
        Map<String, String> signed = new LinkedHashMap<>();
        for (String name : auth.signedHeaders()) {
            Optional<String> value = request.header(name);
            if (value.isEmpty()) {
                return new Outcome.Rejected("AuthFailure.InvalidAuthorization", "A signed header is missing: " + name);
            }
            signed.put(name, value.get());
        }
        String canonical = canonicalRequest(request.method(), signed, request.body());
        String expected = signature(credential.get().secretKey(), date, service,
                stringToSign(timestamp, date, service, sha256Hex(canonical.getBytes(StandardCharsets.UTF_8))));
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                auth.signature().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII))) {
            return new Outcome.Rejected("AuthFailure.SignatureFailure", "The signature does not match the request.");
        }
        String token = credential.get().token();
        if (token != null && !token.equals(request.header("X-TC-Token").orElse(null))) {
            return new Outcome.Rejected("AuthFailure.TokenFailure", "The X-TC-Token header does not match the temporary credential.");
        }
        return new Outcome.Verified(auth.secretId());
    }

    static String utcDate(long timestamp) {
        return LocalDate.ofInstant(Instant.ofEpochSecond(timestamp), ZoneOffset.UTC).toString();
    }

    /** Step 1 of the algorithm: the canonical request, for the headers in signing order. */
    static String canonicalRequest(String method, Map<String, String> signedHeaders, byte[] body) {
        StringBuilder canonical = new StringBuilder();
        canonical.append(method).append('\n').append("/\n").append('\n');
        for (Map.Entry<String, String> header : signedHeaders.entrySet()) {
            canonical.append(header.getKey().toLowerCase(Locale.ROOT)).append(':')
                    .append(header.getValue().trim().toLowerCase(Locale.ROOT)).append('\n');
        }
        canonical.append('\n').append(String.join(";", signedHeaders.keySet())).append('\n');
        canonical.append(sha256Hex(body));
        return canonical.toString();
    }

    /** Step 2: the string to sign. */
    static String stringToSign(long timestamp, String date, String service, String canonicalRequestHash) {
        return ALGORITHM + "\n" + timestamp + "\n" + date + "/" + service + "/tc3_request\n" + canonicalRequestHash;
    }

    /** Step 3: the signature. */
    static String signature(String secretKey, String date, String service, String stringToSign) {
        byte[] key = hmac(("TC3" + secretKey).getBytes(StandardCharsets.UTF_8), date);
        key = hmac(key, service);
        key = hmac(key, "tc3_request");
        return HEX.formatHex(hmac(key, stringToSign));
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every JVM has HmacSHA256", e);
        }
    }

    /** The parts of {@code TC3-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...}. */
    record ParsedAuthorization(String secretId, String date, String service, String terminator,
            List<String> signedHeaders, String signature) {

        static Optional<ParsedAuthorization> parse(String header) {
            if (!header.startsWith(ALGORITHM + " ")) {
                return Optional.empty();
            }
            Map<String, String> parts = new LinkedHashMap<>();
            for (String part : header.substring(ALGORITHM.length() + 1).split(",")) {
                int eq = part.indexOf('=');
                if (eq <= 0) {
                    return Optional.empty();
                }
                parts.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
            }
            String credential = parts.get("Credential");
            String signedHeaders = parts.get("SignedHeaders");
            String signature = parts.get("Signature");
            if (credential == null || signedHeaders == null || signature == null || parts.size() != 3) {
                return Optional.empty();
            }
            String[] scope = credential.split("/", -1);
            if (scope.length != 4 || scope[0].isEmpty() || !signature.matches("[0-9a-fA-F]{64}")) {
                return Optional.empty();
            }
            List<String> headers = new ArrayList<>();
            for (String name : signedHeaders.split(";", -1)) {
                if (name.isEmpty() || !name.equals(name.toLowerCase(Locale.ROOT))) {
                    return Optional.empty();
                }
                headers.add(name);
            }
            return Optional.of(new ParsedAuthorization(scope[0], scope[1], scope[2], scope[3], List.copyOf(headers), signature));
        }
    }
}

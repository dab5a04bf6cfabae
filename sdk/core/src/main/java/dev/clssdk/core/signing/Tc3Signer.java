package dev.clssdk.core.signing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * TC3-HMAC-SHA256, the request signature of Tencent Cloud API 3.0, for a {@code POST /} with a
 * JSON body and the signed headers {@code content-type;host}.
 *
 * <p>The static {@link #sign} and {@link #authorization} methods are pure: the same inputs give
 * the same output, so tests can check a signature without a client. An instance adds a
 * one-entry cache of the derived signing key, which depends only on the secret key, the UTC
 * date and the service, so a client that signs many requests per day derives it once a day.
 * Instances are thread-safe; the HMAC and the {@link MessageDigest} are reused per thread. The HMAC
 * is {@code HmacSha256}, not {@code javax.crypto.Mac}, whose first use initialises JCE at a
 * noticeable cost to a cold start (sdk/benchmarks/README.md, "Cold start").
 */
public final class Tc3Signer {
    /** The algorithm name that starts the {@code Authorization} value. */
    public static final String ALGORITHM = "TC3-HMAC-SHA256";

    /** The only content type this signer signs; requests must send exactly this header value. */
    public static final String CONTENT_TYPE = "application/json; charset=utf-8";

    /** The signed header names, in canonical order. */
    public static final String SIGNED_HEADERS = "content-type;host";

    private static final String TERMINATOR = "tc3_request";
    private static final HexFormat HEX = HexFormat.of();
    private static final byte[] TERMINATOR_BYTES = TERMINATOR.getBytes(StandardCharsets.UTF_8);

    private static final ThreadLocal<HmacSha256> HMAC = ThreadLocal.withInitial(HmacSha256::new);
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(HmacSha256::newDigest);
    /** Per thread, an HMAC already keyed with the last derived key it signed with (see {@link #signWith}). */
    private static final ThreadLocal<KeyedMac> KEYED_HMAC = ThreadLocal.withInitial(KeyedMac::new);

    /** The canonical request around the host and the payload hash, as UTF-8, for hashing in pieces. */
    private static final byte[] CANONICAL_HEAD = ("POST\n/\n\ncontent-type:" + CONTENT_TYPE + "\nhost:")
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] CANONICAL_MIDDLE = ("\n\n" + SIGNED_HEADERS + "\n").getBytes(StandardCharsets.UTF_8);
    private static final byte[] STRING_TO_SIGN_HEAD = (ALGORITHM + "\n").getBytes(StandardCharsets.UTF_8);
    private static final byte[] NEWLINE = {'\n'};

    /** The last UTC date computed, so the hot path formats a date once a day, not once a call. */
    private static volatile Day lastDay = new Day(0, "1970-01-01");

    private final String service;
    private final AtomicInteger derivations = new AtomicInteger();
    private volatile CachedKey cachedKey;

    /**
     * A signer for the given signing service.
     *
     * @param service the service name of the credential scope, as the service's metadata names it
     */
    public Tc3Signer(String service) {
        this.service = Objects.requireNonNull(service, "service");
    }

    /**
     * The service name this signer puts in the credential scope.
     *
     * @return the service name
     */
    public String service() {
        return service;
    }

    /**
     * Signs a request, reusing the derived key of an earlier call on the same UTC date.
     *
     * @param secretId the SecretId
     * @param secretKey the SecretKey
     * @param host the exact {@code Host} header value sent
     * @param timestamp the {@code X-TC-Timestamp} value, Unix seconds
     * @param body the exact body bytes sent
     * @return the signature and its intermediate values
     */
    public Tc3Signature sign(String secretId, String secretKey, String host, long timestamp, byte[] body) {
        String date = utcDate(timestamp);
        return signWith(secretId, signingKey(secretKey, date), host, timestamp, body);
    }

    /**
     * The hot path: the same bytes as {@link #compute}, but the canonical request and the string to
     * sign are fed to the digest and the HMAC in pieces instead of being built as strings, the scope
     * and the {@code Authorization} prefix come from the per-day cache, and the final HMAC reuses a
     * per-thread {@link HmacSha256} already keyed with this day's key (it returns to its keyed
     * initial state after {@code doFinal}, and a thread-local one is never shared).
     */
    private Tc3Signature signWith(String secretId, CachedKey cached, String host, long timestamp, byte[] body) {
        Objects.requireNonNull(secretId, "secretId");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(body, "body");
        MessageDigest digest = SHA256.get();
        digest.reset();
        String payloadHash = HEX.formatHex(digest.digest(body));
        digest.update(CANONICAL_HEAD);
        digest.update(host.getBytes(StandardCharsets.UTF_8));
        digest.update(CANONICAL_MIDDLE);
        digest.update(payloadHash.getBytes(StandardCharsets.ISO_8859_1));
        String canonicalRequestHash = HEX.formatHex(digest.digest());

        HmacSha256 mac = KEYED_HMAC.get().forKey(cached.key);
        mac.reset(); // already reset by the last doFinal; a no-op then, a guard if a previous use was cut short
        mac.update(STRING_TO_SIGN_HEAD);
        mac.update(Long.toString(timestamp).getBytes(StandardCharsets.ISO_8859_1));
        mac.update(NEWLINE);
        mac.update(cached.scopeBytes);
        mac.update(NEWLINE);
        mac.update(canonicalRequestHash.getBytes(StandardCharsets.ISO_8859_1));
        String signature = HEX.formatHex(mac.doFinal());
        String authorization = cached.authorizationPrefix(secretId) + signature;
        return new Tc3Signature(cached.date, payloadHash, canonicalRequestHash, signature, authorization);
    }

    /**
     * Signs a request without any cache; pure.
     *
     * @param secretId the SecretId
     * @param secretKey the SecretKey
     * @param service the service name of the credential scope, as the service's metadata names it
     * @param host the exact {@code Host} header value sent
     * @param timestamp the {@code X-TC-Timestamp} value, Unix seconds
     * @param body the exact body bytes sent
     * @return the signature and its intermediate values
     */
    public static Tc3Signature sign(String secretId, String secretKey, String service, String host,
            long timestamp, byte[] body) {
        String date = utcDate(timestamp);
        return compute(secretId, deriveKey(secretKey, date, service), service, host, timestamp, date, body);
    }

    /**
     * The {@code Authorization} header value for a request; pure.
     *
     * @param secretId the SecretId
     * @param secretKey the SecretKey
     * @param service the service name of the credential scope, as the service's metadata names it
     * @param host the exact {@code Host} header value sent
     * @param timestamp the {@code X-TC-Timestamp} value, Unix seconds
     * @param body the exact body bytes sent
     * @return the header value
     */
    public static String authorization(String secretId, String secretKey, String service, String host,
            long timestamp, byte[] body) {
        return sign(secretId, secretKey, service, host, timestamp, body).authorization();
    }

    /**
     * The UTC date of a timestamp as {@code yyyy-MM-dd}, the date of the credential scope.
     * Local time would put calls made just after midnight in UTC+8 on the wrong day.
     *
     * @param timestamp Unix seconds
     * @return the date
     */
    public static String utcDate(long timestamp) {
        long epochDay = Math.floorDiv(timestamp, 86_400L);
        Day day = lastDay;
        if (day.epochDay != epochDay) {
            day = new Day(epochDay, LocalDate.ofEpochDay(epochDay).toString());
            lastDay = day;
        }
        return day.text;
    }

    /**
     * The canonical request for {@code POST /} with the signed headers {@code content-type;host}.
     *
     * @param host the exact {@code Host} header value
     * @param payloadHash the lower-case hex SHA-256 of the body
     * @return the canonical request
     */
    public static String canonicalRequest(String host, String payloadHash) {
        return "POST\n/\n\ncontent-type:" + CONTENT_TYPE + "\nhost:" + host + "\n\n" + SIGNED_HEADERS + "\n"
                + payloadHash;
    }

    /**
     * The lower-case hex SHA-256 of some bytes.
     *
     * @param bytes the bytes
     * @return the hash
     */
    public static String sha256Hex(byte[] bytes) {
        MessageDigest digest = SHA256.get();
        digest.reset();
        return HEX.formatHex(digest.digest(bytes));
    }

    private static Tc3Signature compute(String secretId, byte[] key, String service, String host, long timestamp,
            String date, byte[] body) {
        Objects.requireNonNull(secretId, "secretId");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(body, "body");
        String payloadHash = sha256Hex(body);
        String canonicalRequestHash = sha256Hex(canonicalRequest(host, payloadHash).getBytes(StandardCharsets.UTF_8));
        String scope = date + "/" + service + "/" + TERMINATOR;
        String stringToSign = ALGORITHM + "\n" + timestamp + "\n" + scope + "\n" + canonicalRequestHash;
        String signature = HEX.formatHex(hmac(key, stringToSign.getBytes(StandardCharsets.UTF_8)));
        String authorization = ALGORITHM + " Credential=" + secretId + "/" + scope + ", SignedHeaders="
                + SIGNED_HEADERS + ", Signature=" + signature;
        return new Tc3Signature(date, payloadHash, canonicalRequestHash, signature, authorization);
    }

    /** The cached key if it was derived for the same secret, date and service; a new one otherwise. */
    private CachedKey signingKey(String secretKey, String date) {
        CachedKey cached = cachedKey;
        if (cached != null && cached.date.equals(date) && cached.secretKey.equals(secretKey)) {
            return cached;
        }
        byte[] key = deriveKey(secretKey, date, service);
        derivations.incrementAndGet();
        cached = new CachedKey(secretKey, date, date + "/" + service + "/" + TERMINATOR, key);
        cachedKey = cached;
        return cached;
    }

    static byte[] deriveKey(String secretKey, String date, String service) {
        Objects.requireNonNull(secretKey, "secretKey");
        byte[] secretDate = hmac(("TC3" + secretKey).getBytes(StandardCharsets.UTF_8),
                date.getBytes(StandardCharsets.UTF_8));
        byte[] secretService = hmac(secretDate, service.getBytes(StandardCharsets.UTF_8));
        return hmac(secretService, TERMINATOR_BYTES);
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        return HMAC.get().mac(key, data);
    }

    /** One UTC date and its text. */
    private record Day(long epochDay, String text) {
    }

    /**
     * An HMAC that stays keyed with the key it last used; {@link #forKey} re-keys it only when asked
     * for a different key array (the cached derived key is one array per day).
     */
    private static final class KeyedMac {
        private final HmacSha256 mac = new HmacSha256();
        private byte[] key;

        HmacSha256 forKey(byte[] wanted) {
            if (wanted != key) {
                mac.init(wanted);
                key = wanted;
            }
            return mac;
        }

        @Override
        public String toString() {
            return "KeyedMac[key=(redacted)]";
        }
    }

    /** One derived key with its credential scope; its secret fields are never printed. */
    private static final class CachedKey {
        private final String secretKey;
        private final String date;
        private final byte[] scopeBytes;
        private final String scope;
        private final byte[] key;
        /** The last {@code Authorization} prefix built, for one SecretId: "… Credential=id/scope, …, Signature=". */
        private volatile String[] prefix;

        CachedKey(String secretKey, String date, String scope, byte[] key) {
            this.secretKey = secretKey;
            this.date = date;
            this.scope = scope;
            this.scopeBytes = scope.getBytes(StandardCharsets.UTF_8);
            this.key = key;
        }

        String authorizationPrefix(String secretId) {
            String[] last = prefix;
            if (last != null && last[0].equals(secretId)) {
                return last[1];
            }
            String built = ALGORITHM + " Credential=" + secretId + "/" + scope + ", SignedHeaders=" + SIGNED_HEADERS
                    + ", Signature=";
            prefix = new String[] {secretId, built};
            return built;
        }

        @Override
        public String toString() {
            return "CachedKey[date=" + date + ", key=" + (key == null ? "null" : "(" + key.length + " bytes, redacted)")
                    + "]";
        }
    }

    @Override
    public String toString() {
        return "Tc3Signer[service=" + service + "]";
    }

    /** How many keys this instance has derived; lets tests see the cache work. */
    int derivations() {
        return derivations.get();
    }
}

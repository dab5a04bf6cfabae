package dev.clssdk.core.signing;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * HMAC-SHA256 as RFC 2104 defines it, over the platform's SHA-256 {@link MessageDigest}.
 *
 * <p>Why not {@code javax.crypto.Mac}: the first {@code Mac.getInstance} of a JVM initialises the
 * JCE framework (crypto policy files, provider verification), a large part of a cold start and more
 * than the whole HMAC work of a day of calls (sdk/benchmarks/README.md, "Cold start"). The construction
 * itself is two hashes around a padded key; the hashing is still the JDK's.
 *
 * <p>Not thread-safe: one instance per thread, like a {@code Mac}. After {@link #doFinal} it is
 * ready for the next message under the same key.
 */
final class HmacSha256 {
    private static final int BLOCK_SIZE = 64;
    private static final byte INNER_PAD = 0x36;
    private static final byte OUTER_PAD = 0x5c;

    private final MessageDigest digest = newDigest();
    private final byte[] innerKey = new byte[BLOCK_SIZE];
    private final byte[] outerKey = new byte[BLOCK_SIZE];
    private boolean keyed;

    /**
     * Sets the key and starts a new message.
     *
     * @param key the key, any length (longer than the 64-byte block, it is hashed first)
     */
    void init(byte[] key) {
        byte[] block = key.length > BLOCK_SIZE ? digestOnce(key) : key;
        Arrays.fill(innerKey, INNER_PAD);
        Arrays.fill(outerKey, OUTER_PAD);
        for (int i = 0; i < block.length; i++) {
            innerKey[i] ^= block[i];
            outerKey[i] ^= block[i];
        }
        if (block != key) {
            Arrays.fill(block, (byte) 0);
        }
        keyed = true;
        reset();
    }

    /** Drops what was fed since the last {@link #init}, {@link #reset} or {@link #doFinal}. */
    void reset() {
        requireKey();
        digest.reset();
        digest.update(innerKey);
    }

    void update(byte[] bytes) {
        requireKey();
        digest.update(bytes);
    }

    /**
     * The MAC of everything fed since the message started; starts the next message.
     *
     * @return the 32-byte MAC
     */
    byte[] doFinal() {
        requireKey();
        byte[] inner = digest.digest();
        digest.update(outerKey);
        digest.update(inner);
        byte[] mac = digest.digest();
        digest.update(innerKey);
        return mac;
    }

    /** One-shot: {@code HMAC(key, data)}. */
    byte[] mac(byte[] key, byte[] data) {
        init(key);
        digest.update(data);
        return doFinal();
    }

    private byte[] digestOnce(byte[] bytes) {
        digest.reset();
        return digest.digest(bytes);
    }

    private void requireKey() {
        if (!keyed) {
            throw new IllegalStateException("HmacSha256 used before init");
        }
    }

    /** A SHA-256 digest, for the HMAC and for the signer's own hashes. */
    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "HmacSha256[key=(redacted)]";
    }
}

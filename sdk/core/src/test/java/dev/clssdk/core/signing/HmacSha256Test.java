package dev.clssdk.core.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class HmacSha256Test {
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void reproducesTheRfc4231TestCases() {
        HmacSha256 hmac = new HmacSha256();
        // Test case 1: a 20-byte key.
        assertThat(HEX.formatHex(hmac.mac(repeat(0x0b, 20), ascii("Hi There"))))
                .isEqualTo("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
        // Test case 2: a key shorter than the block.
        assertThat(HEX.formatHex(hmac.mac(ascii("Jefe"), ascii("what do ya want for nothing?"))))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        // Test case 6: a 131-byte key, hashed first.
        assertThat(HEX.formatHex(hmac.mac(repeat(0xaa, 131),
                ascii("Test Using Larger Than Block-Size Key - Hash Key First"))))
                .isEqualTo("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    }

    @Test
    void agreesWithTheJdkMacForKeysAndMessagesOfEveryLengthAroundTheBlock() throws Exception {
        Random random = new Random(20261202L);
        Mac jdk = Mac.getInstance("HmacSHA256");
        HmacSha256 ours = new HmacSha256();
        for (int keyLength = 0; keyLength <= 140; keyLength++) {
            for (int round = 0; round < 8; round++) {
                byte[] key = bytes(random, keyLength);
                byte[] message = bytes(random, random.nextInt(300));
                jdk.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, "HmacSHA256"));
                if (key.length == 0) {
                    // SecretKeySpec refuses an empty key; an all-zero one-byte key pads to the same block.
                    assertThat(ours.mac(key, message)).isEqualTo(ours.mac(new byte[1], message));
                }
                assertThat(ours.mac(key.length == 0 ? new byte[1] : key, message))
                        .as("key of %d bytes, message of %d", keyLength, message.length)
                        .isEqualTo(jdk.doFinal(message));
            }
        }
    }

    @Test
    void aMessageFedInPiecesAndAfterAResetMacsLikeTheWholeAndStaysKeyedForTheNext() throws Exception {
        Random random = new Random(7L);
        byte[] key = bytes(random, 32);
        Mac jdk = Mac.getInstance("HmacSHA256");
        jdk.init(new SecretKeySpec(key, "HmacSHA256"));
        HmacSha256 ours = new HmacSha256();
        ours.init(key);
        ours.update(ascii("thrown away by the reset"));
        ours.reset();
        for (int message = 0; message < 20; message++) {
            byte[] whole = bytes(random, random.nextInt(500));
            int cut = whole.length == 0 ? 0 : random.nextInt(whole.length);
            ours.update(Arrays.copyOfRange(whole, 0, cut));
            ours.update(Arrays.copyOfRange(whole, cut, whole.length));
            assertThat(ours.doFinal()).isEqualTo(jdk.doFinal(whole));
        }
    }

    @Test
    void aMacBeforeAnyKeyIsRefusedAndToStringShowsNoKey() {
        HmacSha256 hmac = new HmacSha256();
        assertThatThrownBy(hmac::doFinal).isInstanceOf(IllegalStateException.class).hasMessageContaining("before init");
        hmac.init(ascii("secret-key-material"));
        assertThat(hmac.toString()).doesNotContain("secret").contains("redacted");
    }

    private static byte[] bytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] repeat(int value, int count) {
        byte[] bytes = new byte[count];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}

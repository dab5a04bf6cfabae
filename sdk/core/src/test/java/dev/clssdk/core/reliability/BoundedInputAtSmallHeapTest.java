package dev.clssdk.core.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Readers of outside input refuse what is over their limit before allocating for it: run in a JVM
 * with a 64 MiB heap ({@link SmallHeapMain}), a 200 MiB and a sparse 3 GiB profile file end in a
 * typed CredentialsException naming the limit, not in an OutOfMemoryError.
 */
class BoundedInputAtSmallHeapTest {

    @Test
    @Timeout(60)
    void hugeInputIsRefusedWithinA64MiBHeap(@TempDir Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                SmallHeapMain.class.getName(), dir.toString()))
                .redirectErrorStream(true).start();
        String output;
        try {
            output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(50, TimeUnit.SECONDS)).isTrue();
        } finally {
            process.destroyForcibly();
        }
        assertThat(process.exitValue()).as("exit status; output:%n%s", output).isZero();
        assertThat(output).doesNotContain("OutOfMemoryError").doesNotContain("READ ");
        assertThat(output).contains("OK profile-" + (200L << 20) + " CredentialsException")
                .contains("OK profile-" + (3L << 30) + " CredentialsException")
                .contains("larger than 1048576 bytes");
        assertThat(new File(dir.toFile(), "credentials-" + (200L << 20))).doesNotExist();
    }
}

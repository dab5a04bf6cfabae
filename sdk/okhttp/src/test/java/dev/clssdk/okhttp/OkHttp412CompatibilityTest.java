package dev.clssdk.okhttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * The OkHttp transport uses only OkHttp API that 4.12 has too. Runs in the build's {@code okhttp-4.12}
 * test execution (sdk/okhttp/pom.xml), whose class path has {@code okhttp-4.12.0.jar} instead of
 * OkHttp 5's {@code okhttp-jvm} (Okio and the Kotlin stdlib stay at the BOM's versions, as for an
 * application pinning 4.12): this module's main sources are compiled against that class path as the
 * main build compiles them, every warning an error (a deprecation in 4.12 would be one), and the
 * core's transport suite in that execution runs the transport, compiled against 5.x, on 4.12.
 * Skipped anywhere else.
 */
class OkHttp412CompatibilityTest {

    private static void assumeOkHttp412Execution() {
        assumeTrue(Boolean.getBoolean("okhttp412"), "only in the okhttp-4.12 test execution");
    }

    @Test
    void theTestClassPathHasOkHttp412InsteadOf5() throws ReflectiveOperationException {
        assumeOkHttp412Execution();
        // OkHttp.VERSION is a compile-time constant, so it is read reflectively, not inlined from 5.x.
        Object version = Class.forName("okhttp3.OkHttp").getField("VERSION").get(null);
        assertThat(String.valueOf(version)).startsWith("4.12.");
        assertThat(OkHttpClient.class.getProtectionDomain().getCodeSource().getLocation().toString())
                .contains("okhttp-4.12.");
    }

    @Test
    void theTransportsMainSourcesCompileAgainstOkHttp412WithoutAWarning() throws IOException {
        assumeOkHttp412Execution();
        Path sources = Path.of(System.getProperty("transport.sources", "src/main/java"));
        Path output = Files.createDirectories(Path.of(System.getProperty("okhttp412.classes", "target/okhttp-4.12/classes")));
        List<String> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            // Compiled on the class path: module-info names OkHttp 5's and 4.12's modules alike (okhttp3).
            files = walk.filter(p -> p.toString().endsWith(".java") && !p.endsWith("module-info.java"))
                    .map(Path::toString).sorted().collect(Collectors.toList());
        }
        assertThat(files).hasSizeGreaterThan(5);

        List<String> arguments = new ArrayList<>(List.of("--release", "17", "-Xlint:all", "-Xlint:-path", "-Werror",
                "-proc:none", "-implicit:none", "-classpath", libraries(), "-d", output.toString()));
        arguments.addAll(files);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int status = javac.run(null, diagnostics, diagnostics, arguments.toArray(new String[0]));
        assertThat(status).as("javac against OkHttp 4.12 said:%n%s", diagnostics.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(output.resolve("dev/clssdk/okhttp/internal/OkHttpTransport.class")).exists();
    }

    /** The test class path without this module's own classes: its libraries (the core, OkHttp 4.12). */
    private static String libraries() {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path own = Path.of(System.getProperty("transport.classes", "target/classes")).toAbsolutePath();
        List<String> libraries = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            Path path = Path.of(entry).toAbsolutePath();
            if (!path.equals(own) && !path.endsWith(Path.of("target", "test-classes"))) {
                libraries.add(entry);
            }
        }
        assertThat(libraries).anySatisfy(entry -> assertThat(entry).contains("okhttp-4.12."))
                .noneSatisfy(entry -> assertThat(entry).contains("okhttp-jvm"));
        return String.join(File.pathSeparator, libraries);
    }
}

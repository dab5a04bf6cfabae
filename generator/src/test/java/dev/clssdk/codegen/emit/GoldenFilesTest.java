package dev.clssdk.codegen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import dev.clssdk.codegen.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The generator's output for the fixture spec, compared byte for byte with the committed files
 * under {@code src/test/resources/golden}. After an intended change, rewrite them with
 * {@code mvn -pl generator test -Dgolden.update=true} and review the diff.
 */
class GoldenFilesTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    @Test
    void fixtureOutputMatchesGoldenFilesExactly() throws IOException {
        List<JavaFile> files = Fixtures.generate(Fixtures.FIXTURE_SPEC);
        if (Boolean.getBoolean("golden.update")) {
            rewrite(files);
        }
        Set<String> generated = new TreeSet<>();
        for (JavaFile file : files) {
            String path = Fixtures.relativePath(file);
            generated.add(path);
            Path golden = GOLDEN.resolve(path);
            assertThat(golden).as("golden file for %s (run with -Dgolden.update=true to create it)", path).exists();
            assertThat(file.toString())
                    .as("generated %s differs from its golden file", path)
                    .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        }
        assertThat(goldenPaths()).as("golden files without a generated counterpart").isEqualTo(generated);
    }

    private static Set<String> goldenPaths() throws IOException {
        try (Stream<Path> paths = Files.walk(GOLDEN)) {
            return paths.filter(Files::isRegularFile)
                    .map(p -> GOLDEN.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static void rewrite(List<JavaFile> files) throws IOException {
        if (Files.exists(GOLDEN)) {
            try (Stream<Path> paths = Files.walk(GOLDEN)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        for (JavaFile file : files) {
            Path target = GOLDEN.resolve(Fixtures.relativePath(file));
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.toString(), StandardCharsets.UTF_8);
        }
    }
}

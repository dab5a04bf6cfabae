package dev.clssdk.codegen;

import com.palantir.javapoet.JavaFile;
import dev.clssdk.codegen.emit.SdkGenerator;
import dev.clssdk.codegen.openapi.SpecParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The specs the generator's tests run on. */
public final class Fixtures {

    public static final String FIXTURE_SPEC = "fixture/fixture.yaml";
    public static final String BUNDLED_SPEC = "cls/cls-2020-10-16.yaml";
    public static final String REVISION_2 = "cls/cls-2020-10-16-r2.yaml";
    public static final String REVISION_3 = "cls/cls-2020-10-16-r3.yaml";

    private Fixtures() {}

    public static String resource(String name) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<JavaFile> generate(String specResource) {
        return SdkGenerator.generate(SpecParser.read(resource(specResource), null));
    }

    /** The path of a generated file relative to the output root, e.g. {@code dev/clssdk/fix/model/Part.java}. */
    public static String relativePath(JavaFile file) {
        return file.packageName().replace('.', '/') + "/" + file.typeSpec().name() + ".java";
    }

    /** Every file under a generated tree, by its path relative to the root, with its text; sorted. */
    public static Map<String, String> readTree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readString(p));
            }
        }
        return files;
    }
}

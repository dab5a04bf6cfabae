package dev.clssdk.codegen.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import dev.clssdk.codegen.emit.SdkGenerator;
import dev.clssdk.codegen.emit.SourceTreeWriter;
import dev.clssdk.codegen.model.ServiceModel;
import dev.clssdk.codegen.model.ShapeRole;
import dev.clssdk.codegen.openapi.SpecParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * All 208 actions of Tencent's CLS model: imported, generated and compiled with the SDK's flags
 * ({@code -Xlint:all -Werror}). About 15 s on two cores, so it runs in the default build.
 */
class FullServiceImportTest {

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void everyActionImportsGeneratesAndCompiles(@TempDir Path dir) throws IOException {
        ImportResult result = TencentImporter.importActions(TencentFixtures.model(), TencentFixtures.examples(), List.of(), 1);
        ServiceModel model = SpecParser.read(result.yaml(), null);
        List<JavaFile> files = SdkGenerator.generate(model);
        Path sources = dir.resolve("src");
        SourceTreeWriter.write(files, sources);

        assertThat(result.actions()).isEqualTo(208);
        assertThat(model.operations()).hasSize(208);
        assertThat(model.shapes()).hasSize(TencentFixtures.model().objects().size());
        assertThat(model.shapes()).anySatisfy(s -> assertThat(s.role()).isEqualTo(ShapeRole.BOTH));
        assertThat(result.yaml()).contains("nullable: true").contains("deprecated: true");
        // service, error codes, operations, service exception, client interface and implementation, Retrofit interface;
        // one exception per family; shapes, enums
        assertThat(files).hasSize(7 + model.errorFamilies().size() + model.shapes().size() + model.enums().size());

        List<Diagnostic<? extends JavaFileObject>> problems = compile(sources, dir.resolve("classes"));
        assertThat(problems).as("javac diagnostics").isEmpty();
    }

    private static List<Diagnostic<? extends JavaFileObject>> compile(Path sources, Path classes) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Files.createDirectories(classes);
        List<Path> javaFiles;
        try (Stream<Path> walk = Files.walk(sources)) {
            javaFiles = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            List<String> options = List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path"),
                    "-Xlint:all", "-Werror", "-proc:none", "-encoding", "UTF-8", "--release", "17");
            boolean ok = javac.getTask(null, fileManager, diagnostics, options, null,
                    fileManager.getJavaFileObjectsFromPaths(javaFiles)).call();
            assertThat(ok || !diagnostics.getDiagnostics().isEmpty()).isTrue();
        }
        return diagnostics.getDiagnostics();
    }
}

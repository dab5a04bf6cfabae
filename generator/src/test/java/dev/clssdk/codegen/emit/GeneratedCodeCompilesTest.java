package dev.clssdk.codegen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import dev.clssdk.codegen.Fixtures;
import java.io.StringWriter;
import java.util.List;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated sources compile against the core ({@code sdk-core}, a test dependency) with every
 * lint and doclint check enabled and warnings as errors: the fixture, and every bundled revision
 * (revisions 1 and 2 have no paginators or waiters, revision 3 has both).
 */
class GeneratedCodeCompilesTest {

    @ParameterizedTest
    @ValueSource(strings = {Fixtures.FIXTURE_SPEC, Fixtures.BUNDLED_SPEC, Fixtures.REVISION_2, Fixtures.REVISION_3})
    void generatedSourcesCompileWithoutWarnings(String spec) throws Exception {
        List<JavaFileObject> sources = Fixtures.generate(spec).stream().map(JavaFile::toJavaFileObject).toList();
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter output = new StringWriter();
        try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(diagnostics, null, null)) {
            var classes = java.nio.file.Files.createTempDirectory("generated-classes");
            List<String> options = List.of("--release", "17", "-Xlint:all", "-Xdoclint:all/protected", "-Werror", "-proc:none",
                    "-classpath", System.getProperty("java.class.path"), "-d", classes.toString());
            boolean ok = compiler.getTask(output, fileManager, diagnostics, options, null, sources).call();
            assertThat(diagnostics.getDiagnostics()).as("compiler diagnostics\n%s", output).isEmpty();
            assertThat(ok).isTrue();
        }
    }

    @Test
    void aSpecWithoutPaginatorsOrWaitersGetsAClientWithNeither() {
        String client = Fixtures.generate(Fixtures.REVISION_2).stream()
                .filter(f -> f.typeSpec().name().equals("ClsClient"))
                .findFirst().orElseThrow().toString();
        assertThat(client).doesNotContain("PaginatorDefinition", "WaiterDefinition", "Paginator<", "waitUntil",
                "AndWait", "java.time.Duration", "import java.util.List;", "import java.util.Optional;");
        assertThat(client).contains("default CreateExportResponse createExport(CreateExportRequest request)");
        String implementation = Fixtures.generate(Fixtures.REVISION_2).stream()
                .filter(f -> f.typeSpec().name().equals("DefaultClsClient"))
                .findFirst().orElseThrow().toString();
        assertThat(implementation).doesNotContain("Definitions", "waitUntil", "java.time.Duration");
    }
}

package dev.clssdk.codegen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.palantir.javapoet.JavaFile;
import dev.clssdk.codegen.Fixtures;
import dev.clssdk.codegen.cli.GeneratorCli;
import dev.clssdk.codegen.diff.SpecDiff;
import dev.clssdk.codegen.model.ServiceModel;
import dev.clssdk.codegen.openapi.SpecParser;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * What a spec change does to the SDK with no hand edit: an action added to a copy of the current
 * revision gets its typed blocking and asynchronous methods (and its paginator, when declared)
 * and the whole generated SDK still compiles against the core; an action removed still generates
 * an SDK that compiles (no hand-written code names it), and only the declared-breaking gate,
 * {@code generator diff}, stops it with exit code 1.
 */
class SpecChangeSurfaceTest {
    private static final YAMLMapper YAML = new YAMLMapper();

    @TempDir
    Path dir;

    /** The current revision with {@code DescribeExports} copied, under every name, to {@code DescribeWidgets}. */
    private static String withActionAdded() throws Exception {
        String current = Fixtures.resource(Fixtures.REVISION_3);
        ObjectNode spec = (ObjectNode) YAML.readTree(current);
        ObjectNode renamed = (ObjectNode) YAML.readTree(current.replace("DescribeExports", "DescribeWidgets")
                .replace("describeExports", "describeWidgets"));
        ((ObjectNode) spec.get("paths")).set("/#DescribeWidgets", renamed.get("paths").get("/#DescribeWidgets"));
        ObjectNode schemas = (ObjectNode) spec.get("components").get("schemas");
        for (Map.Entry<String, JsonNode> schema : renamed.get("components").get("schemas").properties()) {
            if (schema.getKey().contains("DescribeWidgets")) {
                schemas.set(schema.getKey(), schema.getValue());
            }
        }
        ((ObjectNode) spec.get("x-tc-paginators")).set("DescribeWidgets",
                renamed.get("x-tc-paginators").get("DescribeWidgets"));
        return YAML.writeValueAsString(spec);
    }

    /** The current revision without {@code DeleteExport} and the schemas only it uses. */
    private static String withActionRemoved() throws Exception {
        ObjectNode spec = (ObjectNode) YAML.readTree(Fixtures.resource(Fixtures.REVISION_3));
        ((ObjectNode) spec.get("paths")).remove("/#DeleteExport");
        ObjectNode schemas = (ObjectNode) spec.get("components").get("schemas");
        List.of("DeleteExportRequest", "DeleteExportResponse", "DeleteExportEnvelope").forEach(schemas::remove);
        return YAML.writeValueAsString(spec);
    }

    private static String clientSource(ServiceModel model) {
        return SdkGenerator.generate(model).stream().filter(f -> f.typeSpec().name().equals("ClsClient"))
                .findFirst().orElseThrow().toString();
    }

    @Test
    void anAddedActionGetsTypedSyncAsyncAndPaginatorMethodsAndTheSdkCompiles() throws Exception {
        ServiceModel model = SpecParser.read(withActionAdded(), null);
        assertThat(model.operations()).extracting(o -> o.action()).contains("DescribeWidgets");
        String client = clientSource(model);
        assertThat(client)
                .contains("default DescribeWidgetsResponse describeWidgets(DescribeWidgetsRequest request)")
                .contains("default DescribeWidgetsResponse describeWidgets(DescribeWidgetsRequest request,")
                .contains("default CompletableFuture<DescribeWidgetsResponse> describeWidgetsAsync(")
                .contains("default Paginator<DescribeWidgetsResponse, ExportInfo> describeWidgetsPaginator(");
        assertThat(compile(SdkGenerator.generate(model))).isEmpty();
    }

    @Test
    void aRemovedActionStillGeneratesACompilingSdkAndOnlyTheDiffGateFails() throws Exception {
        String removed = withActionRemoved();
        ServiceModel model = SpecParser.read(removed, null);
        assertThat(clientSource(model)).doesNotContain("deleteExport");
        assertThat(compile(SdkGenerator.generate(model))).isEmpty();

        ServiceModel current = SpecParser.read(Fixtures.resource(Fixtures.REVISION_3), null);
        assertThat(SpecDiff.compare(current, model).breaking()).isTrue();
        Path oldSpec = Files.writeString(dir.resolve("old.yaml"), Fixtures.resource(Fixtures.REVISION_3));
        Path newSpec = Files.writeString(dir.resolve("new.yaml"), removed);
        int exit = new CommandLine(new GeneratorCli()).setOut(new java.io.PrintWriter(new StringWriter()))
                .execute("diff", oldSpec.toString(), newSpec.toString());
        assertThat(exit).as("generator diff exit code").isEqualTo(1);
    }

    private List<String> compile(List<JavaFile> files) throws Exception {
        List<JavaFileObject> sources = files.stream().map(JavaFile::toJavaFileObject).toList();
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(diagnostics, null,
                StandardCharsets.UTF_8)) {
            Path classes = Files.createDirectories(dir.resolve("classes"));
            List<String> options = List.of("--release", "17", "-Xlint:all", "-Werror", "-proc:none",
                    "-classpath", System.getProperty("java.class.path"), "-d", classes.toString());
            compiler.getTask(new StringWriter(), fileManager, diagnostics, options, null, sources).call();
        }
        return diagnostics.getDiagnostics().stream().map(Object::toString).toList();
    }
}

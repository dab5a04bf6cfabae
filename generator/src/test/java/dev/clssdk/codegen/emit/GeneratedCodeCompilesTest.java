package dev.clssdk.codegen.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.palantir.javapoet.JavaFile;
import dev.clssdk.codegen.Fixtures;
import dev.clssdk.codegen.model.MemberModel;
import dev.clssdk.codegen.model.ServiceModel;
import dev.clssdk.codegen.model.ShapeModel;
import dev.clssdk.codegen.model.TypeRef;
import dev.clssdk.codegen.openapi.SpecParser;
import dev.clssdk.codegen.poet.GeneratedTypes;
import dev.clssdk.core.shape.Member;
import dev.clssdk.core.shape.Schema;
import dev.clssdk.core.shape.Struct;
import dev.clssdk.core.shape.WireType;
import java.net.URL;
import java.net.URLClassLoader;
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
 * The generated sources compile against the core ({@code sdk-core}) with every lint and doclint check
 * enabled and warnings as errors: the fixture, and every bundled revision (revisions 1 and 2 have no
 * paginators or waiters, revision 3 has both). Then every generated class is loaded and initialised,
 * and the schema each type declares is checked against the model it was generated from.
 */
class GeneratedCodeCompilesTest {

    @ParameterizedTest
    @ValueSource(strings = {Fixtures.FIXTURE_SPEC, Fixtures.BUNDLED_SPEC, Fixtures.REVISION_2, Fixtures.REVISION_3})
    void generatedSourcesCompileWithoutWarningsAndEverySchemaMatchesTheModel(String spec) throws Exception {
        compileLoadAndCheckSchemas(SpecParser.read(Fixtures.resource(spec), null));
    }

    /**
     * A service whose broken rules map to other codes than Tencent's common ones: its types name their
     * codes (the long form of {@code Schema.request}/{@code input}), and each schema carries them.
     */
    @Test
    void aServiceWithItsOwnValidationCodesGetsThemInEverySchema() throws Exception {
        String fixture = Fixtures.resource(Fixtures.FIXTURE_SPEC);
        String spec = fixture.replace("    required: MissingParameter\n    default: InvalidParameter\n",
                "    required: InvalidParameter\n    default: FailedOperation.Busy\n");
        assertThat(spec).as("the fixture's validation codes").isNotEqualTo(fixture);
        ServiceModel model = SpecParser.read(spec, null);
        compileLoadAndCheckSchemas(model);
    }

    private void compileLoadAndCheckSchemas(ServiceModel model) throws Exception {
        List<JavaFile> files = SdkGenerator.generate(model);
        List<JavaFileObject> sources = files.stream().map(JavaFile::toJavaFileObject).toList();
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
            try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
                for (JavaFile file : files) {
                    String name = file.packageName() + "." + file.typeSpec().name();
                    assertThatCode(() -> Class.forName(name, true, loader)).as("initialising %s", name).doesNotThrowAnyException();
                }
                GeneratedTypes types = new GeneratedTypes(model);
                for (ShapeModel shape : model.shapes()) {
                    Class<? extends Struct> type = Class.forName(types.shape(shape.name()).reflectionName(), true, loader)
                            .asSubclass(Struct.class);
                    assertSchemaMatches(Schema.of(type), shape, model, types);
                }
            }
        }
    }

    /** The schema a class declares says what the model does: name, role, members, types and the rules Schema tells. */
    private static void assertSchemaMatches(Schema<?> schema, ShapeModel shape, ServiceModel model, GeneratedTypes types) {
        boolean request = model.operations().stream().anyMatch(op -> op.inputShape().equals(shape.name()));
        assertThat(schema.name()).isEqualTo(shape.name());
        assertThat(schema.requiredCode()).as(shape.name()).isEqualTo(shape.validated() ? model.validationCodes().required() : null);
        assertThat(schema.otherCode()).as(shape.name()).isEqualTo(shape.validated() ? model.validationCodes().other() : null);
        assertThat(schema.role()).as(shape.name()).isEqualTo(!shape.validated() ? Schema.Role.OUTPUT
                : request ? Schema.Role.REQUEST : Schema.Role.INPUT);
        assertThat(schema.members()).as(shape.name()).extracting(Member::wireName)
                .containsExactlyElementsOf(shape.members().stream().map(MemberModel::wireName).toList());
        for (int i = 0; i < shape.members().size(); i++) {
            MemberModel expected = shape.members().get(i);
            Member<?> actual = schema.members().get(i);
            String where = shape.name() + "." + expected.wireName();
            assertThat(typeText(actual.type())).as(where).isEqualTo(typeText(expected.type(), types));
            assertThat(actual.isRequired()).as(where).isEqualTo(shape.validated() && expected.required());
            assertThat(actual.isSensitive()).as(where).isEqualTo(expected.sensitive());
        }
    }

    private static String typeText(WireType<?> type) {
        return switch (type.kind()) {
            case LIST -> "list<" + typeText(type.element()) + ">";
            case ENUM, STRUCT -> type.kind() + " " + type.javaType().getName();
            default -> type.kind() + " " + type.javaType().getSimpleName();
        };
    }

    private static String typeText(TypeRef type, GeneratedTypes types) {
        if (type instanceof TypeRef.ListOf list) {
            return "list<" + typeText(list.element(), types) + ">";
        }
        if (type instanceof TypeRef.EnumType enumType) {
            return "ENUM " + types.enumType(enumType.name()).reflectionName();
        }
        if (type instanceof TypeRef.ShapeType shapeType) {
            return "STRUCT " + types.shape(shapeType.name()).reflectionName();
        }
        TypeRef.ScalarKind kind = ((TypeRef.Scalar) type).kind();
        return kind.name() + " " + switch (kind) {
            case STRING -> "String";
            case INT64 -> "Long";
            case INT32 -> "Integer";
            case BOOLEAN -> "Boolean";
            case DOUBLE -> "Double";
        };
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

package dev.clssdk.codegen.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clssdk.codegen.model.MemberModel;
import dev.clssdk.codegen.model.ServiceModel;
import dev.clssdk.codegen.model.ShapeModel;
import dev.clssdk.codegen.model.TypeRef;
import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shared reader on its own (no swagger-parser here): the bundled CLS spec in its three textual
 * forms gives one model, and what it cannot use is an error naming the place. The generator's
 * tests check the same reader behind swagger-parser, and its output byte for byte.
 */
class SpecReaderTest {

    private static String spec;
    private static ServiceModel model;

    @BeforeAll
    static void read() throws IOException {
        spec = SpecSource.read("classpath:" + BundledSpec.currentResource());
        model = SpecReader.read(spec, null);
    }

    @Test
    void readsTheWholeClsApi() {
        assertThat(model.service()).isEqualTo("cls");
        assertThat(model.apiVersion()).isEqualTo("2020-10-16");
        assertThat(model.defaultHost()).isEqualTo("cls.tencentcloudapi.com");
        assertThat(model.javaPackage()).isEqualTo("dev.clssdk.cls");
        assertThat(model.operations()).hasSize(208);
        ShapeModel create = model.shape("CreateExportRequest").orElseThrow();
        MemberModel count = create.members().stream().filter(m -> m.wireName().equals("Count")).findFirst().orElseThrow();
        assertThat(count.required()).isTrue();
        assertThat(count.type()).isEqualTo(new TypeRef.Scalar(TypeRef.ScalarKind.INT64));
        assertThat(count.constraints().minimum()).hasValue(1);
        assertThat(count.constraints().maximum()).hasValue(50_000_000);
        assertThat(count.violationCodes()).containsEntry("maximum", "LimitExceeded.Export");
    }

    @Test
    void theSameDocumentAsJsonOrAsYamlWithAnAnchorGivesTheSameModel() throws IOException {
        String json = new ObjectMapper().writeValueAsString(SpecText.tree(spec));
        assertThat(SpecReader.read(json, null)).isEqualTo(model);

        // An anchor is outside what the fast reading takes: snakeyaml's loader reads it.
        String anchored = spec.replaceFirst("\n  title: ", "\n  title: &title ");
        assertThat(SpecText.fastTree(anchored)).isEmpty();
        assertThat(SpecReader.read(anchored, null)).isEqualTo(model);
    }

    @Test
    void aBareRefNameMeansASchemaUnderComponents() {
        String bare = replaced("$ref: '#/components/schemas/ExportInfo'", "$ref: ExportInfo");
        assertThat(SpecReader.read(bare, null)).isEqualTo(model);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        description not text   | '          description: Number of logs to be exported.' | '          description: [Number]' | /components/schemas/CreateExportRequest/properties/Count/description | must be a string
        minimum not a number   | '          minimum: 1\\n          description: Number of logs' | '          minimum: one\\n          description: Number of logs' | /components/schemas/CreateExportRequest/properties/Count/minimum | must be a number
        required not a list    | '      required:\\n        - TopicId\\n        - Query\\n        - Count\\n        - From\\n        - To\\n      properties:\\n        TopicId:' | '      required: TopicId\\n      properties:\\n        TopicId:' | /components/schemas/CreateExportRequest/required | must be a list of property names
        schema not an object   | '        Count:\\n          type: integer\\n          format: int64\\n          minimum: 1' | '        Count: 7\\n        Counted:\\n          type: integer\\n          format: int64\\n          minimum: 1' | /components/schemas/CreateExportRequest/properties/Count | a schema must be an object
        server without a host  | '  - url: https://cls.tencentcloudapi.com\\n' | '  - url: /cls\\n' | /servers/0/url | has no host
        """)
    void whatItCannotUseIsAnErrorNamingThePlace(String name, String find, String replace, String pointer, String rule) {
        String broken = replaced(find.replace("\\n", "\n"), replace.replace("\\n", "\n"));
        assertThatThrownBy(() -> SpecReader.read(broken, null))
                .isInstanceOfSatisfying(SpecException.class, e -> {
                    assertThat(e.pointer()).isEqualTo(pointer);
                    assertThat(e.rule()).contains(rule);
                });
    }

    @Test
    void textThatIsNotASpecIsAnErrorAtTheRoot() {
        assertThatThrownBy(() -> SpecReader.read("openapi: 3.0.3\ninfo: [unclosed\n", null))
                .isInstanceOfSatisfying(SpecException.class, e -> assertThat(e.pointer()).isEqualTo("/"))
                .hasMessageContaining("not YAML");
        assertThatThrownBy(() -> SpecReader.read("{\"openapi\": ", null))
                .isInstanceOfSatisfying(SpecException.class, e -> assertThat(e.pointer()).isEqualTo("/"))
                .hasMessageContaining("not JSON");
        assertThatThrownBy(() -> SpecReader.read("- just\n- a list\n", null))
                .isInstanceOfSatisfying(SpecException.class, e -> assertThat(e.rule()).contains("the root must be a mapping"));
    }

    private static String replaced(String find, String replace) {
        assertThat(spec).as("the case must change the spec").contains(find);
        return spec.replace(find, replace);
    }
}

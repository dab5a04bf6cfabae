package dev.clssdk.codegen.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clssdk.codegen.Fixtures;
import dev.clssdk.codegen.openapi.SpecParser;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.swagger.v3.parser.util.DeserializationUtils;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link YamlTree} builds exactly swagger-parser's tree, or none. */
class YamlTreeTest {

    static Stream<String> specs() {
        return Stream.of(Fixtures.FIXTURE_SPEC, Fixtures.BUNDLED_SPEC, Fixtures.REVISION_2, Fixtures.REVISION_3,
                "cls/cls-2020-10-16-r4.yaml", "cls/cls-2020-10-16.overlay.yaml");
    }

    @ParameterizedTest
    @MethodSource("specs")
    void aSpecReadsToSwaggerParsersTreeAndModel(String resource) {
        String text = Fixtures.resource(resource);
        Optional<JsonNode> tree = YamlTree.read(text);

        assertThat(tree).hasValue(swaggerParsersTree(text));
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        SwaggerParseResult theirs = new OpenAPIV3Parser().readContents(text, null, options);
        SwaggerParseResult ours = SpecParser.parse(text);
        assertThat(ours.getOpenAPI()).isEqualTo(theirs.getOpenAPI());
        assertThat(ours.getMessages()).isEqualTo(theirs.getMessages());
    }

    /** Every scalar form YAML 1.1 gives a type, as a value and as a key: the same tree or none. */
    @ParameterizedTest
    @ValueSource(strings = {"yes", "No", "ON", "off", "True", "FALSE", "y", "n", "~", "null", "NULL", "", "''",
        "0", "-0", "+0", "7", "-7", "+7", "007", "0x1F", "0b101", "0o17", "1_000", "190:20:30", "2147483647",
        "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808", "123456789012345678901234567890",
        "1.5", "-1.5", "+1.5", "1.50", "0.1", "1.", ".5", "1e5", "1.5e-3", "1.5E+3", "1_0.5", ".inf", "-.Inf",
        ".NaN", "2001-12-14", "2001-12-14t21:59:43.10-05:00", "<<", "'quoted'", "\"double\"", "\"\\u00e9\\t\"",
        "plain text", "a: b", "!!str 5", "!!int '5'", "!custom x", "&a x", "[1, 2]", "{k: v}", "中文"})
    void everyScalarFormGivesSwaggerParsersTreeOrNone(String scalar) {
        assertSameTreeOrNone("value: " + scalar + "\nlist:\n  - " + scalar + "\n");
        assertSameTreeOrNone(scalar + ": value\n");
        assertSameTreeOrNone("outer:\n  " + scalar + ": value\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a: 1\na: 2\n",
        "a: &x {b: 1}\nc: *x\n",
        "base: &b {x: 1}\nderived:\n  <<: *b\n  y: 2\n",
        "a: 1\n---\nb: 2\n",
        "%YAML 1.1\n---\na: 1\n",
        "? [a, b]\n: c\n",
        "a: [unclosed\n",
        "a:\tb\n",
        "",
        "---\n",
        "just a scalar\n",
        "- a\n- b\n",
        "200: ok\n'200': again\n",
        "a: |\n  block\n  text\nb: >\n  folded\n  text\n"})
    void awkwardDocumentsGiveSwaggerParsersTreeOrNone(String yaml) {
        assertSameTreeOrNone(yaml);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a: 1\na: 2\n", "a: &x 1\nb: *x\n", "a: !!str 1\n", "a: 0x10\n", "a: 1\n---\nb: 2\n"})
    void whatItDoesNotReadIsLeftToSwaggerParser(String yaml) {
        assertThat(YamlTree.read(yaml)).isEmpty();
    }

    @Test
    void nestingNearSnakeyamlsLimitIsLeftToSwaggerParser() {
        assertThat(YamlTree.read(nested(60))).isEmpty();
        assertThat(YamlTree.read(nested(30))).hasValue(swaggerParsersTree(nested(30)));
    }

    /** Maps in maps, {@code depth} deep. */
    private static String nested(int depth) {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            yaml.append("  ".repeat(i)).append("a:\n");
        }
        return yaml.append("  ".repeat(depth)).append("b: x\n").toString();
    }

    private static void assertSameTreeOrNone(String yaml) {
        Optional<JsonNode> tree = YamlTree.read(yaml);
        tree.ifPresent(node -> assertThat(node).as(yaml).isEqualTo(swaggerParsersTree(yaml)));
    }

    private static JsonNode swaggerParsersTree(String yaml) {
        return DeserializationUtils.deserializeIntoTree(yaml, null, new ParseOptions(), new SwaggerParseResult());
    }
}

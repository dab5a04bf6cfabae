package dev.clssdk.codegen.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clssdk.codegen.Fixtures;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.swagger.v3.parser.util.DeserializationUtils;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/** {@link BlockYaml} reads exactly swagger-parser's tree, or leaves the text to snakeyaml. */
class BlockYamlTest {

    @Test
    void theWholeServiceSpecIsReadLineByLine() {
        String text = Fixtures.resource("cls/cls-2020-10-16-r4.yaml");
        assertThat(BlockYaml.read(text)).isEqualTo(swaggerParsersTree(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a: 1\nb: two\n",
        "a:\n  b:\n    c: d\n  e: f\ng: h",
        "list:\n- a\n- b\nnext: c\n",
        "list:\n  - a\n  -   b\n  -\n    x: y\n  - k: v\n    l: w\n  - - nested\n",
        "a: |\n  one\n   two\n\n  three\n\n\nb: x\n",
        "a: |-\n  one\n  two\n\nb: x\n",
        "a: |+\n  one\n\nb: x\n",
        "a: >\n  folded\n  text\n",
        "a: |2\n   x\n",
        "a: |\n\n  late\n",
        "a: |\n  x\n     \n  y\n",
        "a: |\n  # not a comment\n  x\n# a comment\nb: y\n",
        "a: 'one\n  two'\n",
        "a: 'one\n\n  two'\n",
        "a: 'one   \n   \n     two  '\n",
        "a: '# Mock\n\n  '\n",
        "a: 'x\n'\n",
        "- 'one\n  two'\n",
        "a: 'it''s'\nb: ''\nc: '  padded  '\n",
        "a: \"q \\\" \\\\ \\n \\t \\u00e9 \\x41 \\/ \\e \\_\"\n",
        "a: \"unterminated\n",
        "a: []\nb: {}\nc: [x]\nd: {k: v}\n",
        "# top\na: 1 # trailing\nb: 2\n",
        "a: 1\n  # indented comment\nb: 2\n",
        "a:\n# between\n  b: 1\n",
        "a: x\n  continued\n",
        "a: x\n\n  continued\n",
        "a:\n  - x\n    continued\n",
        "a: b: c\n",
        "a: b #c\n",
        "a: b#c\n",
        "a: b:\n",
        "a: http://host/path?x=1&y=2\n",
        "a: -1\nb: -x\nc: --x\nd: - x\n",
        "'200': ok\n200: ok2\n",
        "200: ok\n'201': x\n-3: y\n0: z\n",
        "a: ~\nb: null\nc:\nd: yes\ne: No\nf: 1.5\ng: 0x10\nh: 1e3\ni: .inf\n",
        "a:    spaced    \nb:\tx\n",
        "a: x\r\nb: y\r\n",
        "---\na: 1\n",
        "a: 1\n...\n",
        "%YAML 1.1\n---\na: 1\n",
        "a: &x 1\nb: *x\n",
        "a: !!str 1\n",
        "? complex\n: value\n",
        "a: 1\na: 2\n",
        "a:\n  b: 1\n c: 2\n",
        "a:\n    b: 1\n  c: 2\n",
        " a: 1\n",
        "- a\n- b\n",
        "plain\n",
        "",
        "a: 中文: 还是\nb: 中文\n中文键: v\n",
        "a: \uD83D\uDE00\n",
        "a: x\u0085y\n",
        "a: x\u2028y\n",
        "a: x\u00a0y\n",
        "key with space: v\n",
        "$ref: '#/components/schemas/X'\n/#Action: y\napplication/json: z\nx-tc-action: w\n.5: v\n",
        "a: |-\n    deep\n  shallow\n",
        "a:\n  - |\n    text\n  - |-\n    more\n"})
    void everyCaseGivesSwaggerParsersTreeOrNone(String yaml) {
        assertSameTreeOrNone(yaml);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a: {k: v}\n", "a: b # c\n", "a: >\n  x\n", "a: 'x\n", "a:\tb\n", "a: 1\n---\nb: 2\n"})
    void whatItDoesNotReadIsLeftToSnakeyaml(String yaml) {
        assertThat(read(yaml)).isNull();
    }

    /** Random trees of awkward strings, dumped by snakeyaml in its block styles, read back the same or not at all. */
    @Test
    void whatSnakeyamlDumpsIsReadAsSwaggerParserReadsIt() {
        Random random = new Random(20261202);
        int read = 0;
        for (int i = 0; i < 1500; i++) {
            DumperOptions options = new DumperOptions();
            options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
            options.setIndent(2 + random.nextInt(3));
            if (random.nextBoolean()) {
                options.setIndicatorIndent(random.nextInt(options.getIndent() - 1));
                options.setIndentWithIndicator(random.nextBoolean());
            }
            options.setWidth(random.nextBoolean() ? 20 + random.nextInt(60) : Integer.MAX_VALUE);
            DumperOptions.ScalarStyle[] styles = DumperOptions.ScalarStyle.values();
            options.setDefaultScalarStyle(random.nextInt(3) == 0 ? styles[random.nextInt(styles.length)]
                    : DumperOptions.ScalarStyle.PLAIN);
            String yaml = new Yaml(options).dump(map(random, 0));
            if (assertSameTreeOrNone(yaml)) {
                read++;
            }
        }
        assertThat(read).as("documents read line by line").isGreaterThan(300);
    }

    private static Map<String, Object> map(Random random, int depth) {
        Map<String, Object> map = new LinkedHashMap<>();
        int size = 1 + random.nextInt(4);
        for (int i = 0; i < size; i++) {
            map.put(random.nextInt(4) == 0 ? text(random) : name(random), value(random, depth + 1));
        }
        return map;
    }

    private static Object value(Random random, int depth) {
        int kind = random.nextInt(depth > 4 ? 4 : 7);
        switch (kind) {
            case 0:
                return text(random);
            case 1:
                return random.nextInt(2000) - 1000;
            case 2:
                return random.nextBoolean();
            case 3:
                return random.nextInt(3) == 0 ? null : name(random);
            case 4: {
                List<Object> list = new ArrayList<>();
                int size = random.nextInt(4);
                for (int i = 0; i < size; i++) {
                    list.add(value(random, depth + 1));
                }
                return list;
            }
            default:
                return map(random, depth);
        }
    }

    private static final String[] PIECES = {"a", "Name", "x-tc", "中文", "é", " ", "  ", ":", ": ", "#", " #", "'", "\"",
        "-", "- ", "\n", "\n\n", "|", ">", "[", "]", "{", "}", ",", "&", "*", "!", "%", "@", "`", "?", "~", ".", "\\",
        "yes", "no", "null", "1", "0x1F", "1.5", "1e3", "007", "/#Do", "$ref", "\t", "\u00a0", "...", "---"};

    private static String text(Random random) {
        StringBuilder out = new StringBuilder();
        int pieces = random.nextInt(6);
        for (int i = 0; i < pieces; i++) {
            out.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return out.toString();
    }

    private static String name(Random random) {
        String[] names = {"type", "description", "TopicId", "x-tc-action", "$ref", "/#CreateExport", "200", "y",
            "name", "application/json", "a.b", "Offset_2"};
        return names[random.nextInt(names.length)];
    }

    /** Whether it was read line by line (then as swagger-parser reads it). */
    private static boolean assertSameTreeOrNone(String yaml) {
        JsonNode tree = read(yaml);
        if (tree != null) {
            assertThat(tree).as(yaml).isEqualTo(swaggerParsersTree(yaml));
        }
        return tree != null;
    }

    private static JsonNode read(String yaml) {
        try {
            return BlockYaml.read(yaml);
        } catch (YamlTree.Unsupported e) {
            return null;
        }
    }

    private static JsonNode swaggerParsersTree(String yaml) {
        return DeserializationUtils.deserializeIntoTree(yaml, null, new ParseOptions(), new SwaggerParseResult());
    }
}

package dev.clssdk.codegen.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads a YAML spec into the same Jackson tree swagger-parser makes of it, in one pass over
 * snakeyaml's events. swagger-parser composes snakeyaml nodes, constructs maps and lists from
 * them, writes those as JSON text and parses that text again: for a large spec those passes take
 * most of the time the generator spends reading it.
 *
 * <p>Only YAML whose tree has one obvious form is read here: plain, quoted and block scalars,
 * typed by swagger-parser's own resolver (YAML 1.1 booleans, no timestamps), and collections
 * keyed by strings or decimal integers. Anything else (anchors and aliases, tags, merge keys,
 * numbers not written in plain decimal, duplicate keys, deep nesting, several documents, a
 * syntax error, any of swagger-parser's YAML system properties set) gives no tree, and the caller
 * reads the text the general way: snakeyaml's loader ({@link SpecText#tree}), or swagger-parser
 * as it stands, which then reads it, or reports it, its own way. The spec reader and
 * swagger-parser (in the generator) so read one tree.
 *
 * <p>Block-style YAML, which is how specs are written, is first read line by line without
 * snakeyaml's scanner ({@link BlockYaml}); these events are for what that leaves.
 */
final class YamlTree {

    /** The resolver, also for {@link SpecText}'s general reading; read-only once made. */
    static Resolver types() {
        return TYPES;
    }


    /** The system properties swagger-parser's YAML reading obeys ({@code DeserializationUtils.Options}). */
    private static final List<String> PARSER_PROPERTIES = List.of("maxYamlDepth", "maxYamlReferences",
            "validateYamlInput", "yamlCycleCheck", "maxYamlCodePoints", "maxYamlAliasesForCollections",
            "yamlAllowRecursiveKeys");
    /** Well below snakeyaml's nesting limit (50), past which swagger-parser reads the text another way. */
    private static final int MAX_DEPTH = 40;
    /** Integers whose JSON form is their own text ({@code -0} is written {@code 0}, so not as a key). */
    private static final Pattern DECIMAL = Pattern.compile("-?(?:0|[1-9][0-9]*)");
    private static final Pattern DECIMAL_KEY = Pattern.compile("0|-?[1-9][0-9]*");
    private static final Pattern DECIMAL_FRACTION = Pattern.compile("-?(?:0|[1-9][0-9]*)\\.[0-9]+");
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private final Parser parser;
    /** Read-only once made, so shared (snakeyaml's resolver only looks rules up and matches them). */
    private static final Types TYPES = new Types();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private YamlTree(String yaml) {
        // The loader options swagger-parser's default reading uses (its code point limit is snakeyaml's).
        this.parser = new ParserImpl(new StreamReader(yaml), new LoaderOptions());
    }

    /** The tree swagger-parser would build from this text, or empty where it has to build it itself. */
    static Optional<JsonNode> read(String yaml) {
        for (String property : PARSER_PROPERTIES) {
            if (System.getProperty(property) != null) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(BlockYaml.read(yaml));
        } catch (RuntimeException outsideItsSubset) {
            // snakeyaml's events, for the rest
        }
        try {
            return Optional.of(new YamlTree(yaml).document());
        } catch (RuntimeException unsupportedOrNotYaml) {
            return Optional.empty();
        }
    }

    private JsonNode document() {
        next(Event.ID.StreamStart);
        if (!(parser.getEvent() instanceof DocumentStartEvent start) || start.getVersion() != null
                || (start.getTags() != null && !start.getTags().isEmpty())) {
            throw Unsupported.INSTANCE;
        }
        JsonNode root = node(parser.getEvent(), 0);
        next(Event.ID.DocumentEnd);
        next(Event.ID.StreamEnd);
        return root;
    }

    private void next(Event.ID expected) {
        if (!parser.getEvent().is(expected)) {
            throw Unsupported.INSTANCE;
        }
    }

    private JsonNode node(Event event, int depth) {
        if (!(event instanceof NodeEvent node) || node.getAnchor() != null) {
            throw Unsupported.INSTANCE;
        }
        if (event instanceof ScalarEvent scalar) {
            return scalar(scalar);
        }
        if (((CollectionStartEvent) event).getTag() != null || depth >= MAX_DEPTH) {
            throw Unsupported.INSTANCE;
        }
        if (event.is(Event.ID.SequenceStart)) {
            ArrayNode array = NODES.arrayNode();
            for (Event item = parser.getEvent(); !item.is(Event.ID.SequenceEnd); item = parser.getEvent()) {
                array.add(node(item, depth + 1));
            }
            return array;
        }
        ObjectNode object = NODES.objectNode();
        for (Event key = parser.getEvent(); !key.is(Event.ID.MappingEnd); key = parser.getEvent()) {
            String name = key(key);
            JsonNode value = node(parser.getEvent(), depth + 1);
            if (object.putIfAbsent(name, value) != null) {
                throw Unsupported.INSTANCE;
            }
        }
        return object;
    }

    private String key(Event event) {
        if (!(event instanceof ScalarEvent scalar) || scalar.getAnchor() != null || scalar.getTag() != null) {
            throw Unsupported.INSTANCE;
        }
        return scalar.getImplicit().canOmitTagInPlainScalar() ? plainKey(scalar.getValue()) : scalar.getValue();
    }

    /** A plain (unquoted) mapping key as swagger-parser's JSON names it. */
    static String plainKey(String value) {
        Tag tag = TYPES.resolve(NodeId.scalar, value, true);
        if (tag.equals(Tag.STR) || (tag.equals(Tag.INT) && DECIMAL_KEY.matcher(value).matches())) {
            return value;
        }
        throw Unsupported.INSTANCE;
    }

    private JsonNode scalar(ScalarEvent scalar) {
        if (scalar.getTag() != null) {
            throw Unsupported.INSTANCE;
        }
        String value = scalar.getValue();
        return scalar.getImplicit().canOmitTagInPlainScalar() ? plainValue(value) : NODES.textNode(value);
    }

    /** A plain (unquoted) scalar as swagger-parser's tree holds it. */
    static JsonNode plainValue(String value) {
        Tag tag = TYPES.resolve(NodeId.scalar, value, true);
        if (tag.equals(Tag.STR)) {
            return NODES.textNode(value);
        }
        if (tag.equals(Tag.NULL)) {
            return NODES.nullNode();
        }
        if (tag.equals(Tag.BOOL)) {
            return NODES.booleanNode(BOOLEANS.get(value.toLowerCase(Locale.ROOT)));
        }
        if (tag.equals(Tag.INT) && DECIMAL.matcher(value).matches()) {
            return integer(value);
        }
        if (tag.equals(Tag.FLOAT) && DECIMAL_FRACTION.matcher(value).matches()) {
            return NODES.numberNode(Double.parseDouble(value));
        }
        throw Unsupported.INSTANCE;
    }

    /** As snakeyaml constructs it (the smallest of int, long and BigInteger) and Jackson reads it back. */
    private static JsonNode integer(String value) {
        BigInteger number = new BigInteger(value);
        if (number.bitLength() < Integer.SIZE) {
            return NODES.numberNode(number.intValue());
        }
        if (number.compareTo(LONG_MIN) >= 0 && number.compareTo(LONG_MAX) <= 0) {
            return NODES.numberNode(number.longValue());
        }
        return NODES.numberNode(number);
    }

    /** snakeyaml's YAML 1.1 booleans, which swagger-parser's resolver keeps. */
    private static final Map<String, Boolean> BOOLEANS = Map.of("yes", true, "no", false, "true", true,
            "false", false, "on", true, "off", false);

    /**
     * swagger-parser's resolver (its {@code DeserializationUtils.CustomResolver}): snakeyaml's
     * YAML 1.1 rules without timestamps, so that a date stays the text it is written as. It looks a
     * plain scalar up by its first character. Most scalars of a spec (names, descriptions) start
     * with a character no rule names and are not empty: they are strings without the regular
     * expressions being tried (measured: a quarter of the reading).
     */
    static final class Types extends Resolver {
        /**
         * Whether a rule for any first character matches more than the empty scalar (snakeyaml's
         * {@code EMPTY}). Set while the superclass constructor adds the rules, so it has no initializer.
         */
        private boolean anyCharacterRules;

        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO");
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, FLOAT, "-+.0123456789");
            addImplicitResolver(Tag.MERGE, MERGE, "<");
            addImplicitResolver(Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(Tag.NULL, EMPTY, null);
        }

        @Override
        public void addImplicitResolver(Tag tag, Pattern regexp, String first, int limit) {
            anyCharacterRules |= first == null && !regexp.pattern().equals(Resolver.EMPTY.pattern());
            super.addImplicitResolver(tag, regexp, first, limit);
        }

        @Override
        public void addImplicitResolver(Tag tag, Pattern regexp, String first) {
            anyCharacterRules |= first == null && !regexp.pattern().equals(Resolver.EMPTY.pattern());
            super.addImplicitResolver(tag, regexp, first);
        }

        @Override
        public Tag resolve(NodeId kind, String value, boolean implicit) {
            if (kind == NodeId.scalar && implicit && !anyCharacterRules && !value.isEmpty()
                    && !yamlImplicitResolvers.containsKey(value.charAt(0))) {
                return Tag.STR;
            }
            return super.resolve(kind, value, implicit);
        }
    }

    /** Thrown where this reader leaves the text to swagger-parser; carries no stack trace. */
    static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Unsupported INSTANCE = new Unsupported();

        private Unsupported() {
            super(null, null, false, false);
        }
    }
}

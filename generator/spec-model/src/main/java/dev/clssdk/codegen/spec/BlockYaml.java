package dev.clssdk.codegen.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clssdk.codegen.spec.YamlTree.Unsupported;
import java.util.ArrayList;
import java.util.List;

/**
 * The block-style YAML specs are written in (snakeyaml's dumper writes the imported ones so), read
 * line by line into the tree {@link YamlTree} makes of it, without snakeyaml's scanner: scanning
 * code point by code point and keeping a position mark for every token, it takes most of the time
 * a large spec takes to read.
 *
 * <p>Only a strict subset is read: block mappings and sequences indented with spaces; keys that
 * are plain names or single-quoted; values that are plain scalars on one line, single- or
 * double-quoted scalars on one line, literal block scalars ({@code |} and {@code |-}) or
 * {@code []} and {@code {}}; comments on lines of their own. Anything else (tabs, control
 * characters, characters outside the Basic Multilingual Plane, flow collections with content,
 * folded or kept block scalars, scalars over several lines, comments after a value, anchors, tags,
 * document markers, directives, uncommon escapes, long keys) throws {@link Unsupported}, and the
 * text is read by snakeyaml's events instead. Plain scalars and keys are typed by the same rules
 * as there.
 */
final class BlockYaml {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** snakeyaml refuses simple keys longer than this. */
    private static final int MAX_KEY_LENGTH = 1024;
    private static final int MAX_DEPTH = 40;

    private final String text;
    private final int[] starts;
    private final int[] ends;
    /** Leading spaces of each line; -1 for a line that is blank or only a comment. */
    private final int[] indents;
    private int line;

    private BlockYaml(String text) {
        this.text = text;
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            if (c == '\n') {
                lines.add(new int[] {start, i});
                start = i + 1;
            } else if (!plainText(c)) {
                throw Unsupported.INSTANCE;
            }
        }
        int count = lines.size();
        starts = new int[count];
        ends = new int[count];
        indents = new int[count];
        for (int l = 0; l < count; l++) {
            starts[l] = lines.get(l)[0];
            ends[l] = lines.get(l)[1];
            int s = starts[l];
            while (s < ends[l] && text.charAt(s) == ' ') {
                s++;
            }
            indents[l] = s == ends[l] || text.charAt(s) == '#' ? -1 : s - starts[l];
            if (s == starts[l] && (text.startsWith("---", s) || text.startsWith("...", s) || text.startsWith("%", s))) {
                throw Unsupported.INSTANCE;
            }
        }
    }

    /** Printable characters that are no line break to snakeyaml, tabs and anything outside the BMP excepted. */
    private static boolean plainText(char c) {
        return (c >= 0x20 && c < 0x7F) || (c > 0x9F && c != 0x2028 && c != 0x2029 && c != 0xFEFF
                && !Character.isSurrogate(c) && c < 0xFFFE);
    }

    static JsonNode read(String text) {
        BlockYaml yaml = new BlockYaml(text);
        yaml.skipBlank();
        if (yaml.line == yaml.starts.length || yaml.indents[yaml.line] != 0 || yaml.dash(yaml.line, 0)) {
            throw Unsupported.INSTANCE;
        }
        JsonNode root = yaml.mapping(0, 0, 0);
        yaml.skipBlank();
        if (yaml.line != yaml.starts.length) {
            throw Unsupported.INSTANCE;
        }
        return root;
    }

    private void skipBlank() {
        while (line < starts.length && indents[line] < 0) {
            line++;
        }
    }

    /** The indentation of the next line with content, or -1 at the end. */
    private int nextIndent() {
        skipBlank();
        return line < starts.length ? indents[line] : -1;
    }

    private char at(int l, int column) {
        int i = starts[l] + column;
        return i < ends[l] ? text.charAt(i) : '\n';
    }

    /** A sequence entry's dash at this column: {@code -} followed by a space or the end of the line. */
    private boolean dash(int l, int column) {
        return at(l, column) == '-' && (at(l, column + 1) == ' ' || at(l, column + 1) == '\n');
    }

    /** A block node on the following lines, indented more than {@code parent}; the line is at its start. */
    private JsonNode block(int parent, int depth) {
        int indent = nextIndent();
        if (depth >= MAX_DEPTH || indent <= parent) {
            throw Unsupported.INSTANCE;
        }
        return dash(line, indent) ? sequence(indent, depth) : mapping(indent, indent, depth);
    }

    /**
     * The mapping whose keys start at column {@code indent}; its first key starts at {@code first}
     * on the current line (after a sequence entry's dash, or at the indentation).
     */
    private JsonNode mapping(int indent, int first, int depth) {
        ObjectNode object = NODES.objectNode();
        int column = first;
        while (true) {
            int l = line;
            int[] end = new int[1];
            String key = key(l, column, end);
            if (key == null) {
                throw Unsupported.INSTANCE;
            }
            int pos = end[0] + 1;
            while (at(l, pos) == ' ') {
                pos++;
            }
            JsonNode value;
            if (at(l, pos) == '\n') {
                line++;
                int next = nextIndent();
                if (next > indent) {
                    value = block(indent, depth + 1);
                } else if (next == indent && dash(line, indent)) {
                    value = sequence(indent, depth + 1);
                } else {
                    value = YamlTree.plainValue("");
                }
            } else {
                value = inline(l, pos, indent);
            }
            if (object.putIfAbsent(key, value) != null) {
                throw Unsupported.INSTANCE;
            }
            int next = nextIndent();
            if (next > indent) {
                throw Unsupported.INSTANCE;
            }
            if (next < indent || dash(line, indent)) {
                return object;
            }
            column = indent;
        }
    }

    private JsonNode sequence(int indent, int depth) {
        if (depth >= MAX_DEPTH) {
            throw Unsupported.INSTANCE;
        }
        ArrayNode array = NODES.arrayNode();
        while (nextIndent() == indent && dash(line, indent)) {
            int l = line;
            int pos = indent + 1;
            while (at(l, pos) == ' ') {
                pos++;
            }
            if (at(l, pos) == '\n') {
                line++;
                array.add(nextIndent() > indent ? block(indent, depth + 1) : YamlTree.plainValue(""));
            } else if (dash(l, pos)) {
                throw Unsupported.INSTANCE;
            } else if (key(l, pos, new int[1]) != null) {
                array.add(mapping(pos, pos, depth + 1));
            } else {
                array.add(inline(l, pos, indent));
            }
            if (nextIndent() > indent) {
                throw Unsupported.INSTANCE;
            }
        }
        return array;
    }

    /**
     * The key starting at this column, if the line has one there ({@code name:} followed by a space
     * or the end of the line); {@code end[0]} is set to the column of its colon. Null where there is no key.
     */
    private String key(int l, int column, int[] end) {
        char c = at(l, column);
        if (c == '\'') {
            int[] close = new int[1];
            String quoted = singleQuoted(l, column, close);
            if (quoted == null || at(l, close[0]) != ':' || !(at(l, close[0] + 1) == ' ' || at(l, close[0] + 1) == '\n')) {
                return null;
            }
            end[0] = close[0];
            return quoted;
        }
        if (!keyStart(c)) {
            return null;
        }
        int pos = column + 1;
        while (keyPart(at(l, pos))) {
            pos++;
        }
        if (at(l, pos) != ':' || !(at(l, pos + 1) == ' ' || at(l, pos + 1) == '\n') || pos - column > MAX_KEY_LENGTH) {
            return null;
        }
        end[0] = pos;
        return YamlTree.plainKey(text.substring(starts[l] + column, starts[l] + pos));
    }

    private static boolean keyStart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '/' || c == '.';
    }

    private static boolean keyPart(char c) {
        return keyStart(c) || c == '-' || c == '#';
    }

    /** A scalar value starting at this column and ending on this line (or a literal block after it). */
    private JsonNode inline(int l, int column, int parent) {
        char c = at(l, column);
        int endOfLine = ends[l] - starts[l];
        int last = endOfLine;
        while (last > column && at(l, last - 1) == ' ') {
            last--;
        }
        String rest = text.substring(starts[l] + column, starts[l] + last);
        line = l + 1;
        switch (c) {
            case '|':
                if (rest.equals("|-") || rest.equals("|")) {
                    return NODES.textNode(literal(parent, rest.equals("|-")));
                }
                throw Unsupported.INSTANCE;
            case '\'': {
                int[] close = new int[1];
                String quoted = singleQuoted(l, column, close);
                if (quoted == null) {
                    return NODES.textNode(singleQuotedLines(l, column, parent));
                }
                if (close[0] != last) {
                    throw Unsupported.INSTANCE;
                }
                return NODES.textNode(quoted);
            }
            case '"':
                return NODES.textNode(doubleQuoted(rest));
            case '[':
                if (rest.equals("[]")) {
                    return NODES.arrayNode();
                }
                throw Unsupported.INSTANCE;
            case '{':
                if (rest.equals("{}")) {
                    return NODES.objectNode();
                }
                throw Unsupported.INSTANCE;
            case '-':
                if (rest.length() == 1 || rest.charAt(1) == ' ') {
                    throw Unsupported.INSTANCE;
                }
                return plain(rest);
            case '&': case '*': case '!': case '%': case '@': case '`': case '>': case '#': case ',': case '?':
            case ':': case ']': case '}':
                throw Unsupported.INSTANCE;
            default:
                return plain(rest);
        }
    }

    private static JsonNode plain(String value) {
        if (value.contains(": ") || value.contains(" #") || value.endsWith(":")) {
            throw Unsupported.INSTANCE;
        }
        return YamlTree.plainValue(value);
    }

    /** The quoted text from this column to its closing quote on the line, or null; {@code close[0]} is after that quote. */
    private String singleQuoted(int l, int column, int[] close) {
        StringBuilder out = new StringBuilder();
        int pos = column + 1;
        while (true) {
            char c = at(l, pos);
            if (c == '\n') {
                return null;
            }
            if (c == '\'') {
                if (at(l, pos + 1) != '\'') {
                    close[0] = pos + 1;
                    return out.toString();
                }
                pos++;
            }
            out.append(c);
            pos++;
        }
    }

    /**
     * A single-quoted scalar over several lines (snakeyaml's dumper writes one so when it ends in a
     * line break), folded as snakeyaml folds it: the spaces around each line break go, a single
     * break becomes a space, and each blank line after it a line break. Its lines are indented more
     * than {@code parent}; the closing quote ends a line.
     */
    private String singleQuotedLines(int l, int column, int parent) {
        StringBuilder out = new StringBuilder();
        int lineStart = 0;
        int pos = column + 1;
        while (true) {
            char c = at(l, pos);
            if (c == '\n') {
                int end = out.length();
                while (end > lineStart && out.charAt(end - 1) == ' ') {
                    end--;
                }
                out.setLength(end);
                int blanks = 0;
                l++;
                while (l < starts.length && blank(l)) {
                    blanks++;
                    l++;
                }
                if (l == starts.length || spaces(l) <= parent) {
                    throw Unsupported.INSTANCE;
                }
                out.append(blanks == 0 ? " " : "\n".repeat(blanks));
                lineStart = out.length();
                pos = spaces(l);
                continue;
            }
            if (c == '\'') {
                if (at(l, pos + 1) != '\'') {
                    for (int i = pos + 1; at(l, i) != '\n'; i++) {
                        if (at(l, i) != ' ') {
                            throw Unsupported.INSTANCE;
                        }
                    }
                    line = l + 1;
                    return out.toString();
                }
                pos++;
            }
            out.append(c);
            pos++;
        }
    }

    /** A double-quoted scalar that is all of {@code quoted}, with the common escapes only. */
    private static String doubleQuoted(String quoted) {
        StringBuilder out = new StringBuilder();
        int i = 1;
        while (true) {
            if (i >= quoted.length()) {
                throw Unsupported.INSTANCE;
            }
            char c = quoted.charAt(i++);
            if (c == '"') {
                if (i != quoted.length()) {
                    throw Unsupported.INSTANCE;
                }
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (i >= quoted.length()) {
                throw Unsupported.INSTANCE;
            }
            char e = quoted.charAt(i++);
            switch (e) {
                case '\\', '"' -> out.append(e);
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'u' -> {
                    if (i + 4 > quoted.length()) {
                        throw Unsupported.INSTANCE;
                    }
                    char unit = (char) hex(quoted.substring(i, i + 4));
                    if (Character.isSurrogate(unit) || !plainText(unit)) {
                        throw Unsupported.INSTANCE;
                    }
                    out.append(unit);
                    i += 4;
                }
                default -> throw Unsupported.INSTANCE;
            }
        }
    }

    private static int hex(String digits) {
        int value = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = Character.digit(digits.charAt(i), 16);
            if (d < 0) {
                throw Unsupported.INSTANCE;
            }
            value = value * 16 + d;
        }
        return value;
    }

    /**
     * A literal block scalar on the lines from the current one, indented as its first line and more
     * than {@code parent}; clipped (one final line break) or stripped (none).
     */
    private String literal(int parent, boolean strip) {
        int first = line;
        if (first == starts.length || blank(first) || spaces(first) <= parent) {
            throw Unsupported.INSTANCE;
        }
        int indent = spaces(first);
        StringBuilder out = new StringBuilder();
        int breaks = 0;
        int l = first;
        for (; l < starts.length; l++) {
            int spaces = spaces(l);
            if (blank(l) && spaces <= indent) {
                breaks++;
                continue;
            }
            if (spaces < indent) {
                break;
            }
            out.append("\n".repeat(breaks));
            breaks = 0;
            out.append(text, starts[l] + indent, ends[l]).append('\n');
        }
        line = l;
        if (strip) {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    private int spaces(int l) {
        int s = starts[l];
        while (s < ends[l] && text.charAt(s) == ' ') {
            s++;
        }
        return s - starts[l];
    }

    private boolean blank(int l) {
        return spaces(l) == ends[l] - starts[l];
    }
}

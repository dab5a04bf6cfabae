package dev.clssdk.codegen.naming;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The Java class names of a spec's structures and enums (schema names are never on the wire, so a
 * class may be named differently without changing a byte sent). The rules, applied to the schema
 * names in code point order:
 * <ol>
 * <li><b>as written</b>: the schema name, when it is a legal class name starting with a capital.</li>
 * <li><b>legal</b>: otherwise characters a Java name cannot hold are dropped and start a new word,
 *     and the first letter is capitalized ({@code instance_info -> Instance_info},
 *     {@code my-type -> MyType}); a leading digit gets {@code T}.</li>
 * <li><b>java.lang</b>: a name of a public {@code java.lang} type ({@code Object}, {@code String},
 *     {@code Error}, ...) gets the service prefix ({@code Object -> CosObject}): the generated code
 *     uses those types unqualified, and a class of the same name in its package would shadow them.</li>
 * <li><b>case</b>: two classes whose names differ only in case would be one file on a
 *     case-insensitive file system: the later one (in code point order) gets {@code 2}, {@code 3}, ...</li>
 * </ol>
 */
public final class TypeNames {

    private TypeNames() {}

    /** Schema name to class name, for every schema given. */
    public static Map<String, String> assign(Collection<String> schemaNames, String servicePrefix) {
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> taken = new TreeSet<>();
        for (String schema : new TreeSet<>(schemaNames)) {
            String name = legal(schema);
            if (Names.JAVA_LANG_TYPES.contains(name)) {
                name = servicePrefix + name;
            }
            String base = name;
            for (int k = 2; taken.contains(name.toLowerCase(Locale.ROOT)); k++) {
                name = base + k;
            }
            taken.add(name.toLowerCase(Locale.ROOT));
            out.put(schema, name);
        }
        return out;
    }

    /** Why the class of a schema is not named as the schema, as a Javadoc sentence, or empty. */
    public static Optional<String> note(String schemaName, String className) {
        if (schemaName.equals(className)) {
            return Optional.empty();
        }
        String why = Names.JAVA_LANG_TYPES.contains(legal(schemaName))
                ? "{@code " + legal(schemaName) + "} would shadow {@code java.lang." + legal(schemaName) + "}"
                : !legal(schemaName).equals(schemaName) ? "{@code " + schemaName + "} is not a legal Java class name"
                : "another class differs from it only in case";
        return Optional.of("The spec's schema {@code " + schemaName + "}, as class {@code " + className + "}: " + why + ".");
    }

    static String legal(String schema) {
        if (Names.typeName(schema).isPresent()) {
            return schema;
        }
        StringBuilder out = new StringBuilder();
        boolean upperNext = true;
        for (int i = 0; i < schema.length(); ) {
            int c = schema.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isJavaIdentifierPart(c) && c != '$') {
                out.appendCodePoint(upperNext ? Character.toUpperCase(c) : c);
                upperNext = false;
            } else {
                upperNext = true;
            }
        }
        String name = out.length() == 0 ? "Type" : out.toString();
        if (!Character.isJavaIdentifierStart(name.codePointAt(0))) {
            name = "T" + name;
        }
        return name;
    }

    static Map<String, String> sorted(Map<String, String> map) {
        return new TreeMap<>(map);
    }
}

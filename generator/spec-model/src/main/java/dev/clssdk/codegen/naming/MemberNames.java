package dev.clssdk.codegen.naming;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * The Java names of one shape's members, decided for the whole shape at once so that no two of
 * them, and none of the methods the generated class adds itself, can clash. The wire name never
 * changes; only the Java name does, and its Javadoc says why (see generator/README.md, "Naming
 * rules"). The rules, in order:
 * <ol>
 * <li><b>natural</b>: lowerCamelCase of the wire name ({@code TopicId -> topicId},
 *     {@code IPAddress -> ipAddress}); characters that cannot be in a Java name are dropped and
 *     start a new word ({@code instance-id -> instanceId}); a leading digit gets {@code _}
 *     ({@code 2FA -> _2FA}).</li>
 * <li><b>escape</b>: a Java keyword, a name the generated class uses itself ({@code builder},
 *     {@code build}, {@code toString}, ...) or an {@code Object} method an accessor cannot be
 *     ({@code notify}, {@code wait}, {@code getClass}, ...) gets {@code Value}
 *     ({@code Default -> defaultValue}, {@code Notify -> notifyValue}).</li>
 * <li><b>collision</b>: members whose names are equal after rules 1 and 2 (names differing only in
 *     case, {@code UUI}/{@code Uui}; an escape meeting a real member, {@code Default}/{@code DefaultValue})
 *     are ordered: unescaped names first, then by wire name (code point order, so the order of the
 *     spec does not matter); the first keeps the name, each later one gets the next free
 *     {@code 2}, {@code 3}, ... suffix ({@code Uui -> uui2}).</li>
 * <li><b>derived</b>: the methods the class derives from a member, {@code hasX()} for a list and
 *     {@code xAsString()} for an enum, yield to members: when taken, they become {@code isXSet()}
 *     and {@code xRaw()} (then numbered), so {@code HasChildren} keeps {@code hasChildren()} next to
 *     the list {@code Children}.</li>
 * </ol>
 */
public final class MemberNames {

    /**
     * What the assignment needs to know of a member.
     *
     * @param wireName the JSON name
     * @param list     the member is a list (it gets a presence method)
     * @param enumType the member is an enum (it gets a raw-string accessor)
     */
    public record Member(String wireName, boolean list, boolean enumType) {}

    /**
     * The names of one member.
     *
     * @param name     the field, accessor and setter name
     * @param presence the presence method of a list ({@code hasX}), or {@code null} for other members
     * @param raw      the raw-string accessor of an enum ({@code xAsString}), or {@code null} for other members
     * @param note     a Javadoc sentence saying why {@code name} (or a derived name) is not the usual one, if it is not
     */
    public record Assigned(String name, String presence, String raw, Optional<String> note) {}

    private MemberNames() {}

    /** The names of the members, in the order given. */
    public static List<Assigned> assign(List<Member> members) {
        int n = members.size();
        String[] natural = new String[n];
        boolean[] escaped = new boolean[n];
        for (int i = 0; i < n; i++) {
            natural[i] = natural(members.get(i).wireName());
            escaped[i] = needsEscape(natural[i]);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer, Boolean>comparing(i -> escaped[i]).thenComparing(i -> members.get(i).wireName()));
        Set<String> taken = new HashSet<>();
        String[] names = new String[n];
        String[] notes = new String[n];
        String[] firstHolder = new String[n];
        java.util.Map<String, String> holder = new java.util.HashMap<>();
        for (int i : order) {
            String base = escaped[i] ? natural[i] + "Value" : natural[i];
            String name = base;
            for (int k = 2; taken.contains(name); k++) {
                name = base + k;
            }
            taken.add(name);
            holder.putIfAbsent(base, members.get(i).wireName());
            names[i] = name;
            firstHolder[i] = holder.get(base);
            String wire = members.get(i).wireName();
            List<String> why = new ArrayList<>();
            if (!natural[i].equals(Names.lowerCamel(wire))) {
                why.add("{@code " + wire + "} is not a legal Java name as it stands");
            }
            if (escaped[i]) {
                why.add("{@code " + natural[i] + "} is " + (SourceVersion.isKeyword(natural[i])
                        ? "a Java keyword" : "the name of a method of generated classes or of {@code Object}"));
            }
            if (!name.equals(base)) {
                why.add("{@code " + base + "} is the Java name of {@code " + firstHolder[i] + "}");
            }
            notes[i] = why.isEmpty() ? null : "Java name {@code " + name + "} for the wire name {@code " + wire + "}: "
                    + String.join("; ", why) + ".";
        }
        taken.addAll(Names.TAKEN_MEMBER_NAMES);
        List<Assigned> out = new ArrayList<>();
        String[] presence = new String[n];
        String[] raw = new String[n];
        for (int i : order) {
            Member m = members.get(i);
            String cap = Character.toUpperCase(names[i].charAt(0)) + names[i].substring(1);
            if (m.list()) {
                presence[i] = claim(taken, "has" + cap, "is" + cap + "Set");
                if (!presence[i].equals("has" + cap)) {
                    notes[i] = (notes[i] == null ? "" : notes[i] + " ") + "Its presence method is {@code " + presence[i]
                            + "()}: {@code has" + cap + "} is taken by another member.";
                }
            }
            if (m.enumType()) {
                raw[i] = claim(taken, names[i] + "AsString", names[i] + "Raw");
                if (!raw[i].equals(names[i] + "AsString")) {
                    notes[i] = (notes[i] == null ? "" : notes[i] + " ") + "Its raw accessor is {@code " + raw[i]
                            + "()}: {@code " + names[i] + "AsString} is taken by another member.";
                }
            }
        }
        for (int i = 0; i < n; i++) {
            out.add(new Assigned(names[i], presence[i], raw[i], Optional.ofNullable(notes[i])));
        }
        return out;
    }

    private static String claim(Set<String> taken, String usual, String fallback) {
        String name = taken.contains(usual) ? fallback : usual;
        for (int k = 2; taken.contains(name); k++) {
            name = fallback + k;
        }
        taken.add(name);
        return name;
    }

    /** Rule 1: lowerCamelCase, made legal. */
    static String natural(String wireName) {
        StringBuilder legal = new StringBuilder();
        boolean upperNext = false;
        for (int i = 0; i < wireName.length(); ) {
            int c = wireName.codePointAt(i);
            i += Character.charCount(c);
            if (legal.length() == 0 ? Character.isJavaIdentifierPart(c) && c != '$' : Character.isJavaIdentifierPart(c) && c != '$') {
                legal.appendCodePoint(upperNext && legal.length() > 0 ? Character.toUpperCase(c) : c);
                upperNext = false;
            } else {
                upperNext = true;
            }
        }
        String camel = Names.lowerCamel(legal.toString());
        if (camel.isEmpty()) {
            return "member";
        }
        if (!Character.isJavaIdentifierStart(camel.codePointAt(0)) || camel.equals("_")) {
            camel = "_" + camel;
        }
        return camel;
    }

    /** Rule 2: a keyword, or a name the class has already. */
    static boolean needsEscape(String camel) {
        return SourceVersion.isKeyword(camel) || Names.TAKEN_MEMBER_NAMES.contains(camel);
    }
}

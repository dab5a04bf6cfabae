package dev.clssdk.codegen.naming;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Every rule that turns a spec name into a Java name lives here, so that the reader and all
 * emitters agree. Methods return empty where no legal Java name results; the spec reader turns
 * that into an error that names the place.
 */
public final class Names {

    /** Names a generated class already uses for its own members. */
    private static final Set<String> TAKEN_MEMBER_NAMES =
            Set.of("builder", "toBuilder", "build", "equals", "hashCode", "toString", "getClass");

    private Names() {}

    /** {@code TopicId -> topicId}, {@code CosPath -> cosPath}, {@code IPAddress -> ipAddress}. */
    public static Optional<String> memberName(String wireName) {
        String camel = lowerCamel(wireName);
        if (SourceVersion.isKeyword(camel) || TAKEN_MEMBER_NAMES.contains(camel)) {
            camel = camel + "Value";
        }
        return legal(camel);
    }

    /** {@code CreateExport -> createExport}. */
    public static Optional<String> methodName(String action) {
        return legal(lowerCamel(action)).filter(n -> !SourceVersion.isKeyword(n));
    }

    /** A schema name used as-is for a class, if it is a legal one. */
    public static Optional<String> typeName(String schemaName) {
        return legal(schemaName).filter(n -> Character.isUpperCase(n.charAt(0)));
    }

    /**
     * {@code LimitExceeded.Export -> LIMIT_EXCEEDED_EXPORT}, {@code asc -> ASC},
     * {@code AuthFailure.MFAFailure -> AUTH_FAILURE_MFA_FAILURE}.
     */
    public static Optional<String> constantName(String value) {
        StringBuilder out = new StringBuilder();
        char previous = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                appendSeparator(out);
            } else {
                char next = i + 1 < value.length() ? value.charAt(i + 1) : 0;
                boolean wordStart = Character.isUpperCase(c)
                        && (Character.isLowerCase(previous) || Character.isDigit(previous)
                                || (Character.isUpperCase(previous) && Character.isLowerCase(next)));
                if (wordStart) {
                    appendSeparator(out);
                }
                out.append(Character.toUpperCase(c));
            }
            previous = c;
        }
        String name = trimSeparators(out.toString());
        if (!name.isEmpty() && Character.isDigit(name.charAt(0))) {
            name = "V_" + name;
        }
        return legal(name);
    }

    private static String lowerCamel(String name) {
        if (name.isEmpty()) {
            return name;
        }
        int upperRun = 0;
        while (upperRun < name.length() && Character.isUpperCase(name.charAt(upperRun))) {
            upperRun++;
        }
        // "IPAddress": the last capital of a run starts the next word, so keep it.
        int lowerUpTo = upperRun == name.length() || upperRun <= 1 ? upperRun : upperRun - 1;
        return name.substring(0, lowerUpTo).toLowerCase(Locale.ROOT) + name.substring(lowerUpTo);
    }

    private static void appendSeparator(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '_') {
            out.append('_');
        }
    }

    private static String trimSeparators(String name) {
        int end = name.length();
        while (end > 0 && name.charAt(end - 1) == '_') {
            end--;
        }
        return name.substring(0, end);
    }

    private static Optional<String> legal(String name) {
        return SourceVersion.isName(name) ? Optional.of(name) : Optional.empty();
    }
}

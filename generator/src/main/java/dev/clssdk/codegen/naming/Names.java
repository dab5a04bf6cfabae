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

    /**
     * Names the generated client uses for its own locals and lambda parameters in waiter
     * methods; a waiter parameter may not take one.
     */
    public static final Set<String> WAITER_LOCALS = Set.of("timeout", "poll", "start", "started", "item", "request");

    /**
     * The simple names of {@code java.lang}'s exceptions and errors: a family exception with one
     * of these names would shadow it in the service's package (and in every file that imports the
     * package), so it gets the service prefix instead.
     */
    private static final Set<String> JAVA_LANG_THROWABLES = Set.of(
            "ArithmeticException", "ArrayIndexOutOfBoundsException", "ArrayStoreException",
            "ClassCastException", "ClassNotFoundException", "CloneNotSupportedException",
            "EnumConstantNotPresentException", "Exception", "IllegalAccessException",
            "IllegalArgumentException", "IllegalCallerException", "IllegalMonitorStateException",
            "IllegalStateException", "IllegalThreadStateException", "IndexOutOfBoundsException",
            "InstantiationException", "InterruptedException", "LayerInstantiationException",
            "NegativeArraySizeException", "NoSuchFieldException", "NoSuchMethodException",
            "NullPointerException", "NumberFormatException", "ReflectiveOperationException",
            "RuntimeException", "SecurityException", "StringIndexOutOfBoundsException",
            "TypeNotPresentException", "UnsupportedOperationException", "WrongThreadException");

    private Names() {}

    /** {@code cls -> Cls}: the prefix of the service-wide generated classes. */
    public static String servicePrefix(String service) {
        return service.substring(0, 1).toUpperCase(Locale.ROOT) + service.substring(1);
    }

    /** {@code CreateExport -> createExportAsync}. */
    public static String asyncMethodName(String action) {
        return methodName(action).orElseThrow() + "Async";
    }

    /** {@code DescribeExports -> describeExportsPaginator}. */
    public static String paginatorMethodName(String action) {
        return methodName(action).orElseThrow() + "Paginator";
    }

    /** {@code ExportCompleted -> waitUntilExportCompleted}. */
    public static String waiterMethodName(String waiter) {
        return "waitUntil" + waiter;
    }

    /** {@code CreateExport -> createExportAndWait}: starts what a waiter waits for, then waits. */
    public static String startAndWaitMethodName(String action) {
        return methodName(action).orElseThrow() + "AndWait";
    }

    /**
     * The exception class of an error-code family: {@code AuthFailure -> AuthFailureException};
     * {@code UnsupportedOperation -> ClsUnsupportedOperationException}, because a plain
     * {@code UnsupportedOperationException} would shadow {@code java.lang}'s.
     */
    public static Optional<String> familyExceptionName(String family, String servicePrefix) {
        String name = family + "Exception";
        if (JAVA_LANG_THROWABLES.contains(name)) {
            name = servicePrefix + name;
        }
        return typeName(name);
    }

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

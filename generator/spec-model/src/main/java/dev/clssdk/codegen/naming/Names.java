package dev.clssdk.codegen.naming;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.lang.model.SourceVersion;

/**
 * Every rule that turns a spec name into a Java name lives here, so that the reader and all
 * emitters agree. Methods return empty where no legal Java name results; the spec reader turns
 * that into an error that names the place.
 */
public final class Names {

    /**
     * Names a generated shape class or its builder already uses for methods of its own ({@code create()}
     * is the static factory of a type only the server sends), and the
     * methods of {@code Object} a no-argument accessor would clash with (final ones such as
     * {@code notify()} cannot be overridden; {@code clone()} and {@code finalize()} would override
     * with the wrong type or meaning).
     */
    static final Set<String> TAKEN_MEMBER_NAMES = Set.of("builder", "toBuilder", "build", "create", "fromJson", "equals",
            "hashCode", "toString", "getClass", "notify", "notifyAll", "wait", "clone", "finalize");

    /**
     * The public top-level types of {@code java.lang} (Java 17, plus later additions). Generated code
     * uses them unqualified, so a generated class of the same name in a generated package would
     * shadow them there.
     */
    static final Set<String> JAVA_LANG_TYPES = Set.of("AbstractMethodError", "Appendable", "ArithmeticException",
            "ArrayIndexOutOfBoundsException", "ArrayStoreException", "AssertionError", "AutoCloseable", "Boolean",
            "BootstrapMethodError", "Byte", "CharSequence", "Character", "Class", "ClassCastException",
            "ClassCircularityError", "ClassFormatError", "ClassLoader", "ClassNotFoundException", "ClassValue",
            "CloneNotSupportedException", "Cloneable", "Comparable", "Compiler", "Deprecated", "Double", "Enum",
            "EnumConstantNotPresentException", "Error", "Exception", "ExceptionInInitializerError", "Float",
            "FunctionalInterface", "IllegalAccessError", "IllegalAccessException", "IllegalArgumentException",
            "IllegalCallerException", "IllegalMonitorStateException", "IllegalStateException",
            "IllegalThreadStateException", "IncompatibleClassChangeError", "IndexOutOfBoundsException",
            "InheritableThreadLocal", "InstantiationError", "InstantiationException", "Integer", "InternalError",
            "InterruptedException", "Iterable", "LayerInstantiationException", "LinkageError", "Long", "MatchException",
            "Math", "Module", "ModuleLayer", "NegativeArraySizeException", "NoClassDefFoundError", "NoSuchFieldError",
            "NoSuchFieldException", "NoSuchMethodError", "NoSuchMethodException", "NullPointerException", "Number",
            "NumberFormatException", "Object", "OutOfMemoryError", "Override", "Package", "Process", "ProcessBuilder",
            "ProcessHandle", "Readable", "Record", "ReflectiveOperationException", "Runnable", "Runtime",
            "RuntimeException", "RuntimePermission", "SafeVarargs", "ScopedValue", "SecurityException",
            "SecurityManager", "Short", "StackOverflowError", "StackTraceElement", "StackWalker", "StrictMath",
            "String", "StringBuffer", "StringBuilder", "StringIndexOutOfBoundsException", "StringTemplate",
            "SuppressWarnings", "System", "Thread", "ThreadDeath", "ThreadGroup", "ThreadLocal", "Throwable",
            "TypeNotPresentException", "UnknownError", "UnsatisfiedLinkError", "UnsupportedClassVersionError",
            "UnsupportedOperationException", "VerifyError", "VirtualMachineError", "Void", "WrongThreadException");

    /**
     * Names the generated client uses for its own locals and lambda parameters in waiter
     * methods; a waiter parameter may not take one.
     */
    public static final Set<String> WAITER_LOCALS = Set.of("timeout", "poll", "start", "started", "item", "request");

    private Names() {}

    /** {@code cls -> Cls}: the prefix of the service-wide generated classes. */
    public static String servicePrefix(String service) {
        return service.substring(0, 1).toUpperCase(Locale.ROOT) + service.substring(1);
    }

    /**
     * {@code CreateExport -> createExportAsync}; {@code createExportFuture} when the API also has an
     * action {@code CreateExportAsync}, whose own method takes the plain name (rule "derived method
     * yields to an action").
     */
    public static String asyncMethodName(String action, Collection<String> actions) {
        return derived(action, "Async", "Future", actions);
    }

    /**
     * {@code DescribeExports -> describeExportsPaginator}; {@code describeExportsPages} when the API
     * also has an action {@code DescribeExportsPaginator}.
     */
    public static String paginatorMethodName(String action, Collection<String> actions) {
        return derived(action, "Paginator", "Pages", actions);
    }

    /**
     * Why a derived client method does not have its usual name, as a Javadoc sentence, or empty.
     */
    public static Optional<String> derivedNote(String action, String usualSuffix, Collection<String> actions) {
        String usual = methodName(action).orElseThrow() + usualSuffix;
        return Optional.ofNullable(ActionMethods.of(actions).firstActionByMethod().get(usual))
                .map(a -> "Not named {@code " + usual + "}: that is the method of the action {@code " + a + "}.");
    }

    private static String derived(String action, String suffix, String fallback, Collection<String> actions) {
        String method = methodName(action).orElseThrow();
        Set<String> own = ActionMethods.of(actions).firstActionByMethod().keySet();
        if (!own.contains(method + suffix)) {
            return method + suffix;
        }
        String name = method + fallback;
        for (int n = 2; own.contains(name); n++) {
            name = method + fallback + n;
        }
        return name;
    }

    /**
     * The actions' own method names, each with the first action that has it. Every derived name of
     * every action asks about the same list, so the last one is kept: without it a service of n
     * actions computes n² method names (208 actions: about 5% of a whole-service generation's JFR samples).
     */
    private record ActionMethods(List<String> actions, Map<String, String> firstActionByMethod) {
        private static volatile ActionMethods last;

        static ActionMethods of(Collection<String> actions) {
            List<String> list = actions instanceof List<String> l ? l : List.copyOf(actions);
            ActionMethods known = last;
            if (known != null && known.actions.equals(list)) {
                return known;
            }
            Map<String, String> methods = new HashMap<>();
            for (String a : list) {
                methodName(a).ifPresent(m -> methods.putIfAbsent(m, a));
            }
            known = new ActionMethods(List.copyOf(list), Map.copyOf(methods));
            last = known;
            return known;
        }
    }

    /** {@code ExportCompleted -> waitUntilExportCompleted}. */
    public static String waiterMethodName(String waiter) {
        return "waitUntil" + waiter;
    }

    /**
     * {@code CreateExport -> createExportAndWait}: starts what a waiter waits for, then waits;
     * {@code createExportThenWait} when the API also has an action {@code CreateExportAndWait}.
     */
    public static String startAndWaitMethodName(String action, Collection<String> actions) {
        return derived(action, "AndWait", "ThenWait", actions);
    }

    /**
     * The exception class of each error-code family of one service, unique by construction (naming
     * rule 15). A family's usual class is the family plus {@code Exception}
     * ({@code AuthFailure -> AuthFailureException}); a family that is not a legal class name is made
     * one as a schema name is ({@link TypeNames}: {@code invalid-param -> InvalidParamException});
     * a name of a {@code java.lang} type gets the service prefix
     * ({@code UnsupportedOperation -> ClsUnsupportedOperationException}). A name that the service's
     * base exception has, or a family before it has, ignoring case (one file on a case-insensitive
     * file system), gets {@code 2}, {@code 3}, ...; the families of the common errors, which every
     * Tencent service has, come first, then the others, each in code point order. No catalogue is
     * refused.
     *
     * @param families the families, in any order
     * @param common the families of the common errors
     * @param servicePrefix the service's class prefix ({@link #servicePrefix})
     * @return each family's class name
     */
    public static Map<String, String> familyExceptionNames(Collection<String> families, Set<String> common,
            String servicePrefix) {
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        taken.add((servicePrefix + "ServiceException").toLowerCase(Locale.ROOT));
        List<String> order = new ArrayList<>(new TreeSet<>(families));
        order.sort(java.util.Comparator.comparing((String family) -> !common.contains(family)));
        for (String family : order) {
            String name = TypeNames.legal(family) + "Exception";
            if (JAVA_LANG_TYPES.contains(name)) {
                name = servicePrefix + name;
            }
            String base = name;
            for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)); n++) {
                name = base + n;
            }
            taken.add(name.toLowerCase(Locale.ROOT));
            names.put(family, name);
        }
        return names;
    }

    /**
     * The name one member would get alone in its shape: {@code TopicId -> topicId},
     * {@code IPAddress -> ipAddress}, {@code Default -> defaultValue}. Inside a shape,
     * {@link MemberNames#assign} also resolves collisions between members.
     */
    public static Optional<String> memberName(String wireName) {
        String camel = MemberNames.natural(wireName);
        if (MemberNames.needsEscape(camel)) {
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

    /**
     * The enum constant of each error code of one catalogue, unique by construction. A code keeps its
     * usual constant ({@link #constantName}) unless another code of the catalogue, or a reserved name,
     * has the same one; then each code of that clash keeps its dots as a double underscore
     * ({@code InvalidParameter.ValueTooLarge -> INVALID_PARAMETER__VALUE_TOO_LARGE},
     * {@code InvalidParameterValue.TooLarge -> INVALID_PARAMETER_VALUE__TOO_LARGE}), and should that
     * still clash, a number follows in the order of the codes ({@code _2}, {@code _3}). Adding a code
     * never renames a code that clashed with nothing before it.
     *
     * @param codes the catalogue's codes, each mapping to a constant name
     * @param reserved names the enum uses for constants of its own
     * @return each code's constant, in the order of the codes
     */
    public static Map<String, String> errorCodeConstants(Collection<String> codes, Set<String> reserved) {
        Map<String, String> usual = new TreeMap<>();
        Map<String, Long> uses = new HashMap<>();
        for (String code : codes) {
            if (usual.putIfAbsent(code, constantName(code).orElseThrow()) == null) {
                uses.merge(usual.get(code), 1L, Long::sum);
            }
        }
        Set<String> taken = new HashSet<>(reserved);
        Map<String, String> constants = new HashMap<>();
        List<String> clashing = new ArrayList<>();
        for (Map.Entry<String, String> entry : usual.entrySet()) {
            String code = entry.getKey();
            String name = entry.getValue();
            if (uses.get(name) == 1 && !reserved.contains(name)) {
                constants.put(code, name);
                taken.add(name);
            } else {
                clashing.add(code);
            }
        }
        for (String code : clashing) {
            StringJoiner segments = new StringJoiner("__");
            for (String segment : code.split("\\.")) {
                constantName(segment).ifPresent(segments::add);
            }
            String base = segments.toString();
            String name = base;
            for (int n = 2; taken.contains(name); n++) {
                name = base + "_" + n;
            }
            constants.put(code, name);
            taken.add(name);
        }
        Map<String, String> inOrder = new LinkedHashMap<>();
        for (String code : codes) {
            inOrder.put(code, constants.get(code));
        }
        return inOrder;
    }

    static String lowerCamel(String name) {
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

    static Optional<String> legal(String name) {
        return SourceVersion.isName(name) ? Optional.of(name) : Optional.empty();
    }
}

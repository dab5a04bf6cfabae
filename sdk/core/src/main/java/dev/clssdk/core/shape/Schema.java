package dev.clssdk.core.shape;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The description of one generated type: its name in the API, its members in wire order, its
 * {@link Role} (which decides when its rules are checked), and the error codes a broken rule maps to.
 * A generated class makes its schema in its static initializer, which registers it for the class
 * ({@link #of(Class)} finds it); builders for reading JSON come from the type's public static
 * {@code builder()} method.
 *
 * @param <T> the generated type
 */
public final class Schema<T extends Struct> {

    private static final Map<Class<?>, Schema<?>> BY_TYPE = new ConcurrentHashMap<>();

    private final Class<T> type;
    private final String name;
    private final Role role;
    private final String requiredCode;
    private final String otherCode;
    private final Member[] members;
    private final Map<String, Integer> indexByWireName;
    private final List<OrderRule> orderRules;
    private volatile Factories factories;

    private Schema(Class<T> type, String name, Role role, String requiredCode, String otherCode, Member[] members) {
        this.type = Objects.requireNonNull(type, "type");
        this.name = Objects.requireNonNull(name, "name");
        this.role = role;
        this.requiredCode = requiredCode;
        this.otherCode = otherCode;
        this.members = members.clone();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < this.members.length; i++) {
            Objects.requireNonNull(this.members[i], "member");
            if (index.put(this.members[i].wireName(), i) != null) {
                throw new IllegalArgumentException(name + " has two members named " + this.members[i].wireName());
            }
        }
        this.indexByWireName = index;
        List<OrderRule> rules = new ArrayList<>();
        for (int i = 0; i < this.members.length; i++) {
            String right = this.members[i].lessThanOrEqual();
            if (right != null) {
                rules.add(new OrderRule(i, indexOf(right), this.members[i].codeFor("lessThanOrEqual", otherCode)));
            }
        }
        this.orderRules = List.copyOf(rules);
        BY_TYPE.put(type, this);
    }

    /** What a type is for, which decides when its rules are checked. */
    public enum Role {
        /**
         * The input of an action: its builder's {@code build()} checks its rules and those of every
         * value it holds, and so does reading it from JSON: an invalid request can be neither built
         * nor parsed into existence.
         */
        REQUEST,
        /**
         * A type callers send inside requests (Tencent also reuses many in answers): its rules are
         * checked when the request holding it is built, where a violation names its path.
         */
        INPUT,
        /** A type only the server sends: never rejected by the client. */
        OUTPUT
    }

    /**
     * The schema of an action's input, from its description (see {@link #output}).
     *
     * @param <T> the generated type
     * @param type the generated class
     * @param description the header line {@code Name RequiredCode OtherCode}, for example
     *     {@code ListWidgetsRequest MissingParameter InvalidParameter} (the error codes for a missing required
     *     member and for any other broken rule), then one line per member
     * @param types the generated classes the members name
     * @return the schema, registered for {@code type}
     * @throws IllegalArgumentException for a malformed description
     * @see Role#REQUEST
     */
    public static <T extends Struct> Schema<T> request(Class<T> type, String description, Class<?>... types) {
        return parse(type, Role.REQUEST, description, types);
    }

    /**
     * The schema of a type callers send inside requests, from its description (see {@link #request}).
     *
     * @param <T> the generated type
     * @param type the generated class
     * @param description the header line {@code Name RequiredCode OtherCode}, then one line per member
     * @param types the generated classes the members name
     * @return the schema, registered for {@code type}
     * @throws IllegalArgumentException for a malformed description
     * @see Role#INPUT
     */
    public static <T extends Struct> Schema<T> input(Class<T> type, String description, Class<?>... types) {
        return parse(type, Role.INPUT, description, types);
    }

    /**
     * The schema of a type only the server sends, from its description: lines separated by {@code \n},
     * the first the type's name in the API, then one per member in wire order, {@code WireName Type Rules}:
     * the type {@code string}, {@code int64}, {@code int32}, {@code boolean}, {@code double}, the simple
     * name of a generated class ({@code type} itself or one of {@code types}; an enum or a {@link Struct}),
     * or {@code list<Type>}; the rules, if any, as {@link Member#of(String, WireType, String)} reads them.
     * For example {@code "Page\nItems list<Widget> maxItems=50\nNext string"}.
     *
     * <p>Generated classes describe themselves in one string constant because every call and constant in
     * a static initializer costs the class file bytes: made by {@code Member.of} calls instead, the
     * 2,672 members of the whole-service SDK cost its jar 89 KB more (about 33 B each).
     *
     * @param <T> the generated type
     * @param type the generated class
     * @param description its name, then one line per member
     * @param types the generated classes the members name
     * @return the schema, registered for {@code type}
     * @throws IllegalArgumentException for a malformed description
     * @see Role#OUTPUT
     */
    public static <T extends Struct> Schema<T> output(Class<T> type, String description, Class<?>... types) {
        return parse(type, Role.OUTPUT, description, types);
    }

    private static <T extends Struct> Schema<T> parse(Class<T> type, Role role, String description, Class<?>... types) {
        String[] lines = description.split("\n", -1);
        String[] header = lines[0].split(" ", -1);
        if (header.length != (role == Role.OUTPUT ? 1 : 3) || header[0].isEmpty()) {
            throw new IllegalArgumentException(type.getName() + ": malformed schema header " + lines[0]);
        }
        Map<String, Class<?>> named = new HashMap<>();
        named.put(type.getSimpleName(), type);
        for (Class<?> other : types) {
            named.put(other.getSimpleName(), other);
        }
        Member[] members = new Member[lines.length - 1];
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            int nameEnd = line.indexOf(' ');
            int typeEnd = nameEnd < 0 ? -1 : line.indexOf(' ', nameEnd + 1);
            if (nameEnd <= 0) {
                throw new IllegalArgumentException(header[0] + ": malformed member " + line);
            }
            String wireName = line.substring(0, nameEnd);
            WireType wireType = wireType(header[0], line.substring(nameEnd + 1, typeEnd < 0 ? line.length() : typeEnd), named);
            members[i - 1] = typeEnd < 0 ? Member.of(wireName, wireType)
                    : Member.of(wireName, wireType, line.substring(typeEnd + 1));
        }
        return role == Role.OUTPUT ? new Schema<>(type, header[0], role, null, null, members)
                : new Schema<>(type, header[0], role, header[1], header[2], members);
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Enum<?>> enumClass(Class<?> type) {
        return (Class<? extends Enum<?>>) type;
    }

    private static WireType wireType(String schema, String text, Map<String, Class<?>> named) {
        switch (text) {
            case "string":
                return WireType.STRING;
            case "int64":
                return WireType.INT64;
            case "int32":
                return WireType.INT32;
            case "boolean":
                return WireType.BOOLEAN;
            case "double":
                return WireType.DOUBLE;
            default:
                break;
        }
        if (text.startsWith("list<") && text.endsWith(">")) {
            return WireType.list(wireType(schema, text.substring("list<".length(), text.length() - 1), named));
        }
        Class<?> type = named.get(text);
        if (type != null && type.isEnum()) {
            return WireType.enumOf(enumClass(type));
        }
        if (type != null && Struct.class.isAssignableFrom(type)) {
            return WireType.struct(type.asSubclass(Struct.class));
        }
        throw new IllegalArgumentException(schema + ": unknown member type " + text);
    }

    /**
     * The schema of a generated type, initializing the class if it is not yet.
     *
     * @param <T> the generated type
     * @param type the generated class
     * @return its schema
     * @throws IllegalArgumentException if the class declares none
     */
    @SuppressWarnings("unchecked")
    public static <T extends Struct> Schema<T> of(Class<T> type) {
        Schema<?> schema = BY_TYPE.get(type);
        if (schema == null) {
            try {
                Class.forName(type.getName(), true, type.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalArgumentException("cannot load " + type.getName(), e);
            }
            schema = BY_TYPE.get(type);
            if (schema == null) {
                throw new IllegalArgumentException(type.getName() + " declares no schema");
            }
        }
        return (Schema<T>) schema;
    }

    /**
     * The generated class.
     *
     * @return the class
     */
    public Class<T> type() {
        return type;
    }

    /**
     * The type's name in the API.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * What the type is for.
     *
     * @return the role
     */
    public Role role() {
        return role;
    }

    /**
     * The members, in wire order.
     *
     * @return an unmodifiable list
     */
    public List<Member> members() {
        return List.of(members);
    }

    int size() {
        return members.length;
    }

    Member member(int index) {
        return members[index];
    }

    private int indexOf(String wireName) {
        Integer index = indexByWireName.get(wireName);
        if (index == null) {
            throw new IllegalArgumentException(name + " has no member " + wireName);
        }
        return index;
    }

    /** The member index of a wire name, or -1. */
    int find(String wireName) {
        Integer index = indexByWireName.get(wireName);
        return index == null ? -1 : index;
    }

    /** An empty builder, from the type's public static {@code builder()}. */
    @SuppressWarnings("unchecked")
    StructBuilder<T> newBuilder() {
        try {
            StructBuilder<?> builder = (StructBuilder<?>) factories().builder.invokeExact();
            return (StructBuilder<T>) builder;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(type.getName() + ".builder() failed", e);
        }
    }

    /**
     * The instance a builder of this type builds, from the builder's public {@code build()}: generated
     * builders declare it with their own return type, and {@link StructBuilder} declares none (see there).
     */
    T build(StructBuilder<T> builder) {
        try {
            return type.cast((Struct) factories().build.invokeExact(builder));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(type.getName() + ".Builder.build() failed", e);
        }
    }

    private Factories factories() {
        Factories found = factories;
        if (found == null) {
            found = Factories.of(type);
            factories = found;
        }
        return found;
    }

    /** The generated type's {@code builder()} and its builder's {@code build()}, typed for exact invocation. */
    private static final class Factories {
        private final MethodHandle builder;
        private final MethodHandle build;

        private Factories(MethodHandle builder, MethodHandle build) {
            this.builder = builder;
            this.build = build;
        }

        static Factories of(Class<?> type) {
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            try {
                MethodHandle builder = lookup.findStatic(type, "builder", MethodType.methodType(
                        type.getMethod("builder").getReturnType()));
                Class<?> builderType = builder.type().returnType();
                if (!StructBuilder.class.isAssignableFrom(builderType)) {
                    throw new IllegalStateException(type.getName() + ".builder() does not return a StructBuilder");
                }
                MethodHandle build = lookup.findVirtual(builderType, "build", MethodType.methodType(type));
                return new Factories(builder.asType(MethodType.methodType(StructBuilder.class)),
                        build.asType(MethodType.methodType(Struct.class, StructBuilder.class)));
            } catch (NoSuchMethodException | IllegalAccessException e) {
                throw new IllegalStateException(type.getName() + " has no public static builder() whose builder has a public "
                        + type.getSimpleName() + " build()", e);
            }
        }
    }

    String requiredCode() {
        return requiredCode;
    }

    String otherCode() {
        return otherCode;
    }

    List<OrderRule> orderRules() {
        return orderRules;
    }

    /** {@code left <= right} when both are set. */
    record OrderRule(int left, int right, String code) {
    }
}

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
 * ({@link #of(Class)} finds it). The JSON reader makes instances through the type's public static
 * {@code builder()} method or, for a type only the server sends (which has no builder), its public
 * static {@code create()} (see {@link Struct}).
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
         * A type callers send inside requests (Tencent also reuses many in responses): its rules are
         * checked when the request holding it is built, where a violation names its path.
         */
        INPUT,
        /**
         * A type only the server sends: never rejected by the client. It has no builder: callers who
         * need one (to stub a client in tests) start from its {@code create()} and change members
         * with its {@code withX(value)} methods, each returning a new instance.
         */
        OUTPUT
    }

    /**
     * Makes a generated type's schema from its description and registers it for the type; generated
     * classes call this in their static initializer. The description is lines separated by
     * {@code \n}. The first is the header: {@code request Name RequiredCode OtherCode} for an action's
     * input, {@code input Name RequiredCode OtherCode} for a type callers send inside requests, or
     * {@code output Name} for a type only the server sends ({@link Role}), where {@code Name} is the
     * type's name in the API and the codes are the error codes for a missing required member and for
     * any other broken rule. Then one line per member, in wire order: {@code WireName Type Rules}, the
     * type {@code string}, {@code int64}, {@code int32}, {@code boolean}, {@code double}, a generated
     * enum or {@link Struct} named by its binary name within the type's package ({@code Tag},
     * {@code Widget$Color}), or {@code list<Type>}; the rules, if any, as
     * {@link Member#of(String, WireType, String)} reads them. For example
     * {@code "output Page\nItems list<Widget>\nNext string"}.
     *
     * <p>One string constant because every call and constant in a static initializer costs the class
     * file bytes: made by {@code Member.of} calls instead, or naming the classes the members refer to
     * as class literals, the members of the whole-service SDK made its jar measurably larger
     * (sdk/benchmarks/README.md, "Smaller generated types").
     *
     * @param type the generated class
     * @param description its header, then one line per member
     * @throws IllegalArgumentException for a malformed description, or a type name that is no
     *     generated enum or {@code Struct} in the type's package
     */
    public static void register(Class<? extends Struct> type, String description) {
        parse(type, description);
    }

    private static <T extends Struct> Schema<T> parse(Class<T> type, String description) {
        String[] lines = description.split("\n", -1);
        String[] header = lines[0].split(" ", -1);
        Role role = switch (header[0]) {
            case "request" -> Role.REQUEST;
            case "input" -> Role.INPUT;
            case "output" -> Role.OUTPUT;
            default -> null;
        };
        if (role == null || header.length != (role == Role.OUTPUT ? 2 : 4) || header[1].isEmpty()) {
            throw new IllegalArgumentException(type.getName() + ": malformed schema header " + lines[0]);
        }
        String name = header[1];
        Member[] members = new Member[lines.length - 1];
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            int nameEnd = line.indexOf(' ');
            int typeEnd = nameEnd < 0 ? -1 : line.indexOf(' ', nameEnd + 1);
            if (nameEnd <= 0) {
                throw new IllegalArgumentException(name + ": malformed member " + line);
            }
            String wireName = line.substring(0, nameEnd);
            WireType wireType = wireType(type, name, line.substring(nameEnd + 1, typeEnd < 0 ? line.length() : typeEnd));
            members[i - 1] = typeEnd < 0 ? Member.of(wireName, wireType)
                    : Member.of(wireName, wireType, line.substring(typeEnd + 1));
        }
        return role == Role.OUTPUT ? new Schema<>(type, name, role, null, null, members)
                : new Schema<>(type, name, role, header[2], header[3], members);
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Enum<?>> enumClass(Class<?> type) {
        return (Class<? extends Enum<?>>) type;
    }

    private static WireType wireType(Class<?> owner, String schema, String text) {
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
            return WireType.list(wireType(owner, schema, text.substring("list<".length(), text.length() - 1)));
        }
        Class<?> type;
        try {
            // Loaded, not initialized: types may refer to each other (or themselves) in any order.
            type = Class.forName(owner.getPackageName() + "." + text, false, owner.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException(schema + ": unknown member type " + text, e);
        }
        if (type.isEnum()) {
            return WireType.enumOf(enumClass(type));
        }
        if (Struct.class.isAssignableFrom(type)) {
            return WireType.struct(type.asSubclass(Struct.class));
        }
        throw new IllegalArgumentException(schema + ": member type " + text + " is no enum or Struct");
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

    /**
     * An empty builder: from the type's public static {@code builder()}, or for a type only the server
     * sends, which has none, one of the core's own.
     */
    @SuppressWarnings("unchecked")
    StructBuilder<T> newBuilder() {
        if (role == Role.OUTPUT) {
            return new ValuesBuilder<>(type);
        }
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
     * The instance a builder of this type builds: from the builder's public {@code build()} (generated
     * builders declare it with their own return type, and {@link StructBuilder} declares none: see
     * there), or for a type only the server sends, by {@link Struct#make(Object[])} on its empty
     * instance (from its public static {@code create()}).
     */
    T build(StructBuilder<T> builder) {
        try {
            if (role == Role.OUTPUT) {
                return type.cast(factories().empty.make(builder.finish()));
            }
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
            found = role == Role.OUTPUT ? Factories.ofOutput(type) : Factories.of(type);
            factories = found;
        }
        return found;
    }

    /** What the JSON reader fills for a type only the server sends, which has no builder of its own. */
    private static final class ValuesBuilder<T extends Struct> extends StructBuilder<T> {
        ValuesBuilder(Class<T> type) {
            super(type, null);
        }
    }

    /**
     * The generated type's {@code builder()} and its builder's {@code build()}, typed for exact
     * invocation; or for a type only the server sends, the empty instance its {@code create()} returns.
     */
    private static final class Factories {
        private final MethodHandle builder;
        private final MethodHandle build;
        private final Struct empty;

        private Factories(MethodHandle builder, MethodHandle build, Struct empty) {
            this.builder = builder;
            this.build = build;
            this.empty = empty;
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
                        build.asType(MethodType.methodType(Struct.class, StructBuilder.class)), null);
            } catch (NoSuchMethodException | IllegalAccessException e) {
                throw new IllegalStateException(type.getName() + " has no public static builder() whose builder has a public "
                        + type.getSimpleName() + " build()", e);
            }
        }

        static Factories ofOutput(Class<?> type) {
            MethodHandle create;
            try {
                create = MethodHandles.publicLookup().findStatic(type, "create", MethodType.methodType(type));
            } catch (NoSuchMethodException | IllegalAccessException e) {
                throw new IllegalStateException(type.getName() + " has no public static " + type.getSimpleName()
                        + " create()", e);
            }
            try {
                return new Factories(null, null, (Struct) create.asType(MethodType.methodType(Struct.class)).invokeExact());
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(type.getName() + ".create() failed", e);
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

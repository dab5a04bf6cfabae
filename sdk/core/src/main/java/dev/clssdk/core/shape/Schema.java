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
 * {@link Role} (which decides when its rules are checked), and the error codes a broken rule maps to. Generated classes hold theirs in a static field; builders for reading JSON come
 * from the type's public static {@code builder()} method.
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
     * The schema of an action's input.
     *
     * @param <T> the generated type
     * @param type the generated class
     * @param name the type's name in the API
     * @param requiredCode the error code for a missing required member, for example {@code MissingParameter}
     * @param otherCode the error code for any other broken rule, for example {@code InvalidParameter}
     * @param members the members, in wire order
     * @return the schema, registered for {@code type}
     * @see Role#REQUEST
     */
    public static <T extends Struct> Schema<T> request(Class<T> type, String name, String requiredCode, String otherCode,
            Member... members) {
        return new Schema<>(type, name, Role.REQUEST, Objects.requireNonNull(requiredCode, "requiredCode"),
                Objects.requireNonNull(otherCode, "otherCode"), members);
    }

    /**
     * The schema of a type callers send inside requests.
     *
     * @param <T> the generated type
     * @param type the generated class
     * @param name the type's name in the API
     * @param requiredCode the error code for a missing required member
     * @param otherCode the error code for any other broken rule
     * @param members the members, in wire order
     * @return the schema, registered for {@code type}
     * @see Role#INPUT
     */
    public static <T extends Struct> Schema<T> input(Class<T> type, String name, String requiredCode, String otherCode,
            Member... members) {
        return new Schema<>(type, name, Role.INPUT, Objects.requireNonNull(requiredCode, "requiredCode"),
                Objects.requireNonNull(otherCode, "otherCode"), members);
    }

    /**
     * The schema of a type only the server sends.
     *
     * @param <T> the generated type
     * @param type the generated class
     * @param name the type's name in the API
     * @param members the members, in wire order
     * @return the schema, registered for {@code type}
     * @see Role#OUTPUT
     */
    public static <T extends Struct> Schema<T> output(Class<T> type, String name, Member... members) {
        return new Schema<>(type, name, Role.OUTPUT, null, null, members);
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

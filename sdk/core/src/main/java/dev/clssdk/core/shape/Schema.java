package dev.clssdk.core.shape;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The description of one generated type: its name in the API, its typed {@link Member}s in wire
 * order, its {@link Role} (which decides when its rules are checked), and the error codes a broken
 * rule maps to. A generated class declares it as a public static final field named {@code SCHEMA},
 * made from its member constants, for example
 * <pre>{@code
 * private static final Member<String> TOPIC_ID = Member.string("TopicId").required();
 * private static final Member<List<Tag>> TAGS = Member.list("Tags", WireType.struct(Tag.class));
 * public static final Schema<Filter> SCHEMA = Schema.input(Filter.class, TOPIC_ID, TAGS);
 * }</pre>
 * and reads its members by their constants. A type whose name in the API is not its class's simple
 * name, or whose service maps broken rules to other codes than Tencent's common ones, names both:
 * {@code Schema.input(Filter.class, "Filter", "MissingParameter", "InvalidParameter", TOPIC_ID, TAGS)}.
 * {@link #of(Class)} finds the schema of a class by that field. The JSON reader makes instances
 * through the type's public static {@code builder()} method or, for a type only the server sends
 * (which has no builder), its public static {@code create()} (see {@link Struct}).
 *
 * @param <T> the generated type
 */
public final class Schema<T extends Struct> {

    /** The name of the public static field a generated class declares its schema in. */
    public static final String FIELD = "SCHEMA";

    /**
     * Tencent Cloud API 3.0's common error code for a missing required parameter: the code a broken
     * {@code required} rule maps to in a schema made without codes of its own.
     */
    public static final String MISSING_PARAMETER = "MissingParameter";

    /**
     * Tencent Cloud API 3.0's common error code for a parameter that breaks any other rule, in a schema
     * made without codes of its own (a member can map one of its rules elsewhere, {@link Member#code}).
     */
    public static final String INVALID_PARAMETER = "InvalidParameter";

    private static final ClassValue<Schema<?>> DECLARED = new ClassValue<>() {
        @Override
        protected Schema<?> computeValue(Class<?> type) {
            return declared(type);
        }
    };

    private final Class<T> type;
    private final String name;
    private final Role role;
    private final String requiredCode;
    private final String otherCode;
    private final Member<?>[] members;
    private final Map<String, Integer> indexByWireName;
    private final List<OrderRule> orderRules;
    private volatile Factories factories;

    private Schema(Class<T> type, String name, Role role, String requiredCode, String otherCode, Member<?>[] members) {
        this.type = Objects.requireNonNull(type, "type");
        this.name = Objects.requireNonNull(name, "name");
        this.role = role;
        this.requiredCode = requiredCode;
        this.otherCode = otherCode;
        this.members = members.clone();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < this.members.length; i++) {
            Member<?> member = Objects.requireNonNull(this.members[i], "member");
            if (index.put(member.wireName(), i) != null) {
                throw new IllegalArgumentException(name + " has two members named " + member.wireName());
            }
        }
        this.indexByWireName = index;
        List<OrderRule> rules = new ArrayList<>();
        for (int i = 0; i < this.members.length; i++) {
            String right = this.members[i].lessThanOrEqualRule();
            if (right != null) {
                rules.add(new OrderRule(i, indexOf(right), this.members[i].codeFor("lessThanOrEqual", otherCode)));
            }
        }
        this.orderRules = List.copyOf(rules);
        for (int i = 0; i < this.members.length; i++) {
            this.members[i].bind(i, name);
        }
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
     * The schema of an action's input ({@link Role#REQUEST}) whose name in the API is its class's simple
     * name and whose broken rules map to Tencent's common codes ({@link #MISSING_PARAMETER},
     * {@link #INVALID_PARAMETER}): what most generated types declare.
     *
     * @param <T> the generated type
     * @param type the generated class
     * @param members the members, in wire order
     * @return the schema
     * @throws IllegalArgumentException as {@link #request(Class, String, String, String, Member...)} does
     */
    public static <T extends Struct> Schema<T> request(Class<T> type, Member<?>... members) {
        return new Schema<>(type, type.getSimpleName(), Role.REQUEST, MISSING_PARAMETER, INVALID_PARAMETER, members);
    }

    /**
     * The schema of a type callers send inside requests ({@link Role#INPUT}), named as its class, with
     * Tencent's common codes; see {@link #request(Class, Member...)}.
     *
     * @param <T> the generated type
     * @param type the generated class
     * @param members the members, in wire order
     * @return the schema
     * @throws IllegalArgumentException as {@link #request(Class, String, String, String, Member...)} does
     */
    public static <T extends Struct> Schema<T> input(Class<T> type, Member<?>... members) {
        return new Schema<>(type, type.getSimpleName(), Role.INPUT, MISSING_PARAMETER, INVALID_PARAMETER, members);
    }

    /**
     * The schema of a type only the server sends ({@link Role#OUTPUT}), named as its class.
     *
     * @param <T> the generated type
     * @param type the generated class
     * @param members the members, in wire order
     * @return the schema
     * @throws IllegalArgumentException as {@link #request(Class, String, String, String, Member...)} does
     */
    public static <T extends Struct> Schema<T> output(Class<T> type, Member<?>... members) {
        return new Schema<>(type, type.getSimpleName(), Role.OUTPUT, null, null, members);
    }

    /**
     * The schema of an action's input ({@link Role#REQUEST}).
     *
     * @param <T> the generated type
     * @param type the generated class
     * @param name the type's name in the API
     * @param requiredCode the error code of a missing required member, for example {@code MissingParameter}
     * @param otherCode the error code of any other broken rule, for example {@code InvalidParameter}
     * @param members the members, in wire order
     * @return the schema
     * @throws IllegalArgumentException if two members have one wire name, a member names an unknown one
     *     in {@code lessThanOrEqual}, or a member already belongs to another schema
     */
    public static <T extends Struct> Schema<T> request(Class<T> type, String name, String requiredCode, String otherCode,
            Member<?>... members) {
        return new Schema<>(type, name, Role.REQUEST, Objects.requireNonNull(requiredCode, "requiredCode"),
                Objects.requireNonNull(otherCode, "otherCode"), members);
    }

    /**
     * The schema of a type callers send inside requests ({@link Role#INPUT}).
     *
     * @param <T> the generated type
     * @param type the generated class
     * @param name the type's name in the API
     * @param requiredCode the error code of a missing required member
     * @param otherCode the error code of any other broken rule
     * @param members the members, in wire order
     * @return the schema
     * @throws IllegalArgumentException as {@link #request} does
     */
    public static <T extends Struct> Schema<T> input(Class<T> type, String name, String requiredCode, String otherCode,
            Member<?>... members) {
        return new Schema<>(type, name, Role.INPUT, Objects.requireNonNull(requiredCode, "requiredCode"),
                Objects.requireNonNull(otherCode, "otherCode"), members);
    }

    /**
     * The schema of a type only the server sends ({@link Role#OUTPUT}); its members' rules, if any, are
     * never checked.
     *
     * @param <T> the generated type
     * @param type the generated class
     * @param name the type's name in the API
     * @param members the members, in wire order
     * @return the schema
     * @throws IllegalArgumentException as {@link #request} does
     */
    public static <T extends Struct> Schema<T> output(Class<T> type, String name, Member<?>... members) {
        return new Schema<>(type, name, Role.OUTPUT, null, null, members);
    }

    /** The schema in a class's public static {@code SCHEMA} field, which reading initializes the class. */
    private static Schema<?> declared(Class<?> type) {
        if (!Struct.class.isAssignableFrom(type)) {
            throw new IllegalArgumentException(type.getName() + " is no Struct");
        }
        Object schema;
        try {
            MethodHandle getter = MethodHandles.publicLookup().findStaticGetter(type, FIELD, Schema.class);
            schema = getter.invoke();
        } catch (NoSuchFieldException | IllegalAccessException e) {
            throw new IllegalArgumentException(type.getName() + " declares no public static final Schema " + FIELD, e);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("reading " + type.getName() + "." + FIELD + " failed", e);
        }
        if (schema == null) {
            // Only while the class is being initialized, by a call from its own static initializer.
            throw new IllegalStateException(type.getName() + "." + FIELD + " is not yet set");
        }
        Schema<?> found = (Schema<?>) schema;
        if (found.type != type) {
            throw new IllegalArgumentException(type.getName() + "." + FIELD + " describes " + found.type.getName());
        }
        return found;
    }

    /**
     * The schema of a generated type, initializing the class if it is not yet.
     *
     * @param <T> the generated type
     * @param type the generated class
     * @return its schema
     * @throws IllegalArgumentException if the class declares none in a public static {@code SCHEMA} field
     */
    @SuppressWarnings("unchecked")
    public static <T extends Struct> Schema<T> of(Class<T> type) {
        return (Schema<T>) DECLARED.get(type);
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
    public List<Member<?>> members() {
        return List.of(members);
    }

    int size() {
        return members.length;
    }

    Member<?> member(int index) {
        return members[index];
    }

    /**
     * Where one of this schema's members is among an instance's values; another type's member is
     * refused, so that no value is ever read or written as another member's.
     */
    int positionOf(Member<?> member) {
        int index = member.index();
        if (index >= members.length || members[index] != member) {
            throw new IllegalArgumentException(member.wireName() + " is no member of " + name);
        }
        return index;
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
            return new ValuesBuilder<>(this);
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
        ValuesBuilder(Schema<T> schema) {
            super(schema, null);
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

    /**
     * The error code a missing required member maps to, unless the member maps it elsewhere.
     *
     * @return the code, or {@code null} for a type only the server sends (its rules are never checked)
     */
    public String requiredCode() {
        return requiredCode;
    }

    /**
     * The error code any other broken rule maps to, unless the member maps it elsewhere.
     *
     * @return the code, or {@code null} for a type only the server sends
     */
    public String otherCode() {
        return otherCode;
    }

    List<OrderRule> orderRules() {
        return orderRules;
    }

    /** {@code left <= right} when both are set. */
    record OrderRule(int left, int right, String code) {
    }
}

package dev.clssdk.codegen.poet;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.clssdk.codegen.model.Constraints;
import dev.clssdk.codegen.model.CrossFieldRule;
import dev.clssdk.codegen.model.MemberModel;
import dev.clssdk.codegen.model.ServiceModel;
import dev.clssdk.codegen.model.ShapeModel;
import dev.clssdk.codegen.model.TypeRef;
import dev.clssdk.core.shape.Schema;
import dev.clssdk.core.shape.WireType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.element.Modifier;

/**
 * The schema a generated type declares as typed Java: one private constant per member (its wire name,
 * its typed {@code WireType} naming generated types by class, and for an input the API's rules as
 * calls), and the public {@code SCHEMA} listing them in wire order with the type's role and error
 * codes. Accessors, builders and withers read and write members through these constants
 * ({@link #constantNames}), so the compiler checks that each holds the type its method claims.
 */
final class ShapeSchemaCode {

    static final ClassName SCHEMA = ClassName.get(Schema.class);
    static final ClassName MEMBER = ClassName.get(dev.clssdk.core.shape.Member.class);
    static final ClassName WIRE_TYPE = ClassName.get(WireType.class);
    /** The field's name, as the core looks it up ({@code Schema.FIELD}). */
    static final String SCHEMA_FIELD = Schema.FIELD;

    private final GeneratedTypes types;
    private final ServiceModel service;

    ShapeSchemaCode(GeneratedTypes types, ServiceModel service) {
        this.types = types;
        this.service = service;
    }

    /**
     * Each member's constant name, by wire name, in wire order: the Java name in upper snake case
     * ({@code ipAddress -> IP_ADDRESS}); one that would repeat an earlier one or the schema's field
     * gets {@code _MEMBER}, then a number, appended.
     */
    static Map<String, String> constantNames(ShapeModel shape) {
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>(Set.of(SCHEMA_FIELD));
        for (MemberModel member : shape.members()) {
            String base = upperSnake(member.javaName());
            String name = base;
            if (!taken.add(name)) {
                name = base + "_MEMBER";
                for (int n = 2; !taken.add(name); n++) {
                    name = base + "_MEMBER" + n;
                }
            }
            names.put(member.wireName(), name);
        }
        return names;
    }

    /** {@code topicId -> TOPIC_ID}, {@code ipAddress -> IP_ADDRESS}, {@code _9Lives -> _9_LIVES}. */
    static String upperSnake(String javaName) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < javaName.length(); i++) {
            char c = javaName.charAt(i);
            if (i > 0 && Character.isUpperCase(c) && out.charAt(out.length() - 1) != '_') {
                char before = javaName.charAt(i - 1);
                boolean wordStart = Character.isLowerCase(before) || Character.isDigit(before)
                        || (i + 1 < javaName.length() && Character.isLowerCase(javaName.charAt(i + 1))
                                && Character.isUpperCase(before));
                if (wordStart) {
                    out.append('_');
                }
            }
            out.append(c);
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }

    /** The member constants, named by {@code names} ({@link #constantNames}), then {@code SCHEMA}. */
    List<FieldSpec> fields(ShapeModel shape, ClassName self, boolean request, Map<String, String> names) {
        List<FieldSpec> fields = new ArrayList<>();
        CodeBlock.Builder listed = CodeBlock.builder();
        for (MemberModel member : shape.members()) {
            String name = names.get(member.wireName());
            TypeName valueType = types.storageType(member.type()).box();
            CodeBlock.Builder initializer = CodeBlock.builder().add(factory(member));
            CodeBlock rules = rules(shape, member);
            if (!rules.isEmpty()) {
                // The rules go on a line of their own where the whole would not fit.
                initializer.add("$Z$L", rules);
            }
            fields.add(FieldSpec.builder(ParameterizedTypeName.get(MEMBER, valueType), name,
                            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer(initializer.build())
                    .build());
            listed.add(",$W$N", name);
        }
        String role = !shape.validated() ? "output" : request ? "request" : "input";
        boolean namedAsClass = shape.name().equals(self.simpleName());
        boolean commonCodes = service.validationCodes().required().equals(Schema.MISSING_PARAMETER)
                && service.validationCodes().other().equals(Schema.INVALID_PARAMETER);
        CodeBlock factory;
        if (namedAsClass && (!shape.validated() || commonCodes)) {
            // The core's short form: the class's simple name, Tencent's common codes.
            factory = CodeBlock.of("$T.$N($T.class$L)", SCHEMA, role, self, listed.build());
        } else if (!shape.validated()) {
            factory = CodeBlock.of("$T.output($T.class,$W$S$L)", SCHEMA, self, shape.name(), listed.build());
        } else {
            factory = CodeBlock.of("$T.$N($T.class,$W$S,$W$S,$W$S$L)", SCHEMA, role, self, shape.name(),
                    service.validationCodes().required(), service.validationCodes().other(), listed.build());
        }
        fields.add(FieldSpec.builder(ParameterizedTypeName.get(SCHEMA, self), SCHEMA_FIELD,
                        Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The type's members in wire order, with their types$L, for the SDK's validator and JSON codec.\n",
                        shape.validated() ? " and the API's rules" : "")
                .initializer(factory)
                .build());
        return fields;
    }

    /**
     * A member without its rules: the core's factory for its kind ({@code Member.string("TopicId")},
     * {@code Member.list("Tags", WireType.struct(Tag.class))}).
     */
    private CodeBlock factory(MemberModel member) {
        TypeRef type = member.type();
        if (type instanceof TypeRef.Scalar scalar) {
            String factory = switch (scalarKind(scalar.kind())) {
                case STRING -> "string";
                case INT64 -> "int64";
                case INT32 -> "int32";
                case BOOLEAN -> "bool";
                case DOUBLE -> "float64";
                default -> throw new IllegalStateException(scalar.kind() + " is no scalar");
            };
            return CodeBlock.of("$T.$N($S)", MEMBER, factory, member.wireName());
        }
        if (type instanceof TypeRef.ListOf list) {
            return CodeBlock.of("$T.list($S, $L)", MEMBER, member.wireName(), wireType(list.element()));
        }
        if (type instanceof TypeRef.EnumType enumType) {
            return CodeBlock.of("$T.enumOf($S, $T.class)", MEMBER, member.wireName(), types.enumType(enumType.name()));
        }
        return CodeBlock.of("$T.struct($S, $T.class)", MEMBER, member.wireName(), types.shape(((TypeRef.ShapeType) type).name()));
    }

    /** A member's wire type; generated types are named by class, so the compiler checks they exist. */
    CodeBlock wireType(TypeRef type) {
        if (type instanceof TypeRef.Scalar scalar) {
            return CodeBlock.of("$T.$N", WIRE_TYPE, scalarKind(scalar.kind()).name());
        }
        if (type instanceof TypeRef.ListOf list) {
            return CodeBlock.of("$T.list($L)", WIRE_TYPE, wireType(list.element()));
        }
        if (type instanceof TypeRef.EnumType enumType) {
            return CodeBlock.of("$T.enumOf($T.class)", WIRE_TYPE, types.enumType(enumType.name()));
        }
        return CodeBlock.of("$T.struct($T.class)", WIRE_TYPE, types.shape(((TypeRef.ShapeType) type).name()));
    }

    /**
     * The core's scalar kind of the model's scalar: the two share their names, and the core's table
     * ({@code WireType.Kind}) has the Java type of each.
     */
    static WireType.Kind scalarKind(TypeRef.ScalarKind kind) {
        WireType.Kind core = WireType.Kind.valueOf(kind.name());
        if (!core.isScalar()) {
            throw new IllegalStateException("the core's " + core + " is no scalar");
        }
        return core;
    }

    /** A member's rules as calls on its constant; none for a type only the server sends, except sensitivity. */
    private CodeBlock rules(ShapeModel shape, MemberModel member) {
        CodeBlock.Builder rules = CodeBlock.builder();
        if (shape.validated() && member.required()) {
            rules.add(".required()");
        }
        if (member.sensitive()) {
            rules.add(".sensitive()");
        }
        if (!shape.validated()) {
            return rules.build();
        }
        Constraints c = member.constraints();
        c.minimum().ifPresent(v -> rules.add(".minimum($L)", bound(v)));
        c.maximum().ifPresent(v -> rules.add(".maximum($L)", bound(v)));
        c.minLength().ifPresent(v -> rules.add(".minLength($L)", bound(v)));
        c.maxLength().ifPresent(v -> rules.add(".maxLength($L)", bound(v)));
        c.minItems().ifPresent(v -> rules.add(".minItems($L)", bound(v)));
        c.maxItems().ifPresent(v -> rules.add(".maxItems($L)", bound(v)));
        c.pattern().ifPresent(v -> rules.add(".pattern($S)", v));
        Map<String, String> codes = new TreeMap<>(member.violationCodes());
        List<CrossFieldRule> crossRules = shape.rules().stream().filter(r -> r.left().equals(member.wireName())).toList();
        if (crossRules.size() > 1) {
            throw new IllegalStateException(shape.name() + "." + member.wireName() + " is the left side of more than one rule");
        }
        for (CrossFieldRule rule : crossRules) {
            if (rule.kind() != CrossFieldRule.Kind.LESS_THAN_OR_EQUAL) {
                throw new IllegalStateException("no core check for " + rule.kind());
            }
            rules.add(".lessThanOrEqual($S)", rule.right());
            codes.put(rule.kind().specName(), rule.errorCode());
        }
        codes.forEach((rule, code) -> {
            String fallback = "required".equals(rule) ? service.validationCodes().required() : service.validationCodes().other();
            if (!code.equals(fallback)) {
                rules.add(".code($S, $S)", rule, code);
            }
        });
        return rules.build();
    }

    /** A bound as a Java literal: an {@code L} suffix only where an int literal would not do. */
    private static String bound(Number value) {
        long bound = value.longValue();
        return bound >= Integer.MIN_VALUE && bound <= Integer.MAX_VALUE ? Long.toString(bound) : bound + "L";
    }
}

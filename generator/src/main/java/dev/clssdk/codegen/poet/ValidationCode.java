package dev.clssdk.codegen.poet;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import dev.clssdk.codegen.model.Constraints;
import dev.clssdk.codegen.model.CrossFieldRule;
import dev.clssdk.codegen.model.MemberModel;
import dev.clssdk.codegen.model.ServiceModel;
import dev.clssdk.codegen.model.ShapeModel;
import dev.clssdk.codegen.model.TypeRef;
import dev.clssdk.codegen.naming.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * The body of an input shape's {@code build()}: every rule of every member, collecting all
 * violations before throwing once. Runs against the builder's fields.
 */
final class ValidationCode {

    private static final String MASK = "***";

    private final GeneratedTypes types;
    private final ServiceModel service;

    ValidationCode(GeneratedTypes types, ServiceModel service) {
        this.types = types;
        this.service = service;
    }

    /** Precompiled patterns, one static field per member that has one. */
    List<FieldSpec> patternFields(ShapeModel shape) {
        List<FieldSpec> fields = new ArrayList<>();
        for (MemberModel member : shape.members()) {
            member.constraints().pattern().ifPresent(regex -> fields.add(
                    FieldSpec.builder(Pattern.class, patternField(member), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                            .initializer("$T.compile($S)", Pattern.class, regex)
                            .build()));
        }
        return fields;
    }

    CodeBlock body(ShapeModel shape) {
        CodeBlock.Builder code = CodeBlock.builder();
        code.addStatement("$T<$T> violations = new $T<>()", List.class, CoreTypes.VIOLATION, ArrayList.class);
        for (MemberModel member : shape.members()) {
            code.add(memberChecks(member));
        }
        for (CrossFieldRule rule : shape.rules()) {
            code.add(crossFieldCheck(shape, rule));
        }
        code.beginControlFlow("if (!violations.isEmpty())")
                .addStatement("throw new $T($S, violations)", CoreTypes.VALIDATION_EXCEPTION, shape.name())
                .endControlFlow();
        return code.build();
    }

    private CodeBlock memberChecks(MemberModel member) {
        List<CodeBlock> checks = valueChecks(member);
        String field = member.javaName();
        CodeBlock.Builder code = CodeBlock.builder();
        if (member.required()) {
            code.beginControlFlow("if ($N == null)", field)
                    .add(violation(member, "required", CodeBlock.of("$S", "is required"), CodeBlock.of("null")));
            if (checks.isEmpty()) {
                code.endControlFlow();
            } else {
                code.nextControlFlow("else");
                checks.forEach(code::add);
                code.endControlFlow();
            }
        } else if (!checks.isEmpty()) {
            code.beginControlFlow("if ($N != null)", field);
            checks.forEach(code::add);
            code.endControlFlow();
        }
        return code.build();
    }

    /**
     * Checks that run once the value is known to be present. Lengths count code points and
     * patterns are unanchored ({@code find}), as in OpenAPI / JSON Schema.
     */
    private List<CodeBlock> valueChecks(MemberModel member) {
        String f = member.javaName();
        Constraints c = member.constraints();
        List<CodeBlock> checks = new ArrayList<>();
        String suffix = member.type() instanceof TypeRef.Scalar s && s.kind() == TypeRef.ScalarKind.INT64 ? "L" : "";
        c.minimum().ifPresent(min -> checks.add(check(member, CodeBlock.of("$N < $L$L", f, min, suffix), "minimum",
                CodeBlock.of("$S", "must be >= " + min))));
        c.maximum().ifPresent(max -> checks.add(check(member, CodeBlock.of("$N > $L$L", f, max, suffix), "maximum",
                CodeBlock.of("$S", "must be <= " + max))));
        c.minLength().ifPresent(min -> checks.add(check(member, CodeBlock.of("$N.codePointCount(0, $N.length()) < $L", f, f, min), "minLength",
                CodeBlock.of("$S", "length must be >= " + min))));
        c.maxLength().ifPresent(max -> checks.add(check(member, CodeBlock.of("$N.codePointCount(0, $N.length()) > $L", f, f, max), "maxLength",
                CodeBlock.of("$S", "length must be <= " + max))));
        c.pattern().ifPresent(regex -> checks.add(check(member,
                CodeBlock.of("!$N.matcher($N).find()", patternField(member), f), "pattern",
                CodeBlock.of("$S", "must match " + regex))));
        c.minItems().ifPresent(min -> checks.add(check(member, CodeBlock.of("$N.size() < $L", f, min), "minItems",
                CodeBlock.of("$S", "must have >= " + min + " items"))));
        c.maxItems().ifPresent(max -> checks.add(check(member, CodeBlock.of("$N.size() > $L", f, max), "maxItems",
                CodeBlock.of("$S", "must have <= " + max + " items"))));
        if (member.type() instanceof TypeRef.EnumType enumType) {
            ClassName enumClass = types.enumType(enumType.name());
            String allowed = service.enumType(enumType.name()).orElseThrow().values().stream()
                    .map(v -> v.value()).toList().toString();
            checks.add(check(member, CodeBlock.of("$T.fromValue($N) == $T.$L", enumClass, f, enumClass, EnumClassSpec.UNKNOWN),
                    "enum", CodeBlock.of("$S", "must be one of " + allowed)));
        }
        if (member.type() instanceof TypeRef.ListOf) {
            checks.add(CodeBlock.builder()
                    .beginControlFlow("if ($N.contains(null))", f)
                    .add(violation(member, "items", CodeBlock.of("$S", "must not contain null elements"), CodeBlock.of("null")))
                    .endControlFlow()
                    .build());
        }
        return checks;
    }

    private CodeBlock check(MemberModel member, CodeBlock condition, String rule, CodeBlock requirement) {
        CodeBlock value = member.sensitive() ? CodeBlock.of("$S", MASK) : CodeBlock.of("$N", member.javaName());
        return CodeBlock.builder()
                .beginControlFlow("if ($L)", condition)
                .add(violation(member, rule, requirement, value))
                .endControlFlow()
                .build();
    }

    private CodeBlock crossFieldCheck(ShapeModel shape, CrossFieldRule rule) {
        MemberModel left = shape.member(rule.left());
        MemberModel right = shape.member(rule.right());
        CodeBlock value = left.sensitive() ? CodeBlock.of("$S", MASK) : CodeBlock.of("$N", left.javaName());
        CodeBlock requirement = right.sensitive()
                ? CodeBlock.of("$S", "must be " + rule.kind().operator() + " " + right.wireName())
                : CodeBlock.of("$S + $N + $S", "must be " + rule.kind().operator() + " " + right.wireName() + " (",
                        right.javaName(), ")");
        return CodeBlock.builder()
                .beginControlFlow("if ($N != null && $N != null && !($N $L $N))", left.javaName(), right.javaName(),
                        left.javaName(), rule.kind().operator(), right.javaName())
                .addStatement("violations.add(new $T($S, $S, $L, $L, $S))", CoreTypes.VIOLATION, left.wireName(),
                        rule.kind().specName(), requirement, value, rule.errorCode())
                .endControlFlow()
                .build();
    }

    private CodeBlock violation(MemberModel member, String rule, CodeBlock requirement, CodeBlock value) {
        return CodeBlock.of("violations.add(new $T($S, $S, $L, $L, $S));\n", CoreTypes.VIOLATION, member.wireName(), rule,
                requirement, value, codeFor(member, rule));
    }

    private String codeFor(MemberModel member, String rule) {
        String override = member.violationCodes().get(rule);
        if (override != null) {
            return override;
        }
        return "required".equals(rule) ? service.validationCodes().required() : service.validationCodes().other();
    }

    private static String patternField(MemberModel member) {
        return Names.constantName(member.javaName()).orElseThrow() + "_PATTERN";
    }
}

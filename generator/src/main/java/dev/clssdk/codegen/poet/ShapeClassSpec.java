package dev.clssdk.codegen.poet;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.clssdk.codegen.model.MemberModel;
import dev.clssdk.codegen.model.ServiceModel;
import dev.clssdk.codegen.model.ShapeModel;
import dev.clssdk.codegen.model.TypeRef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * A request, response or data type: an immutable final class with a builder. Jackson reads and
 * writes the private fields by their wire names and creates instances through the builder, so a
 * request parsed from JSON is validated like one built in code. Enum members keep the raw wire
 * string, so values unknown to this SDK version survive a round trip.
 */
public final class ShapeClassSpec {

    private static final String JACKSON = "com.fasterxml.jackson.annotation";
    private static final ClassName JSON_PROPERTY = ClassName.get(JACKSON, "JsonProperty");
    private static final ClassName JSON_CREATOR = ClassName.get(JACKSON, "JsonCreator");
    private static final ClassName JSON_INCLUDE = ClassName.get(JACKSON, "JsonInclude");
    private static final ClassName JSON_IGNORE_PROPERTIES = ClassName.get(JACKSON, "JsonIgnoreProperties");
    private static final ClassName JSON_PROPERTY_ORDER = ClassName.get(JACKSON, "JsonPropertyOrder");
    private static final ClassName JSON_AUTO_DETECT = ClassName.get(JACKSON, "JsonAutoDetect");
    private static final String MASK = "***";

    private final GeneratedTypes types;
    private final ValidationCode validation;

    public ShapeClassSpec(GeneratedTypes types, ServiceModel service) {
        this.types = types;
        this.validation = new ValidationCode(types, service);
    }

    public TypeSpec build(ShapeModel shape) {
        ClassName self = types.shape(shape.name());
        ClassName builder = self.nestedClass("Builder");
        TypeSpec.Builder spec = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(Annotations.generated())
                .addAnnotations(jacksonAnnotations(shape))
                .addJavadoc("$L\n", Javadoc.sentence(shape.description(), shape.name()))
                .addJavadoc("$L", shape.namingNote().map(n -> "\n<p>" + n + "\n").orElse(""))
                .addJavadoc("\n<p>Immutable; create one with {@link #builder()}$L.\n",
                        shape.validated() ? ", which checks every rule of the API before anything is sent" : "");
        if (shape.validated()) {
            validation.patternFields(shape).forEach(spec::addField);
        }
        for (MemberModel member : shape.members()) {
            spec.addField(FieldSpec.builder(types.storageType(member.type()), member.javaName(), Modifier.PRIVATE, Modifier.FINAL)
                    .addAnnotation(AnnotationSpec.builder(JSON_PROPERTY).addMember("value", "$S", member.wireName()).build())
                    .build());
        }
        spec.addMethod(constructor(shape, builder));
        spec.addMethod(jsonCreator(shape, self));
        spec.addMethod(MethodSpec.methodBuilder("builder")
                .addJavadoc("A new, empty builder.\n\n@return the builder\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(builder)
                .addStatement("return new $T()", builder)
                .build());
        spec.addMethod(MethodSpec.methodBuilder("toBuilder")
                .addJavadoc("A builder that starts with this instance's values.\n\n@return the builder\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addStatement("return new $T(this)", builder)
                .build());
        for (MemberModel member : shape.members()) {
            accessors(member, shape.validated()).forEach(m -> spec.addMethod(deprecatedIfMarked(member, m)));
        }
        spec.addMethod(equalsMethod(shape, self));
        spec.addMethod(hashCodeMethod(shape));
        spec.addMethod(toStringMethod(shape));
        spec.addType(builderType(shape, self, builder));
        return spec.build();
    }

    private List<AnnotationSpec> jacksonAnnotations(ShapeModel shape) {
        ClassName visibility = JSON_AUTO_DETECT.nestedClass("Visibility");
        CodeBlock order = shape.members().stream()
                .map(m -> CodeBlock.of("$S", m.wireName()))
                .collect(CodeBlock.joining(", ", "{", "}"));
        return List.of(
                // Only the annotated fields and the creator are seen by Jackson; accessor names
                // such as isX() or hasX() must never turn into extra JSON properties.
                AnnotationSpec.builder(JSON_AUTO_DETECT)
                        .addMember("fieldVisibility", "$T.NONE", visibility)
                        .addMember("getterVisibility", "$T.NONE", visibility)
                        .addMember("isGetterVisibility", "$T.NONE", visibility)
                        .addMember("setterVisibility", "$T.NONE", visibility)
                        .addMember("creatorVisibility", "$T.NONE", visibility)
                        .build(),
                AnnotationSpec.builder(JSON_INCLUDE).addMember("value", "$T.Include.NON_NULL", JSON_INCLUDE).build(),
                AnnotationSpec.builder(JSON_IGNORE_PROPERTIES).addMember("ignoreUnknown", "true").build(),
                AnnotationSpec.builder(JSON_PROPERTY_ORDER).addMember("value", "$L", order).build());
    }

    private MethodSpec constructor(ShapeModel shape, ClassName builder) {
        MethodSpec.Builder ctor = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(builder, "builder");
        for (MemberModel member : shape.members()) {
            if (member.type() instanceof TypeRef.ListOf) {
                ctor.addStatement("this.$N = builder.$N == null ? null : $T.unmodifiableList(new $T<>(builder.$N))",
                        member.javaName(), member.javaName(), Collections.class, ArrayList.class, member.javaName());
            } else {
                ctor.addStatement("this.$N = builder.$N", member.javaName(), member.javaName());
            }
        }
        return ctor.build();
    }

    private MethodSpec jsonCreator(ShapeModel shape, ClassName self) {
        MethodSpec.Builder creator = MethodSpec.methodBuilder("fromJson")
                .addAnnotation(JSON_CREATOR)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(self);
        CodeBlock.Builder chain = CodeBlock.builder().add("return builder()");
        for (MemberModel member : shape.members()) {
            creator.addParameter(ParameterSpec.builder(types.storageType(member.type()), member.javaName())
                    .addAnnotation(AnnotationSpec.builder(JSON_PROPERTY).addMember("value", "$S", member.wireName()).build())
                    .build());
            chain.add("\n.$N($N)", member.javaName(), member.javaName());
        }
        return creator.addStatement("$L\n.build()", chain.build()).build();
    }

    private List<MethodSpec> accessors(MemberModel member, boolean input) {
        String name = member.javaName();
        String doc = MemberDoc.describe(member, input);
        List<MethodSpec> methods = new ArrayList<>();
        if (member.type() instanceof TypeRef.EnumType) {
            methods.add(MethodSpec.methodBuilder(name)
                    .addJavadoc("$L\n\n<p>A value this SDK version does not know reads as {@code UNKNOWN_TO_SDK_VERSION};\n", doc)
                    .addJavadoc("{@link #$N} has the raw string.\n\n@return the value, or {@code null} if not set\n",
                            member.rawName())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(types.javaType(member.type()))
                    .addStatement("return $T.fromValue($N)", types.javaType(member.type()), name)
                    .build());
            methods.add(MethodSpec.methodBuilder(member.rawName())
                    .addJavadoc("$L\n\n@return the raw wire value, or {@code null} if not set\n", doc)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(String.class)
                    .addStatement("return $N", name)
                    .build());
        } else if (member.type() instanceof TypeRef.ListOf) {
            methods.add(MethodSpec.methodBuilder(name)
                    .addJavadoc("$L\n\n@return an unmodifiable list, empty if not set (see {@link #$N})\n",
                            doc, hasMethod(member))
                    .addModifiers(Modifier.PUBLIC)
                    .returns(types.javaType(member.type()))
                    .addStatement("return $N == null ? $T.of() : $N", name, List.class, name)
                    .build());
            methods.add(MethodSpec.methodBuilder(hasMethod(member))
                    .addJavadoc("Whether {@code $L} was set, as opposed to absent.\n\n@return {@code true} if set\n",
                            member.wireName())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(boolean.class)
                    .addStatement("return $N != null", name)
                    .build());
        } else {
            methods.add(MethodSpec.methodBuilder(name)
                    .addJavadoc("$L\n\n@return the value, or {@code null} if not set\n", doc)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(types.javaType(member.type()))
                    .addStatement("return $N", name)
                    .build());
        }
        return methods;
    }

    /** A member the spec marks deprecated (Tencent: disabled) keeps working, flagged in its methods. */
    private static MethodSpec deprecatedIfMarked(MemberModel member, MethodSpec method) {
        if (!member.deprecated()) {
            return method;
        }
        return method.toBuilder()
                .addAnnotation(Deprecated.class)
                .addJavadoc("@deprecated the API marks {@code $L} deprecated (Tencent: disabled); it may stop being honoured\n",
                        member.wireName())
                .build();
    }

    private static String hasMethod(MemberModel member) {
        return member.presenceName();
    }

    private MethodSpec equalsMethod(ShapeModel shape, ClassName self) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("equals")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(Object.class, "other")
                .returns(boolean.class)
                .beginControlFlow("if (this == other)")
                .addStatement("return true")
                .endControlFlow();
        if (shape.members().isEmpty()) {
            return method.addStatement("return other instanceof $T", self).build();
        }
        method.beginControlFlow("if (!(other instanceof $T))", self)
                .addStatement("return false")
                .endControlFlow()
                .addStatement("$T that = ($T) other", self, self);
        CodeBlock comparison = shape.members().stream()
                .map(m -> CodeBlock.of("$T.equals($N, that.$N)", Objects.class, m.javaName(), m.javaName()))
                .collect(CodeBlock.joining("\n&& "));
        return method.addStatement("return $L", comparison).build();
    }

    private MethodSpec hashCodeMethod(ShapeModel shape) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("hashCode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(int.class);
        if (shape.members().isEmpty()) {
            return method.addStatement("return 0").build();
        }
        CodeBlock fields = shape.members().stream()
                .map(m -> CodeBlock.of("$N", m.javaName()))
                .collect(CodeBlock.joining(", "));
        return method.addStatement("return $T.hash($L)", Objects.class, fields).build();
    }

    private MethodSpec toStringMethod(ShapeModel shape) {
        CodeBlock.Builder text = CodeBlock.builder().add("$S", shape.name() + "{");
        String separator = "";
        for (MemberModel member : shape.members()) {
            text.add("\n+ $S + ", separator + member.wireName() + "=");
            if (member.sensitive()) {
                text.add("($N == null ? null : $S)", member.javaName(), MASK);
            } else {
                text.add("$N", member.javaName());
            }
            separator = ", ";
        }
        text.add("\n+ $S", "}");
        return MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("return $L", text.build())
                .build();
    }

    private TypeSpec builderType(ShapeModel shape, ClassName self, ClassName builder) {
        TypeSpec.Builder spec = TypeSpec.classBuilder(builder)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Builds {@link $T}; not thread-safe.\n", self);
        for (MemberModel member : shape.members()) {
            spec.addField(types.storageType(member.type()), member.javaName(), Modifier.PRIVATE);
        }
        spec.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        MethodSpec.Builder copy = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(self, "source");
        for (MemberModel member : shape.members()) {
            copy.addStatement("this.$N = source.$N", member.javaName(), member.javaName());
        }
        spec.addMethod(copy.build());
        for (MemberModel member : shape.members()) {
            setters(member, builder, shape.validated()).forEach(m -> spec.addMethod(deprecatedIfMarked(member, m)));
        }
        MethodSpec.Builder build = MethodSpec.methodBuilder("build")
                .addModifiers(Modifier.PUBLIC)
                .returns(self);
        if (shape.validated()) {
            build.addJavadoc("Checks every rule of the API and builds the instance.\n\n")
                    .addJavadoc("@return the instance\n")
                    .addJavadoc("@throws $T listing every broken rule, if any\n", CoreTypes.VALIDATION_EXCEPTION)
                    .addCode(validation.body(shape));
        } else {
            build.addJavadoc("Builds the instance. Values from the server are never rejected.\n\n@return the instance\n");
        }
        spec.addMethod(build.addStatement("return new $T(this)", self).build());
        return spec.build();
    }

    private List<MethodSpec> setters(MemberModel member, ClassName builder, boolean input) {
        String name = member.javaName();
        String doc = MemberDoc.describe(member, input);
        TypeName storage = types.storageType(member.type());
        List<MethodSpec> methods = new ArrayList<>();
        if (member.type() instanceof TypeRef.EnumType) {
            TypeName enumType = types.javaType(member.type());
            methods.add(MethodSpec.methodBuilder(name)
                    .addJavadoc("$L\n\n@param $N the value, or {@code null} to leave it unset\n@return this builder\n", doc, name)
                    .addModifiers(Modifier.PUBLIC)
                    .addParameter(enumType, name)
                    .returns(builder)
                    .addStatement("this.$N = $N == null ? null : $N.toString()", name, name, name)
                    .addStatement("return this")
                    .build());
        }
        if (member.type() instanceof TypeRef.Scalar && storage.isBoxedPrimitive()) {
            // So that count(100) compiles: an int literal does not convert to Long.
            methods.add(MethodSpec.methodBuilder(name)
                    .addJavadoc("$L\n\n@param $N the value\n@return this builder\n", doc, name)
                    .addModifiers(Modifier.PUBLIC)
                    .addParameter(storage.unbox(), name)
                    .returns(builder)
                    .addStatement("this.$N = $N", name, name)
                    .addStatement("return this")
                    .build());
        }
        MethodSpec.Builder setter = MethodSpec.methodBuilder(name)
                .addJavadoc("$L\n\n@param $N the $L, or {@code null} to leave it unset\n@return this builder\n", doc, name,
                        member.type() instanceof TypeRef.EnumType ? "raw wire value" : "value")
                .addModifiers(Modifier.PUBLIC)
                .addParameter(storage, name)
                .returns(builder);
        if (member.type() instanceof TypeRef.ListOf) {
            setter.addStatement("this.$N = $N == null ? null : new $T<>($N)", name, name, ArrayList.class, name);
        } else {
            setter.addStatement("this.$N = $N", name, name);
        }
        methods.add(setter.addStatement("return this").build());
        return methods;
    }
}

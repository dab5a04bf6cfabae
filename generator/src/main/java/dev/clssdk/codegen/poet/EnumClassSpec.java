package dev.clssdk.codegen.poet;

import dev.clssdk.codegen.model.ServiceModel;
import java.util.List;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.clssdk.codegen.model.EnumModel;
import dev.clssdk.codegen.naming.Names;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * An enum of wire values plus {@code UNKNOWN_TO_SDK_VERSION}, so that a value added to the API
 * later never breaks a caller: {@code fromValue} maps it to the unknown constant and the shape
 * keeps the raw string.
 */
public final class EnumClassSpec implements Emitter {

    static final String UNKNOWN = "UNKNOWN_TO_SDK_VERSION";

    private final GeneratedTypes types;

    public EnumClassSpec(GeneratedTypes types) {
        this.types = types;
    }

    /** One file per enum of the service. */
    @Override
    public List<JavaFile> emit(ServiceModel service) {
        return service.enums().stream().map(model -> Emitter.file(types.modelPackage(), build(model))).toList();
    }

    public TypeSpec build(EnumModel model) {
        ClassName self = types.enumType(model.name());
        TypeSpec.Builder spec = TypeSpec.enumBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(Annotations.generated())
                .addJavadoc("$L\n", Javadoc.sentence(model.description(), model.name()))
                .addJavadoc("$L", model.namingNote().map(n -> "\n<p>" + n + "\n").orElse(""))
                .addJavadoc("\n<p>Values this SDK version does not know map to {@link #$L}; the shape that\n", UNKNOWN)
                .addJavadoc("holds the value keeps the raw string.\n");
        for (EnumModel.EnumValue value : model.values()) {
            TypeSpec.Builder constant = TypeSpec.anonymousClassBuilder("$S", value.value());
            constant.addJavadoc("{@code $L}$L\n", Javadoc.escape(value.value()),
                    value.description().isEmpty() ? "" : ": " + Javadoc.escape(value.description()));
            spec.addEnumConstant(Names.constantName(value.value()).orElseThrow(), constant.build());
        }
        spec.addEnumConstant(UNKNOWN, TypeSpec.anonymousClassBuilder("null")
                .addJavadoc("A value this version of the SDK does not know.\n")
                .build());
        spec.addMethod(MethodSpec.constructorBuilder()
                .addParameter(String.class, "value")
                .addStatement("this.value = value")
                .build());
        addValueLookup(spec, self, "wire value", false);
        return spec.build();
    }

    /**
     * The members every open enum shares: the wire value, a never-throwing {@code fromValue}, and
     * {@code toString} returning the wire value. Also used for the error-code enum.
     */
    static void addValueLookup(TypeSpec.Builder spec, ClassName self, String what, boolean nullIsUnknown) {
        spec.addField(FieldSpec.builder(
                        ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), self),
                        "BY_VALUE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("index()")
                .build());
        spec.addField(String.class, "value", Modifier.PRIVATE, Modifier.FINAL);
        spec.addMethod(MethodSpec.methodBuilder("index")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), self))
                .addStatement("$T<$T, $T> byValue = new $T<>()", Map.class, String.class, self, HashMap.class)
                .beginControlFlow("for ($T constant : values())", self)
                .beginControlFlow("if (constant.value != null)")
                .addStatement("byValue.put(constant.value, constant)")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return $T.unmodifiableMap(byValue)", Collections.class)
                .build());
        spec.addMethod(MethodSpec.methodBuilder("value")
                .addJavadoc("The $L, or {@code null} for {@link #$L}.\n\n@return the $L\n", what, UNKNOWN, what)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("return value")
                .build());
        spec.addMethod(MethodSpec.methodBuilder("fromValue")
                .addJavadoc("The constant for a $L; never throws.\n\n", what)
                .addJavadoc("@param value the $L, may be {@code null}\n", what)
                .addJavadoc("@return the matching constant, or {@link #$L} for an unknown value$L\n",
                        UNKNOWN, nullIsUnknown ? " or {@code null}" : ", or {@code null} for {@code null}")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(String.class, "value")
                .returns(self)
                .beginControlFlow("if (value == null)")
                .addStatement(nullIsUnknown ? "return " + UNKNOWN : "return null")
                .endControlFlow()
                .addStatement("return BY_VALUE.getOrDefault(value, $L)", UNKNOWN)
                .build());
        spec.addMethod(MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addJavadoc("The $L, or the constant's name for {@link #$L}.\n\n@return the $L\n", what, UNKNOWN, what)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("return value == null ? name() : value")
                .build());
    }
}

package dev.clssdk.codegen.poet;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.clssdk.codegen.model.MemberModel;
import dev.clssdk.codegen.model.ShapeModel;
import dev.clssdk.codegen.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The nested {@code Builder} of a type callers send: on the core's {@code StructBuilder}, one setter per
 * member (a primitive overload for boxed scalars, an enum overload beside the raw string) writing
 * through the member's constant, and a {@code build()} whose Javadoc says when the rules are checked.
 */
final class ShapeBuilderCode {

    static final ClassName STRUCT_BUILDER = ClassName.get(dev.clssdk.core.shape.StructBuilder.class);

    private final GeneratedTypes types;

    ShapeBuilderCode(GeneratedTypes types) {
        this.types = types;
    }

    TypeSpec builderType(ShapeModel shape, ClassName self, ClassName builder, boolean request,
            Map<String, String> constants) {
        TypeSpec.Builder spec = TypeSpec.classBuilder(builder)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(STRUCT_BUILDER, self))
                .addJavadoc("Builds {@link $T}; not thread-safe.\n", self);
        // One constructor for both the empty builder and toBuilder().
        spec.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(self, "source")
                .addStatement("super($N, source)", ShapeSchemaCode.SCHEMA_FIELD)
                .build());
        for (MemberModel member : shape.members()) {
            for (MethodSpec setter : setters(member, constants.get(member.wireName()), builder)) {
                spec.addMethod(ShapeAccessorCode.deprecatedIfMarked(member, setter));
            }
        }
        // Not an override: StructBuilder declares no build(), so no bridge method is compiled in.
        MethodSpec.Builder build = MethodSpec.methodBuilder("build")
                .addModifiers(Modifier.PUBLIC)
                .returns(self);
        if (request) {
            build.addJavadoc("Checks every rule of the API, in everything the request holds, and builds the instance.\n\n")
                    .addJavadoc("@return the instance\n")
                    .addJavadoc("@throws $T listing every broken rule, if any\n", CoreTypes.VALIDATION_EXCEPTION);
        } else {
            build.addJavadoc("Builds the instance; its rules are checked when the request holding it is built.\n\n")
                    .addJavadoc("@return the instance\n");
        }
        spec.addMethod(build.addStatement("return new $T(this)", self).build());
        return spec.build();
    }

    private List<MethodSpec> setters(MemberModel member, String constant, ClassName builder) {
        String name = member.javaName();
        String doc = MemberDoc.describe(member, true);
        TypeName storage = types.storageType(member.type());
        List<MethodSpec> methods = new ArrayList<>();
        if (member.type() instanceof TypeRef.EnumType) {
            methods.add(MethodSpec.methodBuilder(name)
                    .addJavadoc("$L\n\n@param $N the value, or {@code null} to leave it unset\n@return this builder\n", doc, name)
                    .addModifiers(Modifier.PUBLIC)
                    .addParameter(types.javaType(member.type()), name)
                    .returns(builder)
                    .addStatement("setEnum($N, $N)", constant, name)
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
                    .addStatement("set($N, $N)", constant, name)
                    .addStatement("return this")
                    .build());
        }
        methods.add(MethodSpec.methodBuilder(name)
                .addJavadoc("$L\n\n@param $N the $L, or {@code null} to leave it unset\n@return this builder\n", doc, name,
                        member.type() instanceof TypeRef.EnumType ? "raw wire value" : "value")
                .addModifiers(Modifier.PUBLIC)
                .addParameter(storage, name)
                .returns(builder)
                .addStatement(member.type() instanceof TypeRef.ListOf ? "setList($N, $N)" : "set($N, $N)", constant, name)
                .addStatement("return this")
                .build());
        return methods;
    }

}

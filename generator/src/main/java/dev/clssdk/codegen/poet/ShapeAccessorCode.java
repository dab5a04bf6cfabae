package dev.clssdk.codegen.poet;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.clssdk.codegen.model.MemberModel;
import dev.clssdk.codegen.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * A generated type's typed accessors and, for a type only the server sends, its withers: each reads or
 * changes one member through the member's constant ({@link ShapeSchemaCode}). Enum members read as
 * the enum and as the raw wire string; list members are never {@code null} and have a presence
 * method.
 */
final class ShapeAccessorCode {

    private final GeneratedTypes types;

    ShapeAccessorCode(GeneratedTypes types) {
        this.types = types;
    }

    List<MethodSpec> accessors(MemberModel member, String constant, boolean input) {
        String name = member.javaName();
        String doc = MemberDoc.describe(member, input);
        List<MethodSpec> methods = new ArrayList<>();
        if (member.type() instanceof TypeRef.EnumType) {
            TypeName enumType = types.javaType(member.type());
            methods.add(MethodSpec.methodBuilder(name)
                    .addJavadoc("$L\n\n<p>A value this SDK version does not know reads as {@code UNKNOWN_TO_SDK_VERSION};\n", doc)
                    .addJavadoc("{@link #$N} has the raw string.\n\n@return the value, or {@code null} if not set\n",
                            member.rawName())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(enumType)
                    .addStatement("return $T.fromValue(get($N))", enumType, constant)
                    .build());
            methods.add(MethodSpec.methodBuilder(member.rawName())
                    .addJavadoc("$L\n\n@return the raw wire value, or {@code null} if not set\n", doc)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(String.class)
                    .addStatement("return get($N)", constant)
                    .build());
        } else if (member.type() instanceof TypeRef.ListOf) {
            methods.add(MethodSpec.methodBuilder(name)
                    .addJavadoc("$L\n\n@return an unmodifiable list, empty if not set (see {@link #$N})\n",
                            doc, member.presenceName())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(types.javaType(member.type()))
                    .addStatement("return getList($N)", constant)
                    .build());
            methods.add(MethodSpec.methodBuilder(member.presenceName())
                    .addJavadoc("Whether {@code $L} was set, as opposed to absent.\n\n@return {@code true} if set\n",
                            member.wireName())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(boolean.class)
                    .addStatement("return has($N)", constant)
                    .build());
        } else {
            methods.add(MethodSpec.methodBuilder(name)
                    .addJavadoc("$L\n\n@return the value, or {@code null} if not set\n", doc)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(types.javaType(member.type()))
                    .addStatement("return get($N)", constant)
                    .build());
        }
        return methods;
    }

    /** A member the spec marks deprecated (Tencent: disabled) keeps working, flagged in its methods. */
    static MethodSpec deprecatedIfMarked(MemberModel member, MethodSpec method) {
        if (!member.deprecated()) {
            return method;
        }
        return method.toBuilder()
                .addAnnotation(Deprecated.class)
                .addJavadoc("@deprecated the API marks {@code $L} deprecated (Tencent: disabled); it may stop being honoured\n",
                        member.wireName())
                .build();
    }

    /**
     * The withers of a member of a type only the server sends, overloaded as the builder methods of an
     * input are: an enum constant or its raw string; a primitive (so that {@code withCount(100)}
     * compiles) or the boxed value, whose {@code null} leaves the member unset. A list is copied and
     * made unmodifiable by the core, as a builder does.
     */
    List<MethodSpec> withers(MemberModel member, String constant, ClassName self) {
        String name = member.javaName();
        String method = witherName(member);
        String doc = MemberDoc.describe(member, false);
        String returns = "@return a copy of this instance with {@code " + member.wireName() + "} changed; this instance is unchanged\n";
        TypeName storage = types.storageType(member.type());
        List<MethodSpec> methods = new ArrayList<>();
        if (member.type() instanceof TypeRef.EnumType) {
            methods.add(MethodSpec.methodBuilder(method)
                    .addJavadoc("$L\n\n@param $N the value, or {@code null} to leave it unset\n$L", doc, name, returns)
                    .addModifiers(Modifier.PUBLIC)
                    .addParameter(types.javaType(member.type()), name)
                    .returns(self)
                    .addStatement("return withEnum($N, $N)", constant, name)
                    .build());
        }
        if (member.type() instanceof TypeRef.Scalar && storage.isBoxedPrimitive()) {
            methods.add(MethodSpec.methodBuilder(method)
                    .addJavadoc("$L\n\n@param $N the value\n$L", doc, name, returns)
                    .addModifiers(Modifier.PUBLIC)
                    .addParameter(storage.unbox(), name)
                    .returns(self)
                    .addStatement("return with($N, $N)", constant, name)
                    .build());
        }
        methods.add(MethodSpec.methodBuilder(method)
                .addJavadoc("$L\n\n@param $N the $L, or {@code null} to leave it unset\n$L", doc, name,
                        member.type() instanceof TypeRef.EnumType ? "raw wire value"
                        : member.type() instanceof TypeRef.ListOf ? "value (copied)" : "value", returns)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(storage, name)
                .returns(self)
                .addStatement(member.type() instanceof TypeRef.ListOf ? "return withList($N, $N)" : "return with($N, $N)",
                        constant, name)
                .build());
        return methods;
    }

    /** {@code topicId -> withTopicId}, {@code _9Lives -> with_9Lives}. */
    static String witherName(MemberModel member) {
        String name = member.javaName();
        return "with" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}

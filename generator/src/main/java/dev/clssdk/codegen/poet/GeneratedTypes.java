package dev.clssdk.codegen.poet;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.clssdk.codegen.model.ServiceModel;
import dev.clssdk.codegen.model.TypeRef;
import dev.clssdk.codegen.naming.Names;
import java.util.List;

/**
 * Where each generated class lives and what it is called. Shapes and enums go to
 * {@code <base>.model}, the Retrofit interface to {@code <base>.retrofit}, and the service-wide types
 * (client, service metadata, error codes, operations, exceptions) to the base package, prefixed
 * with the service name; the family exceptions are named by {@link Names#familyExceptionNames}.
 */
public final class GeneratedTypes {

    private final String basePackage;
    private final String prefix;
    private final java.util.List<String> actions;
    private final java.util.Map<String, String> familyExceptions;

    public GeneratedTypes(ServiceModel service) {
        this.basePackage = service.javaPackage();
        this.prefix = Names.servicePrefix(service.service());
        this.actions = service.operations().stream().map(dev.clssdk.codegen.model.OperationModel::action).toList();
        this.familyExceptions = Names.familyExceptionNames(service.errorFamilies().keySet(),
                service.errorCodes().stream().filter(dev.clssdk.codegen.model.ErrorCodeModel::common)
                        .map(dev.clssdk.codegen.model.ErrorCodeModel::family).collect(java.util.stream.Collectors.toSet()),
                prefix);
    }

    /** Every action's name: derived client method names yield to the actions' own ({@link Names#asyncMethodName}). */
    public java.util.List<String> actions() {
        return actions;
    }

    public String modelPackage() {
        return basePackage + ".model";
    }

    public String basePackage() {
        return basePackage;
    }

    public ClassName shape(String name) {
        return ClassName.get(modelPackage(), name);
    }

    public ClassName enumType(String name) {
        return ClassName.get(modelPackage(), name);
    }

    public ClassName errorCode() {
        return ClassName.get(basePackage, prefix + "ErrorCode");
    }

    public ClassName operations() {
        return ClassName.get(basePackage, prefix + "Operations");
    }

    public ClassName serviceInfo() {
        return ClassName.get(basePackage, prefix + "Service");
    }

    /** The service's own {@code ServiceException}, with a typed {@code errorCode()}. */
    public ClassName serviceException() {
        return ClassName.get(basePackage, prefix + "ServiceException");
    }

    /** The exception of one family of error codes ({@code AuthFailure -> AuthFailureException}). */
    public ClassName familyException(String family) {
        String name = familyExceptions.get(family);
        if (name == null) {
            throw new IllegalArgumentException("no error-code family " + family);
        }
        return ClassName.get(basePackage, name);
    }

    /** The client interface users hold. */
    public ClassName client() {
        return ClassName.get(basePackage, prefix + "Client");
    }

    /** The SDK's implementation of the client interface, package-private: users get it from the builder. */
    public ClassName clientImplementation() {
        return ClassName.get(basePackage, "Default" + prefix + "Client");
    }

    /** The Retrofit interface, in {@code <base>.retrofit}: it alone of the service's classes needs Retrofit. */
    public ClassName retrofitApi() {
        return ClassName.get(basePackage + ".retrofit", prefix + "Api");
    }

    /** The Java type of a member; enums are held as their raw wire string. */
    public TypeName storageType(TypeRef type) {
        return type instanceof TypeRef.EnumType ? ClassName.get(String.class) : javaType(type);
    }

    /** The type callers see. */
    public TypeName javaType(TypeRef type) {
        if (type instanceof TypeRef.Scalar scalar) {
            return ClassName.get(ShapeSchemaCode.scalarKind(scalar.kind()).javaType());
        }
        if (type instanceof TypeRef.EnumType enumType) {
            return enumType(enumType.name());
        }
        if (type instanceof TypeRef.ShapeType shapeType) {
            return shape(shapeType.name());
        }
        TypeRef.ListOf list = (TypeRef.ListOf) type;
        return ParameterizedTypeName.get(ClassName.get(List.class), storageType(list.element()));
    }
}

package dev.clssdk.cls.conformance;

import dev.clssdk.core.ValidationException;
import dev.clssdk.codegen.model.MemberModel;
import dev.clssdk.codegen.model.ShapeModel;
import dev.clssdk.codegen.model.TypeRef;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Drives the generated builders from the model by reflection, so that a generated input reaches
 * every member of every request class without a hand-written line per member.
 */
final class SdkBridge {

    private SdkBridge() {
    }

    static Class<?> modelClass(String shapeName) {
        try {
            return Class.forName(Spec.modelPackage() + "." + shapeName);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("the SDK has no class for shape " + shapeName, e);
        }
    }

    /**
     * Sets every member present in {@code values} on the shape's builder and calls
     * {@code build()}; a {@link ValidationException} propagates as is.
     */
    static Object build(ShapeModel shape, Map<String, Object> values) {
        Class<?> type = modelClass(shape.name());
        try {
            Object builder = type.getMethod("builder").invoke(null);
            for (MemberModel member : shape.members()) {
                if (values.containsKey(member.wireName())) {
                    Object value = toSdkValue(member.type(), values.get(member.wireName()));
                    setter(builder.getClass(), member).invoke(builder, value);
                }
            }
            return builder.getClass().getMethod("build").invoke(builder);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new AssertionError(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("the generated builder of " + shape.name() + " does not have the expected shape", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Object toSdkValue(TypeRef type, Object value) {
        if (value == null) {
            return null;
        }
        if (type instanceof TypeRef.ShapeType shape) {
            return build(Spec.shape(shape.name()), (Map<String, Object>) value);
        }
        if (type instanceof TypeRef.ListOf list) {
            List<Object> converted = new ArrayList<>();
            for (Object element : (List<Object>) value) {
                converted.add(toSdkValue(list.element(), element));
            }
            return converted;
        }
        return value;
    }

    private static Method setter(Class<?> builder, MemberModel member) throws NoSuchMethodException {
        return builder.getMethod(member.javaName(), parameterType(member.type()));
    }

    private static Class<?> parameterType(TypeRef type) {
        if (type instanceof TypeRef.Scalar scalar) {
            return switch (scalar.kind()) {
                case STRING -> String.class;
                case INT64 -> Long.class;
                case INT32 -> Integer.class;
                case BOOLEAN -> Boolean.class;
                case DOUBLE -> Double.class;
            };
        }
        if (type instanceof TypeRef.EnumType) {
            return String.class; // the raw-string setter, which accepts values the SDK does not know
        }
        if (type instanceof TypeRef.ListOf) {
            return List.class;
        }
        return modelClass(((TypeRef.ShapeType) type).name());
    }
}

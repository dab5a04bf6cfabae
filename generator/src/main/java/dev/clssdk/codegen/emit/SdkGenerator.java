package dev.clssdk.codegen.emit;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.clssdk.codegen.model.EnumModel;
import dev.clssdk.codegen.model.ServiceModel;
import dev.clssdk.codegen.poet.ClientClassSpec;
import dev.clssdk.codegen.poet.ClientImplementationSpec;
import dev.clssdk.codegen.poet.EnumClassSpec;
import dev.clssdk.codegen.poet.ErrorCodeEnumSpec;
import dev.clssdk.codegen.poet.GeneratedTypes;
import dev.clssdk.codegen.poet.OperationsClassSpec;
import dev.clssdk.codegen.poet.RetrofitInterfaceSpec;
import dev.clssdk.codegen.poet.ServiceExceptionSpecs;
import dev.clssdk.codegen.poet.ServiceInfoSpec;
import dev.clssdk.codegen.poet.ShapeClassSpec;
import java.util.ArrayList;
import java.util.List;

/** Turns the model into Java files, always in the same order: the output depends on the model alone. */
public final class SdkGenerator {

    private static final String INDENT = "    ";

    private SdkGenerator() {}

    /** Every file of the service, the Retrofit interface included. */
    public static List<JavaFile> generate(ServiceModel service) {
        return generate(service, RetrofitInterface.INCLUDE);
    }

    /**
     * The service's files, with or without its Retrofit interface, or that interface alone (for a
     * module of its own beside the service's, so that users of the typed client need no Retrofit).
     */
    public static List<JavaFile> generate(ServiceModel service, RetrofitInterface retrofit) {
        GeneratedTypes types = new GeneratedTypes(service);
        if (retrofit == RetrofitInterface.ONLY) {
            return List.of(file(types.retrofitApi().packageName(), new RetrofitInterfaceSpec(types).build(service)));
        }
        ServiceExceptionSpecs exceptions = new ServiceExceptionSpecs(types);
        List<JavaFile> files = new ArrayList<>();
        String base = types.basePackage();
        files.add(file(base, new ServiceInfoSpec(types).build(service)));
        files.add(file(base, new ErrorCodeEnumSpec(types).build(service)));
        files.add(file(base, new OperationsClassSpec(types).build(service)));
        files.add(file(base, exceptions.serviceException(service)));
        for (TypeSpec family : exceptions.familyExceptions(service)) {
            files.add(file(base, family));
        }
        files.add(file(base, new ClientClassSpec(types).build(service)));
        files.add(file(base, new ClientImplementationSpec(types).build(service)));
        if (retrofit == RetrofitInterface.INCLUDE) {
            files.add(file(types.retrofitApi().packageName(), new RetrofitInterfaceSpec(types).build(service)));
        }
        EnumClassSpec enums = new EnumClassSpec(types);
        for (EnumModel model : service.enums()) {
            files.add(file(types.modelPackage(), enums.build(model)));
        }
        // Each shape's class is built alone from the immutable model, so on every core; the list keeps the order.
        ShapeClassSpec shapes = new ShapeClassSpec(types, service);
        files.addAll(service.shapes().parallelStream()
                .map(shape -> file(types.modelPackage(), shapes.build(shape)))
                .toList());
        return files;
    }

    private static JavaFile file(String pkg, TypeSpec type) {
        return JavaFile.builder(pkg, type)
                .indent(INDENT)
                .skipJavaLangImports(true)
                .build();
    }
}

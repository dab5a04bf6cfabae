package dev.clssdk.codegen.emit;

import com.palantir.javapoet.JavaFile;

import dev.clssdk.codegen.model.ServiceModel;
import dev.clssdk.codegen.poet.ClientClassSpec;
import dev.clssdk.codegen.poet.ClientImplementationSpec;
import dev.clssdk.codegen.poet.Emitter;
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
            return new RetrofitInterfaceSpec(types).emit(service);
        }
        List<Emitter> emitters = new ArrayList<>(List.of(
                new ServiceInfoSpec(types),
                new ErrorCodeEnumSpec(types),
                new OperationsClassSpec(types),
                new ServiceExceptionSpecs(types),
                new ClientClassSpec(types),
                new ClientImplementationSpec(types)));
        if (retrofit == RetrofitInterface.INCLUDE) {
            emitters.add(new RetrofitInterfaceSpec(types));
        }
        emitters.add(new EnumClassSpec(types));
        emitters.add(new ShapeClassSpec(types, service));
        List<JavaFile> files = new ArrayList<>();
        for (Emitter emitter : emitters) {
            files.addAll(emitter.emit(service));
        }
        return files;
    }
}

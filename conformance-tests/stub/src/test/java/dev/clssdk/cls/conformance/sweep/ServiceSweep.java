package dev.clssdk.cls.conformance.sweep;

import com.palantir.javapoet.JavaFile;
import dev.clssdk.codegen.emit.SdkGenerator;
import dev.clssdk.codegen.importer.TencentErrorCodes;
import dev.clssdk.codegen.importer.TencentExamples;
import dev.clssdk.codegen.importer.TencentImport;
import dev.clssdk.codegen.importer.TencentModel;
import dev.clssdk.codegen.model.MemberModel;
import dev.clssdk.codegen.model.OperationModel;
import dev.clssdk.codegen.model.ServiceModel;
import dev.clssdk.codegen.model.ShapeModel;
import dev.clssdk.codegen.model.TypeRef;
import dev.clssdk.codegen.naming.Names;
import dev.clssdk.codegen.spec.SpecReader;
import dev.clssdk.core.auth.CredentialsProvider;
import dev.clssdk.core.client.SdkClientBuilder;
import dev.clssdk.stub.ContractStub;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Comparator;
import java.util.List;

/**
 * One service through the whole pipeline, in this JVM: Tencent's model imported by the import
 * {@code import-tencent} and the Maven plugin run ({@link TencentImport}: its examples, the
 * service's error codes from Tencent's catalogue, paginators by the import's rules), generated,
 * compiled in memory with the SDK's flags, and one action called through the core against the
 * contract stub playing the imported spec. The action called is the first (by name) whose request
 * has the fewest required members; those are filled with placeholder values of their types.
 */
public final class ServiceSweep {

    static final String SECRET_ID = "AKIDsweepEXAMPLE";
    static final String SECRET_KEY = "sweep-secret-key-EXAMPLE";

    /** The stage a service reached; {@link #ANSWERED} is the whole way. */
    public enum Stage { IMPORT, GENERATE, COMPILE, CALL, ANSWERED }

    /**
     * What happened to one service.
     *
     * @param name    {@code <service>/<version>}
     * @param actions the number of actions imported
     * @param files   the number of generated files
     * @param errors  the number of the service's own error codes imported from the catalogue
     * @param pagers  the number of paginators the import added
     * @param cursors of those, the cursor paginators, by the cursor's member ({@code Context}, ...)
     * @param reached the last stage passed ({@link Stage#ANSWERED} when all passed); the failed one otherwise
     * @param detail  the action called, or what went wrong
     * @param millis  wall time for this service
     */
    public record Result(String name, int actions, int files, int errors, int pagers,
            java.util.Map<String, Integer> cursors, Stage reached, boolean ok, String detail, long millis) {}

    private ServiceSweep() {}

    /**
     * Runs one service.
     *
     * @param name         {@code <service>/<version>}, for the report
     * @param apiJson      Tencent's model
     * @param examplesJson Tencent's examples, or {@code null}
     * @param errorCodes   Tencent's error-code catalogue, or {@code null}
     * @return what happened
     */
    public static Result run(String name, String apiJson, String examplesJson, TencentErrorCodes errorCodes) {
        long start = System.nanoTime();
        Stage stage = Stage.IMPORT;
        int actions = 0;
        int fileCount = 0;
        int errors = 0;
        int pagers = 0;
        java.util.Map<String, Integer> cursors = java.util.Map.of();
        try {
            TencentModel tencent = TencentModel.parse(apiJson);
            TencentExamples examples = examplesJson == null ? TencentExamples.none() : TencentExamples.parse(examplesJson);
            TencentImport.Imported imported = TencentImport.run(new TencentImport.Inputs(tencent, examples, errorCodes, null,
                    new TencentImport.Sources(name, null)), List.of(), 1);
            actions = imported.imported().actions();
            errors = imported.report().serviceErrors();
            pagers = imported.report().paginators().size();
            cursors = imported.report().cursorsByToken();
            String spec = imported.yaml();
            stage = Stage.GENERATE;
            ServiceModel model = SpecReader.read(spec, null);
            List<JavaFile> files = SdkGenerator.generate(model);
            fileCount = files.size();
            stage = Stage.COMPILE;
            InMemoryJavac.Compiled compiled = InMemoryJavac.compile(files, ServiceSweep.class.getClassLoader());
            if (!compiled.clean()) {
                return new Result(name, actions, fileCount, errors, pagers, cursors, stage, false,
                        compiled.problems().size() + " diagnostics, first: " + compiled.problems().get(0), millis(start));
            }
            stage = Stage.CALL;
            String called = call(model, spec, compiled.loader());
            return new Result(name, actions, fileCount, errors, pagers, cursors, Stage.ANSWERED, true, called, millis(start));
        } catch (Throwable e) {
            Throwable cause = e instanceof InvocationTargetException ite && ite.getCause() != null ? ite.getCause() : e;
            return new Result(name, actions, fileCount, errors, pagers, cursors, stage, false,
                    cause.getClass().getSimpleName() + ": " + firstLine(String.valueOf(cause.getMessage())), millis(start));
        }
    }

    private static String call(ServiceModel model, String spec, ClassLoader loader) throws Exception {
        OperationModel operation = model.operations().stream()
                .min(Comparator.comparingInt((OperationModel o) -> requiredCount(model, o)).thenComparing(OperationModel::action))
                .orElseThrow(() -> new IllegalStateException("the service has no actions"));
        try (ContractStub stub = ContractStub.builder().spec(spec).throttling(false).credentials(SECRET_ID, SECRET_KEY).start()) {
            Class<?> clientType = loader.loadClass(model.javaPackage() + "." + Names.servicePrefix(model.service()) + "Client");
            SdkClientBuilder<?, ?> builder = (SdkClientBuilder<?, ?>) clientType.getMethod("builder").invoke(null);
            builder.endpointUrl(stub.url()).rateLimiting(false).credentials(CredentialsProvider.of(SECRET_ID, SECRET_KEY));
            try (AutoCloseable client = (AutoCloseable) builder.build()) {
                Object request = build(model, model.shape(operation.inputShape()).orElseThrow(), loader, 0);
                Method method = clientType.getMethod(Names.methodName(operation.action()).orElseThrow(), request.getClass());
                Object response = method.invoke(client, request);
                String expected = model.javaPackage() + ".model." + operation.outputShape();
                if (!response.getClass().getName().equals(expected)) {
                    throw new IllegalStateException("answer is a " + response.getClass().getName() + ", not " + expected);
                }
                Object requestId = response.getClass().getMethod("requestId").invoke(response);
                if (requestId == null || requestId.toString().isBlank()) {
                    throw new IllegalStateException("answer without a RequestId");
                }
                String signed = stub.recordedRequests().get(stub.recordedRequests().size() - 1).header("Authorization").orElse("");
                if (!signed.contains("/" + model.service() + "/tc3_request")) {
                    throw new IllegalStateException("not signed for " + model.service() + ": " + signed);
                }
            }
        }
        return operation.action();
    }

    private static int requiredCount(ServiceModel model, OperationModel operation) {
        return (int) model.shape(operation.inputShape()).orElseThrow().members().stream().filter(MemberModel::required).count();
    }

    /** A value of the shape with every required member set, nested shapes included. */
    private static Object build(ServiceModel model, ShapeModel shape, ClassLoader loader, int depth) throws Exception {
        Class<?> type = loader.loadClass(model.javaPackage() + ".model." + shape.name());
        Object builder = type.getMethod("builder").invoke(null);
        for (MemberModel member : shape.members()) {
            if (!member.required()) {
                continue;
            }
            if (depth > 8) {
                throw new IllegalStateException(shape.name() + " nests required members deeper than 8 levels");
            }
            Object value = value(model, member.type(), loader, depth);
            Method setter = findSetter(builder.getClass(), member.javaName(), value.getClass());
            setter.invoke(builder, value);
        }
        return builder.getClass().getMethod("build").invoke(builder);
    }

    private static Method findSetter(Class<?> builder, String name, Class<?> valueType) {
        for (Method m : builder.getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == 1 && m.getParameterTypes()[0].isAssignableFrom(valueType)) {
                return m;
            }
        }
        throw new IllegalStateException(builder.getName() + " has no setter " + name);
    }

    private static Object value(ServiceModel model, TypeRef type, ClassLoader loader, int depth) throws Exception {
        if (type instanceof TypeRef.Scalar scalar) {
            return switch (scalar.kind()) {
                case STRING -> "x";
                case INT64 -> 1L;
                case INT32 -> 1;
                case BOOLEAN -> Boolean.FALSE;
                case DOUBLE -> 1.0;
            };
        }
        if (type instanceof TypeRef.ListOf list) {
            return List.of(value(model, list.element(), loader, depth));
        }
        if (type instanceof TypeRef.EnumType enumType) {
            Class<?> enumClass = loader.loadClass(model.javaPackage() + ".model." + enumType.name());
            return enumClass.getEnumConstants()[0];
        }
        TypeRef.ShapeType shapeType = (TypeRef.ShapeType) type;
        return build(model, model.shape(shapeType.name()).orElseThrow(), loader, depth + 1);
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}

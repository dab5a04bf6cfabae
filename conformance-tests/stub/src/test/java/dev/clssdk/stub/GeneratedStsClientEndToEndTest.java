package dev.clssdk.stub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palantir.javapoet.JavaFile;
import dev.clssdk.codegen.emit.SdkGenerator;
import dev.clssdk.codegen.emit.SourceTreeWriter;
import dev.clssdk.codegen.importer.TencentExamples;
import dev.clssdk.codegen.importer.TencentImporter;
import dev.clssdk.codegen.importer.TencentModel;
import dev.clssdk.codegen.model.ServiceModel;
import dev.clssdk.codegen.spec.SpecReader;
import dev.clssdk.core.ServiceException;
import dev.clssdk.core.auth.CredentialsProvider;
import dev.clssdk.core.client.SdkClientBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second service end to end, with no code written for it: Tencent's STS model is imported,
 * generated and compiled (against the core only), and the generated client calls the contract
 * stub playing STS through the core: signed for {@code sts}, with STS's {@code X-TC-Version},
 * the envelope unwrapped into the generated response, and an error answer thrown as STS's own
 * typed exception.
 */
@Timeout(120)
class GeneratedStsClientEndToEndTest {

    @TempDir
    static Path dir;

    private static ContractStub sts;
    private static URLClassLoader loader;
    private static ServiceModel model;

    @BeforeAll
    static void importGenerateCompileAndStart() throws Exception {
        TencentModel tencent = TencentModel.parse(gunzipped("tencent-sts/api.json.gz"));
        TencentExamples examples = TencentExamples.parse(gunzipped("tencent-sts/examples.json.gz"));
        String spec = TencentImporter.importActions(tencent, examples, List.of(), 1).yaml();
        model = SpecReader.read(spec, null);
        List<JavaFile> files = SdkGenerator.generate(model);
        Path sources = dir.resolve("src");
        Path classes = dir.resolve("classes");
        SourceTreeWriter.write(files, sources);
        List<String> problems = compile(sources, classes);
        assertThat(problems).as("javac diagnostics for the generated STS SDK").isEmpty();
        loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                GeneratedStsClientEndToEndTest.class.getClassLoader());
        sts = ContractStub.builder().spec(spec).throttling(false)
                .credentials(SignedClient.SECRET_ID, SignedClient.SECRET_KEY)
                .behaviour("AssumeRole", call -> ActionAnswer.error("AuthFailure.UnauthorizedOperation",
                        "the caller may not assume " + call.input().path("RoleArn").asText()))
                .start();
    }

    @AfterAll
    static void stop() throws IOException {
        if (sts != null) {
            sts.close();
        }
        if (loader != null) {
            loader.close();
        }
    }

    @Test
    void theGeneratedStsClientCallsTheStubThroughTheCore() throws Throwable {
        try (AutoCloseable client = client()) {
            Object request = build(type("model.GetCallerIdentityRequest"));
            Object response = invoke(client, "getCallerIdentity", request);
            assertThat(response.getClass().getName()).isEqualTo(model.javaPackage() + ".model.GetCallerIdentityResponse");
            assertThat((String) response.getClass().getMethod("requestId").invoke(response)).isNotBlank();
        }
        StubRequest recorded = sts.recordedRequests().get(sts.recordedRequests().size() - 1);
        assertThat(recorded.header("Authorization").orElse("")).contains("/sts/tc3_request");
        assertThat(recorded.header("X-TC-Version").orElse("")).isEqualTo("2018-08-13").isEqualTo(model.apiVersion());
        assertThat(recorded.header("X-TC-Action").orElse("")).isEqualTo("GetCallerIdentity");
    }

    @Test
    void anErrorAnswerIsStsOwnTypedException() throws Exception {
        Class<?> requestType = type("model.AssumeRoleRequest");
        Object builder = requestType.getMethod("builder").invoke(null);
        builder = builder.getClass().getMethod("roleArn", String.class).invoke(builder, "qcs::cam::uin/1:roleName/r");
        builder = builder.getClass().getMethod("roleSessionName", String.class).invoke(builder, "session-1");
        Object request = builder.getClass().getMethod("build").invoke(builder);
        try (AutoCloseable client = client()) {
            assertThatThrownBy(() -> invoke(client, "assumeRole", request))
                    .isInstanceOf(ServiceException.class)
                    .satisfies(e -> {
                        assertThat(e.getClass().getName()).isEqualTo(model.javaPackage() + ".AuthFailureException");
                        assertThat(e.getClass().getSuperclass().getName()).isEqualTo(model.javaPackage() + ".StsServiceException");
                        assertThat(((ServiceException) e).rawCode()).isEqualTo("AuthFailure.UnauthorizedOperation");
                        Object code = e.getClass().getMethod("errorCode").invoke(e);
                        assertThat(((Enum<?>) code).name()).isEqualTo("AUTH_FAILURE_UNAUTHORIZED_OPERATION");
                    });
        }
    }

    @Test
    void theAsynchronousMethodWorksToo() throws Throwable {
        try (AutoCloseable client = client()) {
            Object request = build(type("model.GetCallerIdentityRequest"));
            Object future = invoke(client, "getCallerIdentityAsync", request);
            Object response = ((java.util.concurrent.CompletableFuture<?>) future).get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(response.getClass().getSimpleName()).isEqualTo("GetCallerIdentityResponse");
        }
    }

    private static AutoCloseable client() throws Exception {
        Class<?> clientType = type("StsClient");
        SdkClientBuilder<?, ?> builder = (SdkClientBuilder<?, ?>) clientType.getMethod("builder").invoke(null);
        builder.endpointUrl(sts.url()).rateLimiting(false)
                .credentials(CredentialsProvider.of(SignedClient.SECRET_ID, SignedClient.SECRET_KEY));
        return (AutoCloseable) builder.build();
    }

    private static Class<?> type(String simpleName) throws ClassNotFoundException {
        return loader.loadClass(model.javaPackage() + "." + simpleName);
    }

    private static Object build(Class<?> requestType) throws Exception {
        Object builder = requestType.getMethod("builder").invoke(null);
        return builder.getClass().getMethod("build").invoke(builder);
    }

    private static Object invoke(Object client, String method, Object request) throws Throwable {
        Method call = client.getClass().getMethod(method, request.getClass());
        try {
            return call.invoke(client, request);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static List<String> compile(Path sources, Path classes) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<Path> javaFiles;
        try (Stream<Path> walk = Files.walk(sources)) {
            javaFiles = walk.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList());
        }
        Files.createDirectories(classes);
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            List<String> options = new ArrayList<>(List.of("-d", classes.toString(), "--release", "17",
                    "-Xlint:all", "-Werror", "-classpath", System.getProperty("java.class.path")));
            javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(javaFiles)).call();
        }
        List<String> problems = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING
                    || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING) {
                problems.add(d.toString());
            }
        }
        return problems;
    }

    private static String gunzipped(String resource) throws IOException {
        try (InputStream in = GeneratedStsClientEndToEndTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + resource);
            }
            return new String(new GZIPInputStream(in).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

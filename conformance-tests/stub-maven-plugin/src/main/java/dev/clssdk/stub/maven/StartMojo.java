package dev.clssdk.stub.maven;

import dev.clssdk.stub.ContractStub;
import dev.clssdk.stub.StubServer;
import dev.clssdk.stub.TencentModels;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Starts the contract stub in the build's JVM before the integration tests: the bundled CLS spec,
 * {@code specs} and Tencent's {@code tencentModels}, on 127.0.0.1. Its ports and URL become project
 * properties ({@code contractStub.port}, {@code contractStub.url}, {@code contractStub.httpsPort} by
 * default), for failsafe's {@code systemPropertyVariables}. {@code stop} stops it.
 */
@Mojo(name = "start", defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST, threadSafe = true)
public final class StartMojo extends AbstractMojo {

    /** The key under which the running server is kept in the plugin context, for {@code stop}. */
    static final String SERVER_KEY = StartMojo.class.getName() + ".server";

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    /** Specs in our form (OpenAPI YAML) to serve. */
    @Parameter
    List<File> specs = new ArrayList<>();

    /** Tencent's models: folders of {@code <service>/<version>/api.json}, or {@code .tar.xz}/{@code .tar.gz} of one. */
    @Parameter
    List<File> tencentModels = new ArrayList<>();

    /** Only these services of {@code tencentModels}; all when empty. */
    @Parameter
    List<String> services = new ArrayList<>();

    /** Whether to serve the bundled CLS spec too (when no other source gives {@code cls}). */
    @Parameter(defaultValue = "true")
    boolean bundledCls;

    /** The plain-HTTP port; 0 picks a free one. */
    @Parameter(property = "contractStub.requestedPort", defaultValue = "0")
    int port;

    /** Also serve HTTPS (self-signed, made at start); its port then goes into {@code httpsPortProperty}. */
    @Parameter(defaultValue = "false")
    boolean https;

    /** Key pairs to accept, each {@code SECRET_ID:SECRET_KEY}; default the stub's test pair. */
    @Parameter
    List<String> credentials = new ArrayList<>();

    /** CLS log topics that exist from the start. */
    @Parameter
    List<String> topics = new ArrayList<>();

    /** Whether the specs' rate limits are enforced. */
    @Parameter(defaultValue = "true")
    boolean throttling;

    @Parameter(defaultValue = "contractStub.port")
    String portProperty;

    @Parameter(defaultValue = "contractStub.url")
    String urlProperty;

    @Parameter(defaultValue = "contractStub.httpsPort")
    String httpsPortProperty;

    /** Skips starting (and so stopping) the stub, as {@code -DskipITs} users expect. */
    @Parameter(property = "contractStub.skip", defaultValue = "false")
    boolean skip;

    /** Maven hands the plugin context over as a raw {@code Map}; it is keyed by strings. */
    @SuppressWarnings("unchecked")
    private java.util.Map<String, Object> pluginContext() {
        return getPluginContext();
    }

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("contract stub: skipped");
            return;
        }
        StubServer.Builder builder = StubServer.builder();
        LinkedHashSet<String> served = new LinkedHashSet<>();
        try {
            for (File spec : specs) {
                builder.service(ContractStub.builder().spec(Files.readString(spec.toPath(), StandardCharsets.UTF_8)));
                served.add(spec.getName());
            }
            for (File models : tencentModels) {
                for (TencentModels.Imported imported : TencentModels.read(models.toPath(), new LinkedHashSet<>(services),
                        note -> getLog().warn("contract stub: " + note))) {
                    builder.service(ContractStub.builder().spec(imported.spec()));
                    served.add(imported.service());
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new MojoExecutionException("contract stub: " + e.getMessage(), e);
        }
        if (bundledCls && !served.contains("cls") && specs.isEmpty()) {
            builder.service(ContractStub.builder());
        }
        if (credentials.isEmpty()) {
            builder.credentials(StubServer.DEFAULT_SECRET_ID, StubServer.DEFAULT_SECRET_KEY);
        }
        for (String pair : credentials) {
            int colon = pair.indexOf(':');
            if (colon <= 0 || colon == pair.length() - 1) {
                throw new MojoExecutionException("contract stub: each <credential> must be SECRET_ID:SECRET_KEY, both non-empty");
            }
            builder.credentials(pair.substring(0, colon), pair.substring(colon + 1));
        }
        builder.port(port).https(https)
                .eachService(stub -> stub.throttling(throttling).topic(topics.toArray(String[]::new)));
        StubServer server;
        try {
            server = builder.start();
        } catch (RuntimeException e) {
            throw new MojoExecutionException("contract stub: " + e.getMessage(), e);
        }
        pluginContext().put(SERVER_KEY, server);
        project.getProperties().setProperty(portProperty, Integer.toString(server.port()));
        project.getProperties().setProperty(urlProperty, server.url());
        if (https) {
            project.getProperties().setProperty(httpsPortProperty, Integer.toString(server.httpsPort()));
        }
        getLog().info("contract stub: " + server.services() + " at " + server.url()
                + server.httpsUrl().map(u -> " and " + u).orElse("") + " (" + portProperty + "=" + server.port() + ")");
    }
}

package dev.clssdk.codegen.maven;

import com.palantir.javapoet.JavaFile;
import dev.clssdk.codegen.emit.RetrofitInterface;
import dev.clssdk.codegen.emit.SdkGenerator;
import dev.clssdk.codegen.emit.SourceTreeWriter;
import dev.clssdk.codegen.importer.ImportResult;
import dev.clssdk.codegen.importer.TencentExamples;
import dev.clssdk.codegen.importer.TencentImporter;
import dev.clssdk.codegen.importer.TencentModel;
import dev.clssdk.codegen.model.ServiceModel;
import dev.clssdk.codegen.spec.SpecException;
import dev.clssdk.codegen.spec.SpecReader;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates a service's SDK sources from an OpenAPI spec in our form ({@code spec}) or from Tencent's
 * model of the service ({@code tencentModel}, its {@code api.json}, imported first), and adds the
 * output folder to the compile source roots. Incremental: when the inputs and settings are those of
 * the last run and the output is still there, nothing is regenerated. A spec the generator cannot
 * take fails the build with the JSON pointer of the place and the rule.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractMojo {

    /** An OpenAPI spec in our form (api-spec/README.md). Exactly one of {@code spec} and {@code tencentModel}. */
    @Parameter(property = "sdk.spec")
    File spec;

    /** Tencent's model of the service ({@code <service>/<version>/api.json}), imported with every action. */
    @Parameter(property = "sdk.tencentModel")
    File tencentModel;

    /** Tencent's examples ({@code examples.json}) beside the model; optional. */
    @Parameter(property = "sdk.tencentExamples")
    File tencentExamples;

    /**
     * An overlay of curated facts (bounds, idempotency, rate limits, ...) merged into the imported
     * model. Reserved: the overlay format comes with issue 12; setting it now fails the build rather
     * than being silently ignored.
     */
    @Parameter(property = "sdk.overlay")
    File overlay;

    /** The base package of the generated code; default {@code dev.clssdk.<service>}. */
    @Parameter(property = "sdk.javaPackage")
    String javaPackage;

    /**
     * The service's Retrofit interface ({@code <javaPackage>.retrofit.<Service>Api}): {@code include}
     * (the default; compiling it needs Retrofit, and calling through it {@code dev.clssdk:sdk-retrofit}),
     * {@code exclude}, or {@code only} (the interface alone, for a module of its own that depends on
     * the service's).
     */
    @Parameter(property = "sdk.retrofit", defaultValue = "include")
    String retrofit;

    /** Where the sources go; added to the project's compile source roots. */
    @Parameter(property = "sdk.outputDirectory", defaultValue = "${project.build.directory}/generated-sources/sdk")
    File outputDirectory;

    /** Skips the goal. */
    @Parameter(property = "sdk.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("sdk-generator: skipped");
            return;
        }
        if ((spec == null) == (tencentModel == null)) {
            throw new MojoFailureException("sdk-generator: set exactly one of <spec> and <tencentModel>");
        }
        if (overlay != null) {
            throw new MojoFailureException("sdk-generator: <overlay> is reserved for the overlay format of issue 12,"
                    + " which this version does not read yet; remove it");
        }
        RetrofitInterface retrofitInterface;
        try {
            retrofitInterface = RetrofitInterface.parse(retrofit);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("sdk-generator: <retrofit>: " + e.getMessage());
        }
        project.addCompileSourceRoot(outputDirectory.getPath());
        Path out = outputDirectory.toPath();
        Path stamp = out.resolve(".sdk-generator.sha256");
        try {
            String fingerprint = fingerprint(retrofitInterface);
            if (Files.exists(stamp) && Files.readString(stamp, StandardCharsets.UTF_8).equals(fingerprint)) {
                getLog().info("sdk-generator: inputs unchanged, " + out + " is up to date");
                return;
            }
            long start = System.nanoTime();
            String specText;
            String source;
            if (spec != null) {
                specText = read(spec);
                source = spec.getPath();
            } else {
                ImportResult imported = importModel();
                specText = imported.yaml();
                source = tencentModel.getPath() + " (" + imported.actions() + " actions imported)";
                imported.notes().forEach(note -> getLog().info("sdk-generator: import note: " + note));
            }
            ServiceModel model = SpecReader.read(specText, javaPackage);
            List<JavaFile> files = SdkGenerator.generate(model, retrofitInterface);
            SourceTreeWriter.write(files, out);
            Files.writeString(stamp, fingerprint, StandardCharsets.UTF_8);
            getLog().info(String.format("sdk-generator: %s -> %d files in %s (%d ms)", source, files.size(), out,
                    (System.nanoTime() - start) / 1_000_000));
        } catch (SpecException e) {
            throw new MojoFailureException("sdk-generator: " + (spec != null ? spec : tencentModel) + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("sdk-generator: cannot import " + tencentModel + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("sdk-generator: " + e.getMessage(), e);
        }
    }

    private ImportResult importModel() throws IOException, MojoFailureException {
        TencentModel model;
        try {
            model = TencentModel.parse(read(tencentModel));
        } catch (IOException e) {
            throw new MojoFailureException("sdk-generator: " + tencentModel + " is not a Tencent model: " + e.getMessage(), e);
        }
        TencentExamples examples = tencentExamples == null ? TencentExamples.none() : TencentExamples.parse(read(tencentExamples));
        return TencentImporter.importActions(model, examples, List.of(), 1);
    }

    /** The inputs' bytes and every setting that changes the output, hashed together with the generator's version. */
    private String fingerprint(RetrofitInterface retrofitInterface) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (File f : new File[] {spec, tencentModel, tencentExamples}) {
                sha.update((f == null ? "-" : f.getName()).getBytes(StandardCharsets.UTF_8));
                if (f != null) {
                    sha.update(Files.readAllBytes(f.toPath()));
                }
                sha.update((byte) 0);
            }
            sha.update(String.valueOf(javaPackage).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(retrofitInterface.spelling().getBytes(StandardCharsets.UTF_8));
            sha.update(String.valueOf(SdkGenerator.class.getPackage().getImplementationVersion()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(File file) throws IOException {
        return Files.readString(file.toPath(), StandardCharsets.UTF_8);
    }
}

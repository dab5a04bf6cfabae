package dev.clssdk.codegen.maven;

import com.palantir.javapoet.JavaFile;
import dev.clssdk.codegen.cli.ImportTencentCommand;
import dev.clssdk.codegen.emit.RetrofitInterface;
import dev.clssdk.codegen.emit.SdkGenerator;
import dev.clssdk.codegen.emit.SourceTreeWriter;
import dev.clssdk.codegen.importer.ImportException;
import dev.clssdk.codegen.importer.TencentImport;
import dev.clssdk.codegen.model.ServiceModel;
import dev.clssdk.codegen.openapi.SpecParser;
import dev.clssdk.codegen.spec.SpecException;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates a service's SDK sources from an OpenAPI spec in our form ({@code spec}) or from Tencent's
 * model of the service ({@code tencentModel}, its {@code api.json}), and adds the output folder to the
 * compile source roots. A Tencent model goes through the same import as {@code import-tencent}
 * ({@link TencentImport}): examples, the service's error codes from Tencent's catalogue, paginators
 * by the import's rules, then the overlay; the same inputs give the same files.
 *
 * <p>The spec the sources were generated from is written to
 * {@code <specDirectory>/sdk-spec/<service>.yaml}, and {@code specDirectory} is added to the test
 * resources: a test reads it from the class path as {@code sdk-spec/<service>.yaml}, for example to
 * have the contract stub play exactly that spec.
 *
 * <p>Incremental: when the inputs and settings are those of the last run and the output is still
 * there, nothing is regenerated. A missing or unreadable input, or a spec the generator cannot take,
 * fails the build with the input's name and the reason (for a spec, the JSON pointer of the place and
 * the rule).
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
     * Tencent's error-code catalogue ({@code tencent-error-codes.json} or {@code .json.xz}); optional.
     * The service's codes become its error-code enum and exception families, as with
     * {@code import-tencent --error-codes}.
     */
    @Parameter(property = "sdk.errorCodes")
    File errorCodes;

    /**
     * A human-written overlay of the facts Tencent's model lacks (bounds, idempotency, rate limits,
     * waiters, paginators, ...), applied last, as with {@code import-tencent --overlay}; optional.
     * Only with {@code tencentModel}.
     */
    @Parameter(property = "sdk.overlay")
    File overlay;

    /** The base package of the generated code; default {@code dev.clssdk.<service>} ({@code dev.clssdk.cvm}). */
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

    /**
     * Where the spec the sources were generated from goes, as {@code sdk-spec/<service>.yaml}; added to
     * the project's test resources, so tests read it as the class path resource
     * {@code sdk-spec/<service>.yaml}.
     */
    @Parameter(property = "sdk.specDirectory", defaultValue = "${project.build.directory}/generated-test-resources/sdk-generator")
    File specDirectory;

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
        if (spec != null && (tencentExamples != null || errorCodes != null || overlay != null)) {
            throw new MojoFailureException("sdk-generator: <tencentExamples>, <errorCodes> and <overlay> go with"
                    + " <tencentModel>, whose import they complete; a <spec> is generated from as it is");
        }
        RetrofitInterface retrofitInterface;
        try {
            retrofitInterface = RetrofitInterface.parse(retrofit);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("sdk-generator: <retrofit>: " + e.getMessage());
        }
        project.addCompileSourceRoot(outputDirectory.getPath());
        Resource specResources = new Resource();
        specResources.setDirectory(specDirectory.getPath());
        project.addTestResource(specResources);
        Path out = outputDirectory.toPath();
        Path stamp = out.resolve(".sdk-generator.sha256");
        try {
            Inputs inputs = readInputs();
            String fingerprint = fingerprint(inputs.bytes(), retrofitInterface);
            if (upToDate(stamp, fingerprint)) {
                getLog().info("sdk-generator: inputs unchanged, " + out + " is up to date");
                return;
            }
            long start = System.nanoTime();
            String specText;
            String source;
            if (spec != null) {
                specText = inputs.specText();
                source = spec.getPath();
            } else {
                TencentImport.Imported imported = TencentImport.run(inputs.tencent(), List.of(), 1);
                specText = imported.yaml();
                source = String.format("%s (%d actions, %d service error codes, %d paginators: %s%s)", tencentModel.getPath(),
                        imported.imported().actions(), imported.report().serviceErrors(), imported.report().paginators().size(),
                        ImportTencentCommand.pagingKinds(imported.report()), overlay == null ? "" : ", overlay " + overlay.getName());
                imported.imported().notes().forEach(note -> getLog().info("sdk-generator: import note: " + note));
            }
            ServiceModel model = SpecParser.read(specText, javaPackage);
            List<JavaFile> files = SdkGenerator.generate(model, retrofitInterface);
            SourceTreeWriter.write(files, out);
            Path specFile = specDirectory.toPath().resolve("sdk-spec").resolve(model.service() + ".yaml");
            Files.createDirectories(specFile.getParent());
            Files.writeString(specFile, specText, StandardCharsets.UTF_8);
            Files.writeString(stamp, fingerprint + "\n" + specFile.toAbsolutePath() + "\n", StandardCharsets.UTF_8);
            getLog().info(String.format("sdk-generator: %s -> %d files in %s, spec in %s (%d ms)", source, files.size(), out,
                    specFile, (System.nanoTime() - start) / 1_000_000));
        } catch (ImportException e) {
            throw new MojoFailureException("sdk-generator: " + e.getMessage(), e);
        } catch (SpecException e) {
            throw new MojoFailureException("sdk-generator: " + (spec != null ? spec : tencentModel) + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("sdk-generator: cannot write the generated files: " + e, e);
        }
    }

    /** Every input read once (a missing or unreadable one named with the reason), and their bytes for the fingerprint. */
    private record Inputs(String specText, TencentImport.Inputs tencent, List<String> bytes) {}

    private Inputs readInputs() throws ImportException {
        if (spec != null) {
            String text = TencentImport.text(spec.toPath(), "the spec " + spec, "an OpenAPI spec (YAML)");
            return new Inputs(text, null, List.of("spec", text));
        }
        List<String> bytes = new java.util.ArrayList<>();
        for (File f : new File[] {tencentModel, tencentExamples, errorCodes, overlay}) {
            bytes.add(f == null ? "-" : f.getName());
        }
        TencentImport.Inputs tencent = TencentImport.read(tencentModel.toPath(), path(tencentExamples), path(errorCodes),
                path(overlay));
        // Read again only for the fingerprint: read() has checked each file, so a failure here is a race.
        for (File f : new File[] {tencentModel, tencentExamples, errorCodes, overlay}) {
            if (f != null) {
                try {
                    bytes.add(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f.toPath()))));
                } catch (IOException | NoSuchAlgorithmException e) {
                    throw new ImportException(f + " cannot be read: " + e, e);
                }
            }
        }
        return new Inputs(null, tencent, bytes);
    }

    private static Path path(File file) {
        return file == null ? null : file.toPath();
    }

    /** Up to date when the stamp has this fingerprint and the spec file it names is still there. */
    private static boolean upToDate(Path stamp, String fingerprint) throws IOException {
        if (!Files.exists(stamp)) {
            return false;
        }
        List<String> lines = Files.readAllLines(stamp, StandardCharsets.UTF_8);
        return lines.size() == 2 && lines.get(0).equals(fingerprint) && Files.exists(Path.of(lines.get(1)));
    }

    /** The inputs' bytes and every setting that changes the output, hashed together with the generator's version. */
    private String fingerprint(List<String> inputs, RetrofitInterface retrofitInterface) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String input : inputs) {
                sha.update(input.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            sha.update(String.valueOf(javaPackage).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(retrofitInterface.spelling().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(specDirectory.getAbsolutePath().getBytes(StandardCharsets.UTF_8));
            sha.update(String.valueOf(SdkGenerator.class.getPackage().getImplementationVersion()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

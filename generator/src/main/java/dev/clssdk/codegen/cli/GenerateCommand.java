package dev.clssdk.codegen.cli;

import com.palantir.javapoet.JavaFile;
import dev.clssdk.codegen.emit.RetrofitInterface;
import dev.clssdk.codegen.emit.SdkGenerator;
import dev.clssdk.codegen.emit.SourceTreeWriter;
import dev.clssdk.codegen.model.ServiceModel;
import dev.clssdk.codegen.spec.BundledSpec;
import dev.clssdk.codegen.spec.SpecException;
import dev.clssdk.codegen.openapi.SpecParser;
import dev.clssdk.codegen.spec.SpecSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code generate --spec FILE --out DIR}: spec to Java sources, with a one-line summary. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generates Java sources from a spec (default: the bundled CLS spec).")
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--spec", description = "The OpenAPI file, or classpath:RESOURCE. Default: the current"
            + " revision bundled in the api-spec jar (see api-spec/README.md, \"Revisions\").")
    String spec;

    @Option(names = "--out", required = true, description = "The output directory; replaced as a whole.")
    Path out;

    @Option(names = "--package", description = "Base Java package. Default: dev.clssdk.<service>.")
    String javaPackage;

    @Option(names = "--retrofit", paramLabel = "include|exclude|only", description = "The service's Retrofit"
            + " interface (<package>.retrofit.<Service>Api): include (default; compiling it needs Retrofit, using it"
            + " dev.clssdk:sdk-retrofit), exclude, or only (the interface alone, for a module of its own).")
    String retrofit;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() throws IOException {
        return generate(spec, out, javaPackage, retrofit, command.commandLine().getOut(), command.commandLine().getErr());
    }

    /** The command once its options are known: {@code spec}, {@code javaPackage} and {@code retrofit} may be null. */
    static int generate(String spec, Path out, String javaPackage, String retrofit, PrintWriter stdout, PrintWriter err)
            throws IOException {
        long start = System.nanoTime();
        RetrofitInterface retrofitInterface;
        try {
            retrofitInterface = retrofit == null ? RetrofitInterface.INCLUDE : RetrofitInterface.parse(retrofit);
        } catch (IllegalArgumentException e) {
            err.println("error: --retrofit: " + e.getMessage());
            return picocli.CommandLine.ExitCode.USAGE; // a constant: the shortcut loads no picocli class
        }
        if (spec == null) {
            spec = "classpath:" + BundledSpec.currentResource();
        }
        ServiceModel service;
        try {
            service = SpecParser.read(SpecSource.read(spec), javaPackage);
        } catch (IOException e) {
            err.println("error: cannot read the spec " + spec + ": " + e);
            return GeneratorCli.EXIT_SPEC_ERROR;
        } catch (SpecException e) {
            err.println("error: the spec " + spec + " cannot be generated: at " + e.pointer() + ": " + e.rule());
            return GeneratorCli.EXIT_SPEC_ERROR;
        }
        List<JavaFile> files = SdkGenerator.generate(service, retrofitInterface);
        SourceTreeWriter.write(files, out);
        long millis = (System.nanoTime() - start) / 1_000_000;
        stdout.printf("sdk-generator: %d operations, %d types, %d files in %d ms -> %s%n",
                service.operations().size(), service.shapes().size() + service.enums().size(), files.size(), millis, out);
        return 0;
    }
}

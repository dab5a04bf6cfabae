package dev.clssdk.codegen.cli;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code generate --spec FILE --out DIR [--package PKG] [--retrofit include|exclude|only]} run without picocli's model of the whole
 * command line. picocli's jar is compiled for Java 5, and the JVM keeps no class of that age in the
 * launcher's class-data archive, so building that model loads and verifies some 170 classes on every
 * run (measured in generator/README.md). Only that plain form is taken here, and it means what it means
 * to picocli; anything else (help, the other commands, {@code --option=value}, an {@code @file}, a
 * repeated or unknown option, a value starting with {@code -} or {@code @}, a picocli system property)
 * goes to picocli, with its usual meaning and messages.
 */
final class GenerateShortcut {

    private static final Set<String> OPTIONS = Set.of("--spec", "--out", "--package", "--retrofit");

    private final String spec;
    private final Path out;
    private final String javaPackage;
    private final String retrofit;

    private GenerateShortcut(String spec, Path out, String javaPackage, String retrofit) {
        this.spec = spec;
        this.out = out;
        this.javaPackage = javaPackage;
        this.retrofit = retrofit;
    }

    /** The command, if the arguments are the plain form of {@code generate}. */
    static Optional<GenerateShortcut> parse(String... args) {
        if (args.length < 3 || args.length % 2 == 0 || !args[0].equals("generate")
                || System.getProperties().stringPropertyNames().stream().anyMatch(p -> p.startsWith("picocli."))) {
            return Optional.empty();
        }
        Map<String, String> values = new HashMap<>();
        for (int i = 1; i < args.length; i += 2) {
            String value = args[i + 1];
            if (!OPTIONS.contains(args[i]) || value.startsWith("-") || value.startsWith("@")
                    || values.put(args[i], value) != null) {
                return Optional.empty();
            }
        }
        if (!values.containsKey("--out")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new GenerateShortcut(values.get("--spec"), Path.of(values.get("--out")),
                    values.get("--package"), values.get("--retrofit")));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** Runs it with picocli's standard output and error writers. */
    int run() {
        return run(writer(System.out, "sun.stdout.encoding"), writer(System.err, "sun.stderr.encoding"));
    }

    int run(PrintWriter stdout, PrintWriter err) {
        try {
            return GenerateCommand.generate(spec, out, javaPackage, retrofit, stdout, err);
        } catch (Exception e) {
            // Reported, and given an exit code, by picocli, as a failure inside the command would be.
            return new CommandLine(new Failure(e)).setOut(stdout).setErr(err).execute();
        } finally {
            stdout.flush();
            err.flush();
        }
    }

    /** The writer picocli makes for a standard stream. */
    private static PrintWriter writer(OutputStream stream, String encodingProperty) {
        String encoding = System.getProperty(encodingProperty);
        Charset charset;
        try {
            charset = encoding == null ? Charset.defaultCharset()
                    : Charset.forName(encoding.equalsIgnoreCase("cp65001") ? "UTF-8" : encoding);
        } catch (IllegalArgumentException unknown) {
            charset = Charset.defaultCharset();
        }
        return new PrintWriter(new BufferedWriter(new OutputStreamWriter(stream, charset)), true);
    }

    @Command(name = "generate")
    private static final class Failure implements Callable<Integer> {
        private final Exception failure;

        Failure(Exception failure) {
            this.failure = failure;
        }

        @Override
        public Integer call() throws Exception {
            throw failure;
        }
    }
}

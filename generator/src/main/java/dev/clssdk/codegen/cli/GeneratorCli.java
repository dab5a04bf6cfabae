package dev.clssdk.codegen.cli;

import dev.clssdk.codegen.diff.DiffCommand;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The generator's command line: {@code generate}, {@code diff} and {@code import-tencent}. */
@Command(name = "sdk-generator",
        mixinStandardHelpOptions = true,
        description = "Generates the CLS Java SDK from its OpenAPI spec.",
        subcommands = {GenerateCommand.class, DiffCommand.class, ImportTencentCommand.class})
public final class GeneratorCli {

    /** Exit code for a spec the generator cannot turn into code. */
    public static final int EXIT_SPEC_ERROR = 2;

    public static void main(String[] args) {
        int code = GenerateShortcut.parse(args).map(GenerateShortcut::run).orElseGet(() -> run(args));
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Runs a command and returns its exit code, without exiting the JVM (for tests and the build). */
    public static int run(String... args) {
        return new CommandLine(new GeneratorCli()).execute(args);
    }

    /** Runs a command with its output and errors going to the given writers. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return new CommandLine(new GeneratorCli()).setOut(out).setErr(err).execute(args);
    }
}

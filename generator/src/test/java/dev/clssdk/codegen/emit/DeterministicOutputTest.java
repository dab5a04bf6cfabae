package dev.clssdk.codegen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clssdk.codegen.Fixtures;
import dev.clssdk.codegen.cli.GeneratorCli;
import dev.clssdk.codegen.model.ServiceModel;
import dev.clssdk.codegen.openapi.SpecParser;
import dev.clssdk.codegen.spec.BundledSpec;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same spec gives the same bytes, file for file. */
class DeterministicOutputTest {

    @Test
    void twoRunsOnTheSameSpecWriteIdenticalTrees(@TempDir Path dir) throws IOException {
        Path spec = dir.resolve("spec.yaml");
        Files.writeString(spec, Fixtures.resource(Fixtures.BUNDLED_SPEC));
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        StringWriter out = new StringWriter();
        assertThat(GeneratorCli.run(new PrintWriter(out), new PrintWriter(new StringWriter()),
                "generate", "--spec", spec.toString(), "--out", first.toString())).isZero();
        assertThat(GeneratorCli.run(new PrintWriter(out), new PrintWriter(new StringWriter()),
                "generate", "--spec", spec.toString(), "--out", second.toString())).isZero();
        Map<String, String> a = Fixtures.readTree(first);
        assertThat(a).isNotEmpty().isEqualTo(Fixtures.readTree(second));
    }

    @Test
    void summaryLineCountsOperationsTypesAndFiles(@TempDir Path dir) throws IOException {
        StringWriter out = new StringWriter();
        int code = GeneratorCli.run(new PrintWriter(out, true), new PrintWriter(new StringWriter()),
                "generate", "--out", dir.resolve("out").toString());
        assertThat(code).isZero();
        // The bundled current revision, counted from its model rather than written down here.
        ServiceModel model = SpecParser.model("classpath:" + BundledSpec.currentResource());
        int files = SdkGenerator.generate(model).size();
        assertThat(out.toString()).matches("(?s)sdk-generator: " + model.operations().size() + " operations, "
                + (model.shapes().size() + model.enums().size()) + " types, " + files + " files in \\d+ ms -> .*\\R");
    }
}

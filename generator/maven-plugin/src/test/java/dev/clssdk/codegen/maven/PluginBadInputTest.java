package dev.clssdk.codegen.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bad input fails the build with a message that names the input and says what is wrong and why,
 * never a bare exception class or an internal reference, and nothing is written.
 */
class PluginBadInputTest {

    private static final Path STS = Path.of("..", "..", "conformance-tests", "stub", "src", "test", "resources",
            "tencent-sts", "api.json.gz");

    @Test
    void aMissingModel(@TempDir Path dir) {
        GenerateMojo mojo = mojo(dir, dir.resolve("services/sts/api.json"));

        assertThat(failure(mojo)).startsWith("sdk-generator: the Tencent model ").contains("api.json does not exist");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aFolderGivenForTheModel(@TempDir Path dir) {
        assertThat(failure(mojo(dir, dir))).contains("is a folder, not a file");
    }

    @Test
    void aModelThatIsNotJson(@TempDir Path dir) throws IOException {
        Path model = Files.writeString(dir.resolve("api.json"), "<html>not found</html>");

        assertThat(failure(mojo(dir, model))).contains("is not a Tencent API model (tencentcloud-cli's api.json)");
    }

    @Test
    void aCompressedModel(@TempDir Path dir) throws IOException {
        Path model = Files.copy(STS, dir.resolve("api.json"));

        assertThat(failure(mojo(dir, model))).contains("is not UTF-8 text");
    }

    @Test
    void anErrorCodeCatalogueThatIsNotXz(@TempDir Path dir) throws IOException {
        GenerateMojo mojo = mojo(dir, sts(dir));
        mojo.errorCodes = Files.writeString(dir.resolve("codes.json.xz"), "{}").toFile();

        assertThat(failure(mojo)).contains("the error-code catalogue ").contains("is not a valid xz file");
    }

    @Test
    void anOverlayThatNoLongerMatchesTheModel(@TempDir Path dir) throws IOException {
        GenerateMojo mojo = mojo(dir, sts(dir));
        mojo.overlay = Files.writeString(dir.resolve("sts.overlay.yaml"),
                "components:\n  schemas:\n    GetFederationTokenRequest:\n      properties:\n        Colour:\n          maxLength: 3\n")
                .toFile();

        assertThat(failure(mojo)).contains("the overlay ").contains("does not apply to the import of")
                .contains("/components/schemas/GetFederationTokenRequest/properties/Colour");
    }

    @Test
    void anOverlayWithoutATencentModel(@TempDir Path dir) throws IOException {
        GenerateMojo mojo = mojo(dir, sts(dir));
        mojo.spec = mojo.tencentModel;
        mojo.tencentModel = null;
        mojo.overlay = dir.resolve("o.yaml").toFile();

        assertThat(failure(mojo)).contains("go with <tencentModel>");
    }

    private static String failure(GenerateMojo mojo) {
        MojoFailureException e = catchThrowableOfType(MojoFailureException.class, mojo::execute);
        assertThat(e).as("the build fails").isNotNull();
        assertThat(e.getMessage()).doesNotContain("NoSuchFileException").doesNotContainPattern("issue \\d");
        return e.getMessage();
    }

    private static Path sts(Path dir) throws IOException {
        Path model = dir.resolve("api.json");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(STS))) {
            Files.copy(in, model);
        }
        return model;
    }

    private static GenerateMojo mojo(Path dir, Path model) {
        GenerateMojo mojo = new GenerateMojo();
        mojo.tencentModel = model.toFile();
        mojo.retrofit = "include";
        mojo.outputDirectory = dir.resolve("out/src").toFile();
        mojo.specDirectory = dir.resolve("out/spec").toFile();
        mojo.project = new MavenProject();
        return mojo;
    }
}

package dev.clssdk.codegen.naming;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import dev.clssdk.codegen.Fixtures;
import dev.clssdk.codegen.emit.SdkGenerator;
import dev.clssdk.codegen.importer.ImportCompletion;
import dev.clssdk.codegen.importer.TencentErrorCodes;
import dev.clssdk.codegen.importer.TencentExamples;
import dev.clssdk.codegen.importer.TencentImporter;
import dev.clssdk.codegen.importer.TencentModel;
import dev.clssdk.codegen.openapi.SpecParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One golden case per naming rule (the table in generator/README.md, "Naming rules"): a tiny
 * Tencent model under {@code src/test/resources/naming/<case>/api.json} (with its error codes from
 * {@code error-codes.json} beside it, where there is one), imported and generated; the
 * files named in {@code golden-files.txt} are compared byte for byte with {@code expected/}. Rewrite
 * them with {@code -Dgolden.update=true} and review the diff.
 */
class NamingRulesGoldenTest {

    private static final Path CASES = Path.of("src", "test", "resources", "naming");

    @ParameterizedTest
    @ValueSource(strings = {"member-keyword", "member-object-method", "member-illegal-characters", "member-case-collision",
            "member-escape-collision", "member-presence-collision", "type-java-lang", "type-case-collision",
            "importer-reserved-name", "importer-unmapped-type", "action-async-collision", "importer-deprecated-offline",
            "error-code-collision"})
    void generatedFilesOfTheCaseMatchTheirGoldenFilesExactly(String name) throws IOException {
        Path dir = CASES.resolve(name);
        TencentModel model = TencentModel.parse(Files.readString(dir.resolve("api.json"), StandardCharsets.UTF_8));
        String spec = TencentImporter.importActions(model, TencentExamples.none(), List.of(), 1).yaml();
        Path errorCodes = dir.resolve("error-codes.json");
        if (Files.exists(errorCodes)) {
            spec = ImportCompletion.complete(spec, model, model.actions().keySet(), TencentErrorCodes.read(errorCodes), null).yaml();
        }
        Map<String, JavaFile> files = SdkGenerator.generate(SpecParser.read(spec, null)).stream()
                .collect(Collectors.toMap(f -> Fixtures.relativePath(f).substring("dev/clssdk/".length()), Function.identity()));
        List<String> wanted = Files.readAllLines(dir.resolve("golden-files.txt"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
        for (String path : wanted) {
            assertThat(files).as("case %s generates %s; it generates %s", name, path, files.keySet()).containsKey(path);
            Path golden = dir.resolve("expected").resolve(path);
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(golden.getParent());
                Files.writeString(golden, files.get(path).toString(), StandardCharsets.UTF_8);
            }
            assertThat(golden).as("golden file (run with -Dgolden.update=true to create it)").exists();
            assertThat(files.get(path).toString()).as("case %s: %s", name, path)
                    .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        }
    }
}

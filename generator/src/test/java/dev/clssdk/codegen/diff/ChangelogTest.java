package dev.clssdk.codegen.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clssdk.codegen.model.ServiceModel;
import dev.clssdk.codegen.openapi.SpecParser;
import dev.clssdk.codegen.spec.BundledSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The newest CHANGELOG entry is exactly what {@code generator diff --format markdown} says. */
class ChangelogTest {

    private static final String PREVIOUS = "classpath:" + BundledSpec.baselineResource();

    @Test
    void newestChangelogEntryIsTheSpecDiffFromThePreviousToTheCurrentRevision() throws Exception {
        String changelog = Files.readString(Path.of("..", "CHANGELOG.md"), StandardCharsets.UTF_8);
        Matcher heading = Pattern.compile("(?m)^## (\\S+) ").matcher(changelog);
        assertThat(heading.find()).as("CHANGELOG.md has an entry").isTrue();
        String release = heading.group(1);

        String current = "classpath:" + BundledSpec.currentResource();
        ServiceModel oldModel = SpecParser.model(PREVIOUS);
        ServiceModel newModel = SpecParser.model(current);
        DiffReport diff = SpecDiff.compare(oldModel, newModel,
                DiffCommand.label(PREVIOUS, oldModel), DiffCommand.label(current, newModel));
        String expected = DiffReportWriter.changelogEntry(diff, release, newModel);

        int start = heading.start();
        int next = changelog.indexOf("\n## ", start + 1);
        String entry = changelog.substring(start, next < 0 ? changelog.length() : next + 1);
        // An entry may end with a hand-written "### Other" section for changes that do not come from the spec.
        int other = entry.indexOf("\n### Other\n");
        entry = other < 0 ? entry : entry.substring(0, other + 1);
        assertThat(entry.stripTrailing()).isEqualTo(expected.stripTrailing());
    }
}

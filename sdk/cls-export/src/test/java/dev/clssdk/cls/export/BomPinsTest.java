package dev.clssdk.cls.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The BOM (which has no parent) pins cls-export and the Commons Compress version it is built and tested with. */
class BomPinsTest {

    private static String property(Path pom, String name) throws Exception {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(Files.readString(pom));
        return m.find() ? m.group(1).trim() : null;
    }

    @Test
    void bomPinsCommonsCompressAtTheBuildsVersionAndNamesTheModule() throws Exception {
        Path root = Path.of("..", "..", "pom.xml");
        Path bom = Path.of("..", "bom", "pom.xml");
        assertThat(property(bom, "commons-compress.version")).isNotBlank().isEqualTo(property(root, "commons-compress.version"));
        assertThat(Files.readString(bom)).contains("<artifactId>cls-export</artifactId>");
    }
}

package dev.clssdk.codegen.spec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a spec comes from: a file, or {@code classpath:cls/...} for the revisions bundled in the api-spec jar. */
public final class SpecSource {

    private static final String CLASSPATH = "classpath:";

    private SpecSource() {}

    public static String read(String location) throws IOException {
        if (location.startsWith(CLASSPATH)) {
            String resource = location.substring(CLASSPATH.length());
            try (InputStream in = SpecSource.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException("no resource " + resource + " on the classpath");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        return Files.readString(Path.of(location), StandardCharsets.UTF_8);
    }
}

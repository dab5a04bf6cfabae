package dev.clssdk.stub;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The spec fixtures in the stub's test resources. */
final class SpecFixtures {

    /** Two actions of another service: {@code x-tc-service: sts}, API version 2018-08-13. */
    static final String STS = "sts-fixture.yaml";
    /** Output shapes that exercise synthesis, and an example that does not fit its shape. */
    static final String SYNTHESIS = "synthesis-fixture.yaml";

    private SpecFixtures() {
    }

    static String text(String resource) {
        try (InputStream in = SpecFixtures.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

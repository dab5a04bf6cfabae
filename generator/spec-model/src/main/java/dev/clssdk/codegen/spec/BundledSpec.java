package dev.clssdk.codegen.spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The spec revisions packaged in the api-spec jar, and which one is current (the one the SDK is
 * built from), as recorded in its {@code cls/current.properties}.
 */
public final class BundledSpec {

    private static final String CURRENT_PROPERTIES = "cls/current.properties";

    private BundledSpec() {}

    /** The classpath resource name of the current revision, for example {@code cls/cls-2020-10-16-r2.yaml}. */
    public static String currentResource() {
        return property("spec", "the current spec");
    }

    /** The classpath resource name of the baseline revision: the one the last release was built from. */
    public static String baselineResource() {
        return property("baseline", "the baseline spec");
    }

    private static String property(String key, String what) {
        Properties properties = new Properties();
        try (InputStream in = resourceStream(CURRENT_PROPERTIES)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String spec = properties.getProperty(key);
        if (spec == null || spec.isBlank() || spec.contains("${")) {
            throw new IllegalStateException(CURRENT_PROPERTIES + " does not name " + what);
        }
        return spec.strip();
    }

    private static InputStream resourceStream(String resource) throws IOException {
        InputStream in = BundledSpec.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("no resource " + resource + " on the classpath (is cls-api-spec there?)");
        }
        return in;
    }
}

package dev.clssdk.codegen.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/** Tencent's CLS model and examples, parsed once per JVM (src/test/resources/importer/tencent). */
public final class TencentFixtures {

    private static TencentModel model;
    private static TencentExamples examples;

    private TencentFixtures() {}

    static synchronized TencentModel model() {
        if (model == null) {
            try {
                model = TencentModel.parse(gunzip("api.json.gz"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return model;
    }

    static synchronized TencentExamples examples() {
        if (examples == null) {
            try {
                examples = TencentExamples.parse(gunzip("examples.json.gz"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return examples;
    }

    public static String gunzip(String name) throws IOException {
        try (InputStream in = new GZIPInputStream(TencentFixtures.class.getResourceAsStream("/importer/tencent/" + name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

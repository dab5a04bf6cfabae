package dev.clssdk.codegen.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tukaani.xz.XZInputStream;

/**
 * Each service version's error codes, as Tencent's official SDK declares them in its
 * {@code <Service>ErrorCode} enums: {@code {"cls": {"v20201016": [{"code", "description"}, ...]}}}.
 * Tencent's API models carry no error codes, so this is the import's source of a service's
 * error-code enum; the codes are service-wide, not per action (per-action lists stay overlay facts).
 */
public final class TencentErrorCodes {
    /** One code. */
    public record ErrorCode(String code, String description) {}

    private final Map<String, Map<String, List<ErrorCode>>> byService;

    private TencentErrorCodes(Map<String, Map<String, List<ErrorCode>>> byService) {
        this.byService = byService;
    }

    /**
     * Reads the catalogue from a {@code .json} or {@code .json.xz} file.
     *
     * @param file the file
     * @return the catalogue
     * @throws IOException if it cannot be read or is not the expected shape
     */
    public static TencentErrorCodes read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (file.getFileName().toString().endsWith(".xz")) {
            try (InputStream in = new XZInputStream(new ByteArrayInputStream(bytes))) {
                bytes = in.readAllBytes();
            }
        }
        return parse(new String(bytes, StandardCharsets.UTF_8));
    }

    /**
     * Parses the catalogue.
     *
     * @param json the JSON text
     * @return the catalogue
     * @throws IOException if it is not the expected shape
     */
    public static TencentErrorCodes parse(String json) throws IOException {
        if (!(JsonTree.parse(json) instanceof Map<?, ?> root)) {
            throw new IOException("the error-code catalogue must be a JSON object");
        }
        Map<String, Map<String, List<ErrorCode>>> services = new LinkedHashMap<>();
        for (Map.Entry<?, ?> service : root.entrySet()) {
            if (!(service.getValue() instanceof Map<?, ?> versions)) {
                throw new IOException("error codes of " + service.getKey() + ": expected an object of versions");
            }
            Map<String, List<ErrorCode>> byVersion = new LinkedHashMap<>();
            for (Map.Entry<?, ?> version : versions.entrySet()) {
                if (!(version.getValue() instanceof List<?> entries)) {
                    throw new IOException("error codes of " + service.getKey() + " " + version.getKey() + ": expected a list");
                }
                List<ErrorCode> codes = new ArrayList<>();
                for (Object entry : entries) {
                    if (!(entry instanceof Map<?, ?> item) || !(item.get("code") instanceof String code) || code.isBlank()) {
                        throw new IOException("error codes of " + service.getKey() + " " + version.getKey()
                                + ": every entry needs a code");
                    }
                    Object description = item.get("description");
                    codes.add(new ErrorCode(code, description instanceof String text ? text : ""));
                }
                byVersion.put(String.valueOf(version.getKey()), List.copyOf(codes));
            }
            services.put(String.valueOf(service.getKey()), byVersion);
        }
        return new TencentErrorCodes(services);
    }

    /**
     * The codes of one service version.
     *
     * @param service the service name, for example {@code cls}
     * @param apiVersion the API version as {@code X-TC-Version} writes it, for example {@code 2020-10-16}
     * @return the codes, empty if the catalogue does not list that version
     */
    public List<ErrorCode> codes(String service, String apiVersion) {
        Map<String, List<ErrorCode>> versions = byService.getOrDefault(service, Map.of());
        return versions.getOrDefault("v" + apiVersion.replace("-", ""), List.of());
    }
}

package dev.clssdk.stub;

import dev.clssdk.codegen.importer.TencentExamples;
import dev.clssdk.codegen.importer.TencentImporter;
import dev.clssdk.codegen.importer.TencentModel;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * Specs for the stub straight from Tencent's published models ({@code api.json} with its
 * {@code examples.json}), turned into our spec form by the generator's own importer
 * ({@link TencentImporter#importActions}): from a folder holding one model or many (laid out
 * {@code <service>/<version>/api.json}, plain or {@code .gz}) or from a tarball of such a folder
 * ({@code .tar}, {@code .tar.gz}/{@code .tgz}, {@code .tar.xz}/{@code .txz}, as
 * {@code tencent-models.tar.xz} ships). Each {@link Imported#spec()} goes to
 * {@link ContractStub.Builder#spec(String)}.
 */
public final class TencentModels {

    /** One imported model: its service, API version and the spec text the stub plays. */
    public record Imported(String service, String apiVersion, String spec) {}

    private TencentModels() {
    }

    /**
     * Imports every model under {@code source} whose service is in {@code services} (every one
     * when empty). A model the importer cannot take is skipped with a note naming it and why.
     *
     * @throws IOException if the source cannot be read, or it holds no model of the services asked for
     */
    public static List<Imported> read(Path source, Set<String> services, Consumer<String> notes) throws IOException {
        if (!Files.exists(source)) {
            throw new IOException(source + " does not exist (expected a models folder or a .tar/.tar.gz/.tar.xz of one)");
        }
        Map<String, byte[][]> models = Files.isDirectory(source) ? fromFolder(source) : fromTarball(source);
        List<Imported> imported = new ArrayList<>();
        for (Map.Entry<String, byte[][]> model : models.entrySet()) {
            byte[] api = model.getValue()[0];
            byte[] examples = model.getValue()[1];
            if (api == null) {
                continue;
            }
            TencentModel parsed;
            try {
                parsed = TencentModel.parse(new String(api, StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException e) {
                notes.accept("skipped " + model.getKey() + ": its api.json does not read as a Tencent model: " + e.getMessage());
                continue;
            }
            if (!services.isEmpty() && !services.contains(parsed.service())) {
                continue;
            }
            try {
                TencentExamples parsedExamples = examples == null ? TencentExamples.none()
                        : TencentExamples.parse(new String(examples, StandardCharsets.UTF_8));
                String spec = TencentImporter.importActions(parsed, parsedExamples, List.of(), 1).yaml();
                imported.add(new Imported(parsed.service(), parsed.apiVersion(), spec));
            } catch (IOException | RuntimeException e) {
                notes.accept("skipped " + parsed.service() + " " + parsed.apiVersion() + ": " + e.getMessage());
            }
        }
        if (imported.isEmpty()) {
            throw new IOException(source + " holds no model" + (services.isEmpty() ? "" : " of " + services)
                    + " that imports (api.json, or api.json.gz, per model folder)");
        }
        return imported;
    }

    /** Model folder to {api.json, examples.json} bytes, either possibly missing. */
    private static Map<String, byte[][]> fromFolder(Path root) throws IOException {
        Map<String, byte[][]> models = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root, 4)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                int slot = slot(file.getFileName().toString());
                if (slot >= 0) {
                    byte[] bytes = Files.readAllBytes(file);
                    Path parent = root.relativize(file).getParent();
                    models.computeIfAbsent(parent == null ? "." : parent.toString(), k -> new byte[2][])[slot] =
                            file.getFileName().toString().endsWith(".gz") ? gunzip(bytes) : bytes;
                }
            }
        }
        return models;
    }

    private static Map<String, byte[][]> fromTarball(Path tarball) throws IOException {
        String name = tarball.getFileName().toString().toLowerCase(Locale.ROOT);
        Map<String, byte[][]> models = new TreeMap<>();
        try (InputStream file = new BufferedInputStream(Files.newInputStream(tarball));
                InputStream decompressed = name.endsWith(".xz") || name.endsWith(".txz") ? new XZInputStream(file)
                        : name.endsWith(".gz") || name.endsWith(".tgz") ? new GZIPInputStream(file)
                        : name.endsWith(".tar") ? file : null) {
            if (decompressed == null) {
                throw new IOException(tarball + " is not a folder, .tar, .tar.gz, .tgz, .tar.xz or .txz");
            }
            TarArchiveInputStream tar = new TarArchiveInputStream(decompressed);
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                if (!entry.isFile()) {
                    continue;
                }
                String path = entry.getName();
                int cut = path.lastIndexOf('/');
                int slot = slot(path.substring(cut + 1));
                if (slot >= 0) {
                    byte[] bytes = tar.readAllBytes();
                    models.computeIfAbsent(cut < 0 ? "." : path.substring(0, cut), k -> new byte[2][])[slot] =
                            path.endsWith(".gz") ? gunzip(bytes) : bytes;
                }
            }
        }
        return models;
    }

    private static int slot(String fileName) {
        return switch (fileName) {
            case "api.json", "api.json.gz" -> 0;
            case "examples.json", "examples.json.gz" -> 1;
            default -> -1;
        };
    }

    private static byte[] gunzip(byte[] bytes) throws IOException {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }
}

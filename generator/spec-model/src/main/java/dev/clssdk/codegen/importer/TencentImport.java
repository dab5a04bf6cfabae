package dev.clssdk.codegen.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.TreeSet;
import org.tukaani.xz.XZInputStream;

/**
 * The one import of a Tencent service, run by both {@code import-tencent} and the Maven plugin's
 * {@code generate} goal, so that the same inputs give the same spec: Tencent's model of the service
 * ({@code api.json}) imported ({@link TencentImporter}) with its examples, then completed
 * ({@link ImportCompletion}) with the service's error codes from Tencent's catalogue, paginators by
 * the import's rules, and last the human-written {@link Overlay}.
 *
 * <p>Every input is read here, and whatever is wrong with one (missing, a folder, unreadable, not
 * UTF-8, not the expected kind of file, an overlay entry that no longer matches the model) is an
 * {@link ImportException} naming the input and the reason.
 */
public final class TencentImport {

    /**
     * The inputs of one import, read.
     *
     * @param model      Tencent's model
     * @param examples   Tencent's examples ({@link TencentExamples#none()} when there are none)
     * @param errorCodes the error-code catalogue, or {@code null}
     * @param overlay    the overlay, or {@code null}
     * @param names      how each input is named in messages: the model's, then the overlay's
     */
    public record Inputs(TencentModel model, TencentExamples examples, TencentErrorCodes errorCodes, Overlay overlay,
            Sources sources) {}

    /**
     * How the inputs are named in messages (usually their paths).
     *
     * @param model   the model's name
     * @param overlay the overlay's name, or {@code null}
     */
    public record Sources(String model, String overlay) {}

    /**
     * What an import produced.
     *
     * @param yaml     the spec
     * @param imported the importer's result (counts, prose hints, notes)
     * @param report   what the completion did (error codes, paginators, actions declined)
     */
    public record Imported(String yaml, ImportResult imported, ImportCompletion.Report report) {}

    private TencentImport() {
    }

    /**
     * Reads the inputs from files.
     *
     * @param model      Tencent's {@code api.json}
     * @param examples   Tencent's {@code examples.json}, or {@code null}
     * @param errorCodes the error-code catalogue ({@code .json} or {@code .json.xz}), or {@code null}
     * @param overlay    the overlay, or {@code null}
     * @return the inputs
     * @throws ImportException naming the input that cannot be read or is not what it should be, and why
     */
    public static Inputs read(Path model, Path examples, Path errorCodes, Path overlay) throws ImportException {
        String modelName = "the Tencent model " + model;
        TencentModel tencent;
        try {
            tencent = TencentModel.parse(text(model, modelName, "tencentcloud-cli's api.json of one service version"));
        } catch (IOException e) {
            throw new ImportException(modelName + " is not a Tencent API model (tencentcloud-cli's api.json): "
                    + e.getMessage(), e);
        }
        TencentExamples tencentExamples = TencentExamples.none();
        if (examples != null) {
            String name = "the Tencent examples " + examples;
            try {
                tencentExamples = TencentExamples.parse(text(examples, name, "tencentcloud-cli's examples.json"));
            } catch (IOException e) {
                throw new ImportException(name + " are not Tencent's examples (tencentcloud-cli's examples.json): "
                        + e.getMessage(), e);
            }
        }
        TencentErrorCodes codes = null;
        if (errorCodes != null) {
            String name = "the error-code catalogue " + errorCodes;
            byte[] bytes = bytes(errorCodes, name, "a .json or .json.xz file");
            if (errorCodes.getFileName().toString().endsWith(".xz")) {
                try (InputStream in = new XZInputStream(new ByteArrayInputStream(bytes))) {
                    bytes = in.readAllBytes();
                } catch (IOException e) {
                    throw new ImportException(name + " is not a valid xz file: " + e.getMessage(), e);
                }
            }
            try {
                codes = TencentErrorCodes.parse(utf8(bytes, name));
            } catch (IOException e) {
                throw new ImportException(name + " is not an error-code catalogue"
                        + " ({\"<service>\": {\"v<version>\": [{\"code\", \"description\"}, ...]}}): " + e.getMessage(), e);
            }
        }
        Overlay parsedOverlay = null;
        if (overlay != null) {
            String name = "the overlay " + overlay;
            try {
                parsedOverlay = Overlay.parse(text(overlay, name, "a YAML overlay (api-spec/README.md, \"Overlays\")"));
            } catch (IllegalArgumentException e) {
                throw new ImportException(name + ": " + e.getMessage(), e);
            }
        }
        return new Inputs(tencent, tencentExamples, codes, parsedOverlay,
                new Sources(model.toString(), overlay == null ? null : overlay.toString()));
    }

    /**
     * Runs the import.
     *
     * @param inputs   the inputs
     * @param actions  the actions to import; all when empty
     * @param revision the {@code x-tc-spec-revision} to write
     * @return the spec and what the import did
     * @throws ImportException if an action is unknown, every action is offline, the model uses a name
     *                         the generator cannot take, or the overlay no longer matches the model
     */
    public static Imported run(Inputs inputs, Collection<String> actions, int revision) throws ImportException {
        ImportResult imported;
        try {
            imported = TencentImporter.importActions(inputs.model(), inputs.examples(), actions, revision);
        } catch (IllegalArgumentException e) {
            throw new ImportException("cannot import the Tencent model " + inputs.sources().model() + ": " + e.getMessage(), e);
        }
        ImportCompletion.Completed completed;
        try {
            completed = ImportCompletion.complete(imported.yaml(), inputs.model(),
                    actions.isEmpty() ? inputs.model().actions().keySet() : new TreeSet<>(actions),
                    inputs.errorCodes(), inputs.overlay());
        } catch (IllegalArgumentException e) {
            throw new ImportException("the overlay " + inputs.sources().overlay() + " does not apply to the import of "
                    + inputs.sources().model() + ": " + e.getMessage(), e);
        }
        return new Imported(completed.yaml(), imported, completed.report());
    }

    /**
     * A UTF-8 text input, with a message naming it and the reason when it cannot be read.
     *
     * @param file     the file
     * @param name     how to name it in a message ({@code the overlay overlay.yaml})
     * @param expected what it should be, for the message when it is a folder
     * @return its text
     * @throws ImportException if it does not exist, is a folder, cannot be read or is not UTF-8
     */
    public static String text(Path file, String name, String expected) throws ImportException {
        return utf8(bytes(file, name, expected), name);
    }

    private static byte[] bytes(Path file, String name, String expected) throws ImportException {
        if (Files.isDirectory(file)) {
            throw new ImportException(name + " is a folder, not a file: name " + expected, null);
        }
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ImportException(name + " does not exist"
                    + (file.isAbsolute() ? "" : " (looked for " + file.toAbsolutePath() + ")"), e);
        } catch (AccessDeniedException e) {
            throw new ImportException(name + " cannot be read: permission denied", e);
        } catch (IOException e) {
            throw new ImportException(name + " cannot be read: " + e, e);
        }
    }

    private static String utf8(byte[] bytes, String name) throws ImportException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportException(name + " is not UTF-8 text (is it compressed? only the error-code catalogue"
                    + " may be .xz)", e);
        }
    }
}

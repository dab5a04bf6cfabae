package dev.clssdk.codegen.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clssdk.codegen.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Revision 4 of the CLS spec is exactly what the regeneration steps produce: Tencent's model
 * imported whole, its error-code catalogue, the paginator rule, then the overlay. Nobody edits the
 * revision by hand; a change to the importer or the overlay shows up here until the revision is
 * regenerated with the documented command (api-spec/README.md).
 */
class WholeServiceRevisionTest {

    @Test
    void revisionFourIsTheImportOfTheWholeModelCompletedByTheCatalogueAndTheOverlay() throws IOException {
        TencentModel model = TencentFixtures.model();
        ImportResult imported = TencentImporter.importActions(model, TencentFixtures.examples(), java.util.List.of(), 4);
        TencentErrorCodes codes;
        try (InputStream in = getClass().getResourceAsStream("/importer/tencent/error-codes-cls.json")) {
            codes = TencentErrorCodes.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        Overlay overlay = Overlay.parse(Fixtures.resource("cls/cls-2020-10-16.overlay.yaml"));
        String regenerated = ImportCompletion.complete(imported.yaml(), model, model.actions().keySet(), codes, overlay)
                .yaml();
        assertThat(regenerated).as("cls-2020-10-16-r4.yaml regenerated (see api-spec/README.md)")
                .isEqualTo(Fixtures.resource("cls/cls-2020-10-16-r4.yaml"));
    }
}

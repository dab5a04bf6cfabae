package dev.clssdk.codegen.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clssdk.codegen.emit.SdkGenerator;
import dev.clssdk.codegen.model.ServiceModel;
import dev.clssdk.codegen.model.ShapeRole;
import dev.clssdk.codegen.openapi.SpecParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Tencent reuses data types in requests and answers; the spec reader marks such a shape
 * {@link ShapeRole#BOTH} (it used to reject it) and the shapes it holds inherit that. A caller who
 * builds one gets the API's rules checked, as for any input; what the server sends is read without them.
 */
class SharedShapeRoleTest {

    @Test
    void aShapeSentAndReceivedIsMarkedBothAndValidatedWhenACallerBuildsIt() throws IOException {
        ServiceModel model;
        try (InputStream in = getClass().getResourceAsStream("/importer/shared-shape.yaml")) {
            model = SpecParser.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), null);
        }

        assertThat(model.shape("Thing")).hasValueSatisfying(thing -> {
            assertThat(thing.role()).isEqualTo(ShapeRole.BOTH);
            assertThat(thing.validated()).isTrue();
        });
        assertThat(model.shape("PutThingRequest").orElseThrow().role()).isEqualTo(ShapeRole.INPUT);
        assertThat(model.shape("PutThingResponse").orElseThrow().role()).isEqualTo(ShapeRole.OUTPUT);
        assertThat(model.shape("PutThingResponse").orElseThrow().validated()).isFalse();
        assertThat(SdkGenerator.generate(model)).isNotEmpty();
    }

    @Test
    void rolesSayWhichWayInstancesTravel() {
        assertThat(ShapeRole.INPUT.sent()).isTrue();
        assertThat(ShapeRole.INPUT.received()).isFalse();
        assertThat(ShapeRole.OUTPUT.sent()).isFalse();
        assertThat(ShapeRole.OUTPUT.received()).isTrue();
        assertThat(ShapeRole.BOTH.sent()).isTrue();
        assertThat(ShapeRole.BOTH.received()).isTrue();
    }
}

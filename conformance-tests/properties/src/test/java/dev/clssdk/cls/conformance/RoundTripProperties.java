package dev.clssdk.cls.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clssdk.jackson.SdkJacksonModule;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clssdk.codegen.model.ShapeModel;
import dev.clssdk.codegen.model.ShapeRole;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The generated classes carry every documented member through JSON with nothing but their own
 * Jackson annotations and a plain {@link ObjectMapper}: requests survive a round trip and put
 * exactly the caller's values on the wire; answers keep every member the spec declares, including
 * enum values this SDK version does not know, and tolerate members it does not declare.
 */
class RoundTripProperties {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new SdkJacksonModule());

    /** A shape with generated values for it. */
    record Sample(ShapeModel shape, Map<String, Object> values) {}

    @Provide
    Arbitrary<Sample> validRequests() {
        return Arbitraries.of(Spec.MODEL.operations()).map(op -> Spec.shape(op.inputShape())).flatMap(shape ->
                ModelArbitraries.inputs(shape, ModelArbitraries.Mix.VALID_ONLY).map(values -> new Sample(shape, values)));
    }

    @Provide
    Arbitrary<Sample> responseJson() {
        return Arbitraries.of(Spec.MODEL.shapes().stream().filter(s -> s.role() == ShapeRole.OUTPUT).toList())
                .flatMap(shape -> ModelArbitraries.responses(shape).map(values -> new Sample(shape, values)));
    }

    @Property
    void anyValidRequestSurvivesAJsonRoundTripAndSendsExactlyItsValues(@ForAll("validRequests") Sample sample) throws Exception {
        Object request = SdkBridge.build(sample.shape(), sample.values());
        String json = JSON.writeValueAsString(request);

        Object back = JSON.readValue(json, request.getClass());
        assertThat(back).as("read back from %s", json).isEqualTo(request);
        assertThat(back.hashCode()).isEqualTo(request.hashCode());
        assertThat(canonical(JSON.readTree(json))).as("the wire JSON of %s", sample.values())
                .isEqualTo(canonical(JSON.valueToTree(sample.values())));
        Statistics.label("shape").collect(sample.shape().name());
    }

    @Property
    void anyResponseJsonKeepsEveryKnownMemberThroughTheSdk(@ForAll("responseJson") Sample sample) throws Exception {
        String json = JSON.writeValueAsString(sample.values());
        Object response = JSON.readValue(json, SdkBridge.modelClass(sample.shape().name()));
        JsonNode written = JSON.readTree(JSON.writeValueAsString(response));

        assertThat(written).as("read from %s", json).isEqualTo(KnownMembers.of(sample.shape(), JSON.readTree(json)));
        Statistics.label("shape").collect(sample.shape().name());
    }

    /** Re-read from text, so that a long that fits an int compares equal however it was built. */
    private static JsonNode canonical(JsonNode tree) throws Exception {
        return JSON.readTree(JSON.writeValueAsString(tree));
    }
}

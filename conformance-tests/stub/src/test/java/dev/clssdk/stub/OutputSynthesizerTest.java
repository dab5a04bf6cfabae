package dev.clssdk.stub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clssdk.codegen.model.OperationModel;
import dev.clssdk.codegen.model.ServiceModel;
import dev.clssdk.codegen.spec.SpecReader;
import dev.clssdk.codegen.spec.SpecText;
import org.junit.jupiter.api.Test;

/** Synthesized answers fit the output shape, respect its constraints and stay finite for recursive shapes. */
class OutputSynthesizerTest {

    private static final String SPEC = SpecFixtures.text(SpecFixtures.SYNTHESIS);
    private static final ServiceModel MODEL = SpecReader.read(SPEC, null);
    private final OutputSynthesizer synthesizer = new OutputSynthesizer(MODEL);

    @Test
    void aSynthesizedAnswerFitsTheOutputShapeAndPassesItsRules() {
        ObjectNode tree = synthesizer.synthesize("DescribeTreeResponse");
        assertThat(new OutputSchemaCheck(MODEL).problems("DescribeTreeResponse", tree)).isEmpty();
        assertThat(new SpecValidator(MODEL).validate(MODEL.shape("DescribeTreeResponse").orElseThrow(), tree)).isEmpty();
    }

    @Test
    void constraintsDecideTheValues() {
        ObjectNode tree = synthesizer.synthesize("DescribeTreeResponse");
        assertThat(tree.get("Kind").asText()).as("an enum's first value").isEqualTo("Leaf");
        assertThat(tree.get("Tags")).as("minItems").hasSize(2);
        assertThat(tree.get("Size").asInt()).as("int32 within minimum").isEqualTo(10);
        assertThat(tree.get("Offset").asLong()).as("within maximum").isEqualTo(-5);
        assertThat(tree.get("Region").asText()).as("a candidate that matches the pattern").matches("[a-z]{2}-[a-z]+");
        assertThat(tree.get("Code").asText()).as("minLength = maxLength").hasSize(12);
        assertThat(tree.at("/Root/Name").asText()).hasSizeBetween(3, 5);
        assertThat(tree.get("Enabled").isBoolean()).isTrue();
        assertThat(tree.get("Score").isNumber()).isTrue();
    }

    @Test
    void aRecursiveShapeIsFilledInOnceAndThenWithItsRequiredMembersOnly() {
        ObjectNode tree = synthesizer.synthesize("DescribeTreeResponse");
        JsonNode root = tree.get("Root");
        assertThat(root.has("Children")).as("the first level is complete").isTrue();
        JsonNode child = root.get("Children").get(0);
        assertThat(child.has("Name")).isTrue();
        assertThat(child.has("Kind")).isTrue();
        assertThat(child.has("Children")).as("a recursion stops at the required members").isFalse();
        assertThat(child.has("Parent")).isFalse();
        assertThat(tree.toString().length()).isLessThan(2000);
    }

    @Test
    void theSameSpecGivesTheSameAnswer() {
        assertThat(new OutputSynthesizer(SpecReader.read(SPEC, null)).synthesize("DescribeTreeResponse"))
                .isEqualTo(synthesizer.synthesize("DescribeTreeResponse"));
    }

    @Test
    void anExampleThatDoesNotFitItsShapeIsSetAsideForASynthesizedAnswer() {
        SpecSuccessAnswers answers = new SpecSuccessAnswers(MODEL, SpecExamples.of(SpecText.tree(SPEC)), new SpecValidator(MODEL));
        assertThat(answers.source("GetStale")).contains(SpecSuccessAnswers.Source.SYNTHESIZED);
        OperationModel stale = MODEL.operations().stream().filter(op -> op.action().equals("GetStale")).findFirst().orElseThrow();
        assertThat(answers.output(stale).has("Renamed")).isFalse();
        assertThat(answers.output(stale).get("Name").asText()).isEqualTo("example");
    }

    @Test
    void anExampleThatFitsIsKept() {
        String sts = SpecFixtures.text(SpecFixtures.STS);
        ServiceModel model = SpecReader.read(sts, null);
        SpecSuccessAnswers answers = new SpecSuccessAnswers(model, SpecExamples.of(SpecText.tree(sts)), new SpecValidator(model));
        assertThat(answers.source("GetCallerIdentity")).contains(SpecSuccessAnswers.Source.EXAMPLE);
        assertThat(answers.source("AssumeRole")).contains(SpecSuccessAnswers.Source.SYNTHESIZED);
        assertThat(answers.source("CreateExport")).isEmpty();
    }
}

package dev.clssdk.codegen.diff;

import static dev.clssdk.codegen.diff.Impact.BREAKING;
import static dev.clssdk.codegen.diff.Impact.COMPATIBLE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clssdk.codegen.model.ServiceModel;
import dev.clssdk.codegen.openapi.SpecParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalog of classification rules: one small spec pair per rule under
 * {@code src/test/resources/diff/<rule>/{old,new}.yaml}, and the changes the diff must report
 * for it, exactly (documentation changes aside).
 */
class DiffCatalogTest {

    /** What one reported change must look like. */
    record Expected(ChangeKind kind, String path, Impact sdk, Impact wire, boolean surprises) {}

    private static Expected breaking(ChangeKind kind, String path, Impact sdk, Impact wire) {
        return new Expected(kind, path, sdk, wire, false);
    }

    private static Expected compatible(ChangeKind kind, String path) {
        return new Expected(kind, path, COMPATIBLE, COMPATIBLE, false);
    }

    private static Expected surprising(ChangeKind kind, String path) {
        return new Expected(kind, path, COMPATIBLE, COMPATIBLE, true);
    }

    static Stream<Arguments> catalog() {
        return Stream.of(
                // breaking
                rule("action-removed", breaking(ChangeKind.ACTION_REMOVED, "GetThing", BREAKING, BREAKING),
                        breaking(ChangeKind.SHAPE_REMOVED, "GetThingRequest", BREAKING, COMPATIBLE),
                        breaking(ChangeKind.SHAPE_REMOVED, "GetThingResponse", BREAKING, COMPATIBLE)),
                rule("action-renamed", compatible(ChangeKind.ACTION_ADDED, "FetchThing"),
                        breaking(ChangeKind.ACTION_REMOVED, "GetThing", BREAKING, BREAKING),
                        compatible(ChangeKind.SHAPE_ADDED, "FetchThingRequest"),
                        compatible(ChangeKind.SHAPE_ADDED, "FetchThingResponse"),
                        breaking(ChangeKind.SHAPE_REMOVED, "GetThingRequest", BREAKING, COMPATIBLE),
                        breaking(ChangeKind.SHAPE_REMOVED, "GetThingResponse", BREAKING, COMPATIBLE)),
                rule("field-removed", breaking(ChangeKind.FIELD_REMOVED, "PutThingRequest.Code", BREAKING, BREAKING)),
                rule("field-renamed", breaking(ChangeKind.FIELD_REMOVED, "PutThingRequest.Code", BREAKING, BREAKING),
                        compatible(ChangeKind.FIELD_ADDED, "PutThingRequest.Label")),
                rule("field-type-changed", breaking(ChangeKind.FIELD_TYPE_CHANGED, "PutThingRequest.Code", BREAKING, BREAKING)),
                rule("field-optional-to-required",
                        breaking(ChangeKind.FIELD_BECAME_REQUIRED, "PutThingRequest.Count", BREAKING, BREAKING)),
                rule("required-field-added",
                        breaking(ChangeKind.REQUIRED_FIELD_ADDED, "PutThingRequest.Owner", BREAKING, BREAKING)),
                rule("maximum-lowered", breaking(ChangeKind.CONSTRAINT_TIGHTENED, "PutThingRequest.Count", BREAKING, BREAKING)),
                rule("minimum-raised", breaking(ChangeKind.CONSTRAINT_TIGHTENED, "PutThingRequest.Count", BREAKING, BREAKING)),
                rule("max-length-lowered", breaking(ChangeKind.CONSTRAINT_TIGHTENED, "PutThingRequest.Name", BREAKING, BREAKING)),
                rule("pattern-added", breaking(ChangeKind.CONSTRAINT_TIGHTENED, "PutThingRequest.Code", BREAKING, BREAKING)),
                rule("enum-value-removed", breaking(ChangeKind.ENUM_VALUE_REMOVED, "enum Mode safe", BREAKING, BREAKING)),
                rule("default-changed", breaking(ChangeKind.DEFAULT_CHANGED, "PutThingRequest.Mode", COMPATIBLE, BREAKING)),
                rule("cross-field-rule-added", breaking(ChangeKind.RULE_ADDED, "PutThingRequest", BREAKING, BREAKING)),
                rule("error-code-removed",
                        compatible(ChangeKind.ERROR_REMOVED_FROM_ACTION, "PutThing error FailedOperation"),
                        breaking(ChangeKind.ERROR_REMOVED, "error FailedOperation", BREAKING, COMPATIBLE)),
                // compatible
                rule("optional-field-added", compatible(ChangeKind.FIELD_ADDED, "PutThingRequest.Owner")),
                rule("output-field-added", compatible(ChangeKind.FIELD_ADDED, "Thing.CreatedAt")),
                rule("action-added", compatible(ChangeKind.ACTION_ADDED, "GetThing"),
                        compatible(ChangeKind.SHAPE_ADDED, "GetThingRequest"),
                        compatible(ChangeKind.SHAPE_ADDED, "GetThingResponse")),
                rule("enum-value-added", surprising(ChangeKind.ENUM_VALUE_ADDED, "enum State Archived")),
                rule("maximum-raised", compatible(ChangeKind.CONSTRAINT_LOOSENED, "PutThingRequest.Count")),
                rule("error-code-added", surprising(ChangeKind.ERROR_ADDED, "PutThing error FailedOperation.Closed")),
                rule("field-required-to-optional", compatible(ChangeKind.FIELD_BECAME_OPTIONAL, "PutThingRequest.Name")),
                rule("output-maximum-lowered", compatible(ChangeKind.CONSTRAINT_TIGHTENED, "Thing.Score")),
                rule("output-maximum-raised", surprising(ChangeKind.CONSTRAINT_LOOSENED, "Thing.Score")),
                rule("error-kind-changed", surprising(ChangeKind.ERROR_FLAGS_CHANGED, "error FailedOperation")),
                // paginators and waiters: client code only
                rule("paginator-added", compatible(ChangeKind.PAGINATOR_ADDED, "paginator ListThings")),
                rule("paginator-removed", breaking(ChangeKind.PAGINATOR_REMOVED, "paginator ListThings", BREAKING, COMPATIBLE)),
                rule("paginator-changed", surprising(ChangeKind.PAGINATOR_CHANGED, "paginator ListThings")),
                rule("waiter-added", compatible(ChangeKind.WAITER_ADDED, "waiter ThingReady")),
                rule("waiter-removed", breaking(ChangeKind.WAITER_REMOVED, "waiter ThingReady", BREAKING, COMPATIBLE)),
                rule("waiter-changed", surprising(ChangeKind.WAITER_CHANGED, "waiter ThingReady")),
                rule("documentation-only"));
    }

    private static Arguments rule(String name, Expected... expected) {
        return Arguments.of(name, List.of(expected));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalog")
    void eachRuleIsClassifiedAsDocumented(String rule, List<Expected> expected) throws IOException {
        DiffReport report = SpecDiff.compare(model(rule + "/old.yaml"), model(rule + "/new.yaml"));

        List<Expected> actual = report.changes().stream()
                .filter(c -> !c.documentationOnly())
                .map(c -> new Expected(c.kind(), c.path(), c.sdk(), c.wire(), c.surprise().isPresent()))
                .toList();
        assertThat(actual).containsExactlyElementsOf(expected);
        assertThat(report.breaking()).isEqualTo(expected.stream().anyMatch(e -> e.sdk() == BREAKING || e.wire() == BREAKING));
    }

    @Test
    void documentationChangesAreReportedButNeverBreaking() throws IOException {
        DiffReport report = SpecDiff.compare(model("documentation-only/old.yaml"), model("documentation-only/new.yaml"));

        assertThat(report.documentationChanges()).singleElement()
                .satisfies(c -> assertThat(c.path()).isEqualTo("Thing"));
        assertThat(report.breaking()).isFalse();
    }

    @Test
    void identicalSpecsHaveNoChanges() throws IOException {
        ServiceModel model = model("field-removed/old.yaml");

        assertThat(SpecDiff.compare(model, model).changes()).isEmpty();
    }

    @Test
    void aRenamedFieldIsHintedAt() throws IOException {
        DiffReport report = SpecDiff.compare(model("field-renamed/old.yaml"), model("field-renamed/new.yaml"));

        assertThat(report.breakingChanges()).singleElement()
                .satisfies(c -> assertThat(c.detail()).contains("possibly renamed to Label"));
    }

    static ServiceModel model(String resource) throws IOException {
        try (InputStream in = DiffCatalogTest.class.getResourceAsStream("/diff/" + resource)) {
            assertThat(in).as(resource).isNotNull();
            return SpecParser.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), null);
        }
    }
}

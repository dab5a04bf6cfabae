package dev.clssdk.core.shape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.clssdk.core.ValidationException;
import dev.clssdk.core.Violation;
import java.util.ArrayList;
import dev.clssdk.core.internal.json.JsonTypeException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The schema-driven validator, JSON writer and reader, and value semantics, on a hand-written type. */
class StructTest {


    private static Widget.Builder valid() {
        return Widget.builder().name("ab").size(5);
    }

    @Test
    void buildChecksEveryRuleInMemberOrderAndCollectsAllViolations() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> Widget.builder()
                .size(101).low(5).high(4).ratio(1.5).color("green").tags(List.of("a", "b", "c")).secret("xy").build());
        assertThat(e.violations()).extracting(Violation::field, Violation::rule, Violation::errorCode).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Name", "required", "MissingParameter"),
                org.assertj.core.groups.Tuple.tuple("Size", "maximum", "LimitExceeded.Size"),
                org.assertj.core.groups.Tuple.tuple("Ratio", "maximum", "InvalidParameter"),
                org.assertj.core.groups.Tuple.tuple("Color", "enum", "InvalidParameter"),
                org.assertj.core.groups.Tuple.tuple("Tags", "maxItems", "InvalidParameter"),
                org.assertj.core.groups.Tuple.tuple("Secret", "minLength", "InvalidParameter"),
                org.assertj.core.groups.Tuple.tuple("Low", "lessThanOrEqual", "InvalidParameter"));
        assertThat(e.violations().get(3).requirement()).isEqualTo("must be one of [red, blue]");
        assertThat(e.violations().get(6).requirement()).isEqualTo("must be <= High (4)");
        assertThat(e.violations().get(5).rejectedValue()).isEqualTo("***");
        assertThat(e.getMessage()).startsWith("Widget is invalid: Name is required").doesNotContain("xy");
    }

    @Test
    void lengthsCountCodePointsAndPatternsAreUnanchored() {
        assertThat(valid().name("a\uD83D\uDE00").build().name()).isEqualTo("a\uD83D\uDE00");
        assertThat(catchThrowableOfType(ValidationException.class, () -> valid().name("a\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00").build())
                .violations()).extracting(Violation::rule).containsExactly("maxLength");
        assertThat(catchThrowableOfType(ValidationException.class, () -> valid().name("Ab").build())
                .violations()).extracting(Violation::rule).containsExactly("pattern");
    }

    @Test
    void nullListElementsAreAViolationWhenBuilt() {
        List<String> tags = new ArrayList<>();
        tags.add(null);
        assertThat(catchThrowableOfType(ValidationException.class, () -> valid().tags(tags).build()).violations())
                .extracting(Violation::field, Violation::rule).containsExactly(org.assertj.core.groups.Tuple.tuple("Tags", "items"));
    }

    @Test
    void listsAreCopiedAndUnmodifiable() {
        List<String> tags = new ArrayList<>(List.of("a"));
        Widget widget = valid().tags(tags).build();
        tags.add("b");
        assertThat(widget.tags()).containsExactly("a");
        assertThatThrownBy(() -> widget.tags().add("c")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(valid().build().tags()).isEmpty();
        assertThat(valid().build().hasTags()).isFalse();
        assertThat(valid().tags(List.of()).build().hasTags()).isTrue();
    }

    @Test
    void equalityHashAndToStringComeFromTheValuesWithSecretsMasked() {
        Widget a = valid().secret("hunter2").build();
        Widget b = a.toBuilder().build();
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(valid().build());
        assertThat(a.toString()).isEqualTo("Widget{Name=ab, Size=5, Low=null, High=null, Ratio=null, On=null, Color=null, "
                + "Tags=null, Children=null, Secret=***}");
        assertThat(a.toBuilder().size(6).build().size()).isEqualTo(6L);
        assertThat(a.size()).isEqualTo(5L);
    }

    @Test
    void writesMembersInWireOrderLeavingOutUnsetOnes() throws Exception {
        Widget widget = valid().on(true).ratio(0.5).color(Widget.Color.BLUE).tags(List.of("x"))
                .children(List.of(valid().name("cd").build())).build();
        assertThat(write(widget)).isEqualTo("{\"Name\":\"ab\",\"Size\":5,\"Ratio\":0.5,\"On\":true,"
                + "\"Color\":\"blue\",\"Tags\":[\"x\"],\"Children\":[{\"Name\":\"cd\",\"Size\":5}]}");
        assertThat(read(write(widget), Widget.class)).isEqualTo(widget);
    }

    @Test
    void readingSkipsUnknownMembersDropsNullsAndKeepsUnknownEnumValues() throws Exception {
        Filter filter = read("{\"Extra\":{\"a\":[1,{}]},\"Name\":null,\"Tags\":[null,\"t\"],"
                + "\"Color\":\"purple\",\"Children\":[null,{\"Size\":1}],\"Grid\":[[1,null,2],null,[]]}", Filter.class);
        assertThat(filter.name()).isNull();
        assertThat(filter.tags()).containsExactly("t");
        assertThat(filter.color()).isEqualTo(Widget.Color.UNKNOWN_TO_SDK_VERSION);
        assertThat(filter.colorAsString()).isEqualTo("purple");
        assertThat(filter.children()).extracting(Filter::size).containsExactly(1L);
        assertThat(filter.grid()).containsExactly(List.of(1L, 2L), List.of());
        assertThatThrownBy(() -> filter.grid().get(0).add(3L)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anInputReadFromJsonIsCheckedAsWhenBuilt() {
        assertThat(catchThrowableOfType(ValidationException.class, () -> read("{\"Size\":1000}", Widget.class))
                .violations()).extracting(Violation::field).containsExactly("Name", "Size");
    }

    @Test
    void aNestedInputIsCheckedWithTheRequestHoldingItAtItsPath() throws Exception {
        // Built or read on its own (Tencent reuses such types in answers), it is never rejected.
        assertThat(read("{\"Size\":1000}", Filter.class).size()).isEqualTo(1000L);
        Filter tooBig = Filter.builder().size(1000).build();
        Wrapper.Builder wrapper = Wrapper.builder().filter(tooBig).filters(List.of(Filter.builder().name("f").build(), tooBig));
        assertThat(catchThrowableOfType(ValidationException.class, wrapper::build).violations())
                .extracting(Violation::field, Violation::rule).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Filter.Name", "required"),
                        org.assertj.core.groups.Tuple.tuple("Filter.Size", "maximum"),
                        org.assertj.core.groups.Tuple.tuple("Filters[1].Name", "required"),
                        org.assertj.core.groups.Tuple.tuple("Filters[1].Size", "maximum"));
    }

    @Test
    void aValueOfTheWrongJsonTypeIsAMismatchNamingThePathAndTypeButNotTheValue() {
        assertMismatch("{\"Size\":\"5\"}", ".Size", Long.class);
        assertMismatch("{\"Size\":1.5}", ".Size", Long.class);
        assertMismatch("{\"Size\":123456789012345678901234567890}", ".Size", Long.class);
        assertMismatch("{\"Low\":4294967296}", ".Low", Integer.class);
        assertMismatch("{\"On\":0}", ".On", Boolean.class);
        assertMismatch("{\"Name\":7}", ".Name", String.class);
        assertMismatch("{\"Ratio\":\"0.5\"}", ".Ratio", Double.class);
        assertMismatch("{\"Tags\":\"x\"}", ".Tags", List.class);
        assertMismatch("{\"Children\":[{},{\"Tags\":[1]}]}", ".Children[1].Tags[0]", String.class);
        assertMismatch("{\"Grid\":[[1],[2,\"x\"]]}", ".Grid[1][1]", Long.class);
        assertMismatch("[]", "", Filter.class);
    }

    private void assertMismatch(String json, String path, Class<?> expected) {
        JsonTypeException e = catchThrowableOfType(JsonTypeException.class, () -> read(json, Filter.class));
        assertThat(e).as(json).isNotNull();
        assertThat(e.path()).as(json).isEqualTo(path);
        assertThat(e.expected()).as(json).startsWith(expected.getSimpleName());
        assertThat(e.getMessage()).doesNotContain("123456789012345678901234567890").doesNotContain("0.5");
    }

    /** The core's codec, as the SDK's calls write a request. */
    private static String write(Struct value) {
        return new String(StructJson.toJson(value), StandardCharsets.UTF_8);
    }

    /** The core's codec, as the SDK's calls read an answer. */
    private static <T extends Struct> T read(String json, Class<T> type) throws IOException {
        return StructJson.fromJson(json.getBytes(StandardCharsets.UTF_8), type);
    }

    @Test
    void theAbstractBaseCannotBeRead() {
        assertThatThrownBy(() -> StructJson.fromJson("{}".getBytes(StandardCharsets.UTF_8), Struct.class))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSchemaReportsEveryKindOfMemberTypeAndItsRules() {
        Schema<Filter> filter = Schema.of(Filter.class);
        assertThat(filter.name()).isEqualTo("Filter");
        assertThat(filter.role()).isEqualTo(Schema.Role.INPUT);
        assertThat(filter.members()).extracting(Member::wireName, m -> m.type().toString()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Name", "String"),
                org.assertj.core.groups.Tuple.tuple("Size", "Long"),
                org.assertj.core.groups.Tuple.tuple("Low", "Integer"),
                org.assertj.core.groups.Tuple.tuple("On", "Boolean"),
                org.assertj.core.groups.Tuple.tuple("Ratio", "Double"),
                org.assertj.core.groups.Tuple.tuple("Color", "Color"),
                org.assertj.core.groups.Tuple.tuple("Tags", "List<String>"),
                org.assertj.core.groups.Tuple.tuple("Children", "List<Filter>"),
                org.assertj.core.groups.Tuple.tuple("Grid", "List<List<Long>>"));
        assertThat(filter.members().get(5).type().kind()).isEqualTo(WireType.Kind.ENUM);
        assertThat(filter.members().get(7).type().element().kind()).isEqualTo(WireType.Kind.STRUCT);
        assertThat(filter.members().get(0).isRequired()).isTrue();
        assertThat(filter.members().get(1).maximumBound()).isEqualTo(100);
        assertThat(Schema.of(Reply.class).members().get(9).isSensitive()).isTrue();
    }

    @Test
    void aSchemaThatCannotHoldTogetherIsRefusedNamingWhy() {
        assertThatThrownBy(() -> Schema.output(Bad.class, "Bad", Member.of("Name", WireType.STRING),
                Member.of("Name", WireType.INT64)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Bad has two members named Name");
        assertThatThrownBy(() -> Schema.request(Bad.class, "Bad", "Missing", "Invalid",
                Member.of("Low", WireType.INT64).lessThanOrEqual("Hihg"), Member.of("High", WireType.INT64)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Bad has no member Hihg");
        Member<String> shared = Member.of("Name", WireType.STRING);
        Schema.output(Bad.class, "Bad", shared);
        assertThatThrownBy(() -> Schema.output(Bad.class, "Other", shared))
                .as("a member's position belongs to one schema").isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Other lists member Name, which another schema already has");
        assertThatThrownBy(shared::required)
                .as("a member's rules are fixed once a schema lists it").isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Member.of("Name", WireType.STRING).pattern("(unclosed"))
                .isInstanceOf(java.util.regex.PatternSyntaxException.class);
        assertThatThrownBy(() -> Member.of("", WireType.STRING)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Schema.of(Bad.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("declares no public static final Schema SCHEMA");
    }

    @Test
    void aMemberOfAnotherTypeIsRefusedInsteadOfReadingAnotherMembersValue() {
        Widget widget = Widget.builder().name("ab").size(5).build();
        Member<String> stranger = Member.of("Name", WireType.STRING);
        Schema.output(Bad.class, "Bad", stranger);
        assertThatThrownBy(() -> widget.readForTest(stranger))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Name is no member of Widget");
    }

    @Test
    void rulesGivenAsTypedMembersAreTheOnesTheSchemaReports() {
        Member<List<List<String>>> names = Member.of("Names", WireType.list(WireType.list(WireType.STRING)))
                .required().minItems(1).maxItems(3).pattern("^a b$").code("maxItems", "LimitExceeded");
        Schema<Bad> bad = Schema.request(Bad.class, "Bad", "Missing", "Invalid",
                Member.of("Item", WireType.struct(Widget.class)), Member.of("Color", WireType.enumOf(Widget.Color.class)), names);
        assertThat(bad.role()).isEqualTo(Schema.Role.REQUEST);
        assertThat(bad.requiredCode()).isEqualTo("Missing");
        assertThat(bad.members()).extracting(m -> m.type().toString()).containsExactly("Widget", "Color", "List<List<String>>");
        assertThat(names.isRequired()).isTrue();
        assertThat(names.minItemsBound()).isEqualTo(1);
        assertThat(names.maxItemsBound()).isEqualTo(3);
        assertThat(names.patternRule().pattern()).isEqualTo("^a b$");
        assertThat(names.codeFor("maxItems", "Invalid")).isEqualTo("LimitExceeded");
        assertThat(names.codeFor("minItems", "Invalid")).isEqualTo("Invalid");
    }

    @Test
    void theShortFormsNameTheTypeAsItsClassAndMapBrokenRulesToTencentsCommonCodes() {
        Schema<Bad> request = Schema.request(Bad.class, Member.of("Name", WireType.STRING).required());
        assertThat(request.name()).isEqualTo("Bad");
        assertThat(request.role()).isEqualTo(Schema.Role.REQUEST);
        assertThat(request.requiredCode()).isEqualTo("MissingParameter");
        assertThat(request.otherCode()).isEqualTo("InvalidParameter");
        Schema<Bad> input = Schema.input(Bad.class, Member.of("Name", WireType.STRING));
        assertThat(input.role()).isEqualTo(Schema.Role.INPUT);
        assertThat(List.of(input.requiredCode(), input.otherCode())).containsExactly("MissingParameter", "InvalidParameter");
        Schema<Bad> output = Schema.output(Bad.class, Member.of("Name", WireType.STRING));
        assertThat(output.name()).isEqualTo("Bad");
        assertThat(output.role()).isEqualTo(Schema.Role.OUTPUT);
        assertThat(output.requiredCode()).isNull();
        assertThat(output.otherCode()).isNull();
    }

    /** A type the schema tests above describe (its schemas are made by the tests, not declared). */
    private static final class Bad extends Struct {
        private Bad(StructBuilder<?> builder) {
            super(builder);
        }
    }
}

package dev.clssdk.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.clssdk.core.ValidationException;
import dev.clssdk.core.Violation;
import dev.clssdk.core.shape.Filter;
import dev.clssdk.core.shape.Reply;
import dev.clssdk.core.shape.Struct;
import dev.clssdk.core.shape.StructJson;
import dev.clssdk.core.shape.Widget;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An ObjectMapper with the module writes and reads generated types exactly as the core's codec does. */
class SdkJacksonModuleTest {
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new SdkJacksonModule());

    private static Widget.Builder valid() {
        return Widget.builder().name("ab").size(5);
    }

    @Test
    void aValueIsWrittenToTheBytesTheCoreWrites() throws Exception {
        List<Widget> widgets = List.of(
                valid().build(),
                valid().name("a\u00e9\"\n").size(100).low(-5).high(7).ratio(0.125).on(false).color(Widget.Color.BLUE)
                        .tags(List.of("t1", "\u4e2d\u6587")).children(List.of(valid().name("ch").build()))
                        .secret("s3\u2028cr\t3t\u0001").build(),
                valid().ratio(1e-7).color("red").tags(List.of()).build());
        for (Widget widget : widgets) {
            assertThat(mapper.writeValueAsString(widget))
                    .isEqualTo(new String(StructJson.toJson(widget), StandardCharsets.UTF_8));
            assertThat(mapper.readValue(mapper.writeValueAsString(widget), Widget.class)).isEqualTo(widget);
        }
    }

    @Test
    void generatedTypesInsideOtherTypesAreWrittenAndReadToo() throws Exception {
        Map<String, List<Reply>> replies = Map.of("a", List.of(Reply.create().withId("r-1").withCount(3)));
        String json = mapper.writeValueAsString(replies);
        assertThat(json).isEqualTo("{\"a\":[{\"Id\":\"r-1\",\"Count\":3}]}");
        assertThat(mapper.readValue(json, new TypeReference<Map<String, List<Reply>>>() { })).isEqualTo(replies);
        assertThat(mapper.convertValue(mapper.valueToTree(replies.get("a").get(0)), Reply.class))
                .isEqualTo(replies.get("a").get(0));
    }

    @Test
    void readingSkipsUnknownMembersAndDropsNullsAsTheCoreDoes() throws Exception {
        Filter filter = mapper.readValue("{\"Extra\":{\"a\":[1,{}]},\"Name\":null,\"Tags\":[null,\"t\"],"
                + "\"Color\":\"purple\",\"Children\":[null,{\"Size\":1}]}", Filter.class);
        assertThat(filter.name()).isNull();
        assertThat(filter.tags()).containsExactly("t");
        assertThat(filter.colorAsString()).isEqualTo("purple");
        assertThat(filter.children()).extracting(Filter::size).containsExactly(1L);
    }

    @Test
    void anInputReadFromJsonIsCheckedAsWhenBuilt() {
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> mapper.readValue("{\"Size\":1000}", Widget.class));
        assertThat(e).isNotNull();
        assertThat(e.violations()).extracting(Violation::field).containsExactly("Name", "Size");
    }

    @Test
    void aValueOfTheWrongTypeIsAMismatchNamingThePathAndTypeButNotTheValue() {
        MismatchedInputException e = catchThrowableOfType(MismatchedInputException.class,
                () -> mapper.readValue("{\"Children\":[{},{\"Tags\":[1]}],\"Size\":\"12345\"}", Filter.class));
        assertThat(e).isNotNull();
        assertThat(e.getTargetType()).isEqualTo(Filter.class);
        assertThat(e.getOriginalMessage()).contains(".Children[1].Tags[0]").contains("expected String")
                .doesNotContain("12345");
    }

    @Test
    void theAbstractBaseCannotBeRead() {
        assertThatThrownBy(() -> mapper.readValue("{}", Struct.class)).isInstanceOf(JsonMappingException.class);
    }

    @Test
    void findAndRegisterModulesFindsTheModule() throws Exception {
        ObjectMapper found = new ObjectMapper().findAndRegisterModules();
        assertThat(found.writeValueAsString(valid().build())).isEqualTo("{\"Name\":\"ab\",\"Size\":5}");
    }
}

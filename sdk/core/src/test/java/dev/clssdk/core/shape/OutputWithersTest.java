package dev.clssdk.core.shape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Types only the server sends have no builder: {@code create()}, withers, and JSON through {@code Struct.make}. */
class OutputWithersTest {


    @Test
    void createIsAnInstanceWithNoMemberSet() {
        Reply empty = Reply.create();
        assertThat(empty.id()).isNull();
        assertThat(empty.names()).isEmpty();
        assertThat(empty.has(Reply.NAMES)).isFalse();
        assertThat(empty).isEqualTo(Reply.create()).hasSameHashCodeAs(Reply.create());
        assertThat(empty.toString()).isEqualTo("Reply{Id=null, Count=null, Small=null, Ratio=null, On=null, Color=null, "
                + "Names=null, Filters=null, Next=null, CosPath=null, RequestId=null}");
    }

    @Test
    void aWitherReturnsANewInstanceAndLeavesItsReceiverUnchanged() {
        Reply first = Reply.create().withId("r-1");
        Reply second = first.withCount(5).withColor(Widget.Color.BLUE);
        assertThat(second).isNotSameAs(first).isNotEqualTo(first);
        assertThat(first.id()).isEqualTo("r-1");
        assertThat(first.count()).isNull();
        assertThat(first.color()).isNull();
        assertThat(second.id()).isEqualTo("r-1");
        assertThat(second.count()).isEqualTo(5L);
        assertThat(second.color()).isEqualTo(Widget.Color.BLUE);
        assertThat(second.get(Reply.COLOR)).isEqualTo("blue");
        Reply again = second.withCount(5);
        assertThat(again).isNotSameAs(second).isEqualTo(second).hasSameHashCodeAs(second);
    }

    @Test
    void aWitherGivenNullLeavesTheMemberUnset() {
        Reply reply = Reply.create().withId("r-1").withNames(List.of("a"));
        assertThat(reply.withId(null).id()).isNull();
        assertThat(reply.withNames(null).has(Reply.NAMES)).isFalse();
        assertThat(reply.withColor(null).color()).isNull();
        assertThat(reply.withId(null)).isEqualTo(Reply.create().withNames(List.of("a")));
    }

    @Test
    void aListWitherCopiesTheListAndTheInstanceCannotChangeIt() {
        List<String> names = new ArrayList<>(List.of("a"));
        Reply reply = Reply.create().withNames(names);
        names.add("b");
        assertThat(reply.names()).containsExactly("a");
        assertThatThrownBy(() -> reply.names().add("c")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(Reply.create().withNames(List.of()).has(Reply.NAMES)).isTrue();
    }

    @Test
    void listsInsideAListGivenToAWitherAreCopiedAndUnmodifiableToo() {
        List<String> row = new ArrayList<>(List.of("a"));
        List<List<String>> rows = new ArrayList<>();
        rows.add(row);
        Grid grid = Grid.create().withRows(rows);
        row.add("b");
        rows.add(List.of("c"));
        assertThat(grid.rows()).containsExactly(List.of("a"));
        assertThatThrownBy(() -> grid.rows().get(0).add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> grid.rows().add(List.of())).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void toStringOfAnInstanceMadeByWithersMasksSensitiveMembers() {
        assertThat(Reply.create().withCosPath("https://bucket/secret?sign=x").withId("r").toString())
                .contains("Id=r").contains("CosPath=***").doesNotContain("sign=x");
    }

    @Test
    void anOutputRoundTripsThroughJsonWithoutABuilder() throws Exception {
        Reply reply = Reply.create().withId("r-1").withCount(7).withColor(Widget.Color.RED).withNames(List.of("x", "y"));
        String json = new String(StructJson.toJson(reply), StandardCharsets.UTF_8);
        assertThat(json).isEqualTo("{\"Id\":\"r-1\",\"Count\":7,\"Color\":\"red\",\"Names\":[\"x\",\"y\"]}");
        Reply read = StructJson.fromJson((json).getBytes(StandardCharsets.UTF_8), Reply.class);
        assertThat(read).isEqualTo(reply).isNotSameAs(reply);
        assertThatThrownBy(() -> read.names().add("z")).isInstanceOf(UnsupportedOperationException.class);
        Grid grid = StructJson.fromJson(("{\"Rows\":[[\"a\"],[\"b\",\"c\"]],\"Name\":\"g\"}").getBytes(StandardCharsets.UTF_8), Grid.class);
        assertThat(grid).isEqualTo(Grid.create().withRows(List.of(List.of("a"), List.of("b", "c"))).withName("g"));
        assertThatThrownBy(() -> grid.rows().get(1).add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anOutputReadFromJsonIsNotTheSharedEmptyInstanceChangedInPlace() throws Exception {
        Reply first = StructJson.fromJson(("{\"Id\":\"a\"}").getBytes(StandardCharsets.UTF_8), Reply.class);
        Reply second = StructJson.fromJson(("{\"Id\":\"b\"}").getBytes(StandardCharsets.UTF_8), Reply.class);
        assertThat(first.id()).isEqualTo("a");
        assertThat(second.id()).isEqualTo("b");
        assertThat(StructJson.fromJson(("{}").getBytes(StandardCharsets.UTF_8), Reply.class)).isEqualTo(Reply.create());
    }

    @Test
    void aTypeMadeByABuilderCannotBeMadeFromValues() {
        Widget widget = Widget.builder().name("ab").size(5).build();
        assertThatThrownBy(() -> widget.make(new Object[10])).isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("Widget");
    }

    @Test
    void valuesOfTheWrongCountAreRejected() {
        assertThatThrownBy(() -> Reply.create().make(new Object[2])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Reply has 11 members, not 2");
    }
}

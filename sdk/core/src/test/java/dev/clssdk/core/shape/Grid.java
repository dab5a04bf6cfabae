package dev.clssdk.core.shape;

import java.util.List;

/** A hand-written output with a list of lists, in the generated form (no builder), for the core's own tests. */
public final class Grid extends Struct {
    private static final Member<List<List<String>>> ROWS = Member.of("Rows", WireType.list(WireType.list(WireType.STRING)));
    private static final Member<String> NAME = Member.of("Name", WireType.STRING);

    public static final Schema<Grid> SCHEMA = Schema.output(Grid.class, ROWS, NAME);

    private Grid(Object[] values) {
        super(SCHEMA, values);
    }

    public static Grid create() {
        return new Grid(null);
    }

    @Override
    protected Struct make(Object[] values) {
        return new Grid(values);
    }

    public List<List<String>> rows() {
        return getList(ROWS);
    }

    public Grid withRows(List<List<String>> rows) {
        return withList(ROWS, rows);
    }

    public String name() {
        return get(NAME);
    }

    public Grid withName(String name) {
        return with(NAME, name);
    }
}

package dev.clssdk.core.shape;

import java.util.List;

/** A hand-written output with a list of lists, in the generated form (no builder), for the core's own tests. */
public final class Grid extends Struct {
    static {
        Schema.register(Grid.class, "output Grid\n"
                + "Rows list<list<string>>\n"
                + "Name string");
    }

    private Grid(Object[] values) {
        super(values);
    }

    public static Grid create() {
        return new Grid(null);
    }

    @Override
    protected Struct make(Object[] values) {
        return new Grid(values);
    }

    public List<List<String>> rows() {
        return getList(0);
    }

    public Grid withRows(List<List<String>> rows) {
        return withList(0, rows);
    }

    public String name() {
        return get(1);
    }

    public Grid withName(String name) {
        return with(1, name);
    }
}

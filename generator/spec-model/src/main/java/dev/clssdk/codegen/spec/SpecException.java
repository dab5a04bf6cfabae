package dev.clssdk.codegen.spec;

/**
 * The spec says something the generator cannot turn into correct code. The message names the
 * place as a JSON pointer into the spec and the rule that was broken.
 */
public final class SpecException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String pointer;
    private final String rule;

    public SpecException(String pointer, String rule) {
        super(pointer + ": " + rule);
        this.pointer = pointer;
        this.rule = rule;
    }

    /** Where in the spec, as a JSON pointer ({@code /components/schemas/Foo/properties/Bar}). */
    public String pointer() {
        return pointer;
    }

    /** What is wrong there. */
    public String rule() {
        return rule;
    }
}

package dev.clssdk.codegen.spec;

/** Builds RFC 6901 JSON pointers into the spec for error messages. */
record Pointer(String value) {

    static final Pointer ROOT = new Pointer("");

    Pointer at(String token) {
        return new Pointer(value + "/" + token.replace("~", "~0").replace("/", "~1"));
    }

    SpecException error(String rule) {
        return new SpecException(value.isEmpty() ? "/" : value, rule);
    }

    @Override
    public String toString() {
        return value;
    }
}

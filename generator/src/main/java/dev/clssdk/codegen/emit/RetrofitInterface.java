package dev.clssdk.codegen.emit;

import java.util.Locale;

/** Whether the generator writes the service's Retrofit interface beside the rest of its code. */
public enum RetrofitInterface {
    /** With the rest: the default. Compiling it needs Retrofit; using it, {@code dev.clssdk:sdk-retrofit}. */
    INCLUDE,
    /** Left out: the typed client alone, which needs no Retrofit. */
    EXCLUDE,
    /** The interface alone, for a module of its own that depends on the service's. */
    ONLY;

    /**
     * The option as the CLI and the Maven plugin spell it.
     *
     * @param text {@code include}, {@code exclude} or {@code only}, in any case
     * @return the option
     * @throws IllegalArgumentException naming the accepted values
     */
    public static RetrofitInterface parse(String text) {
        for (RetrofitInterface value : values()) {
            if (value.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return value;
            }
        }
        throw new IllegalArgumentException("the Retrofit interface option must be include, exclude or only (was '"
                + text + "')");
    }

    /** The option as the CLI and the plugin spell it. */
    public String spelling() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package dev.clssdk.codegen.poet;

/** Turns spec text into Javadoc that doclint accepts and that cannot end the comment early. */
final class Javadoc {

    private Javadoc() {}

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("*/", "*&#47;")
                .replace("@", "&#64;");
    }

    /** The escaped text as a sentence, or the fallback when the spec gives none. */
    static String sentence(String text, String fallback) {
        String t = text == null || text.isBlank() ? fallback : text.strip();
        if (!t.endsWith(".")) {
            t = t + ".";
        }
        return escape(t);
    }
}

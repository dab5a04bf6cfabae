package dev.clssdk.codegen.poet;

/** Turns spec text into Javadoc that doclint accepts and that cannot end the comment early. */
final class Javadoc {

    static final int WIDTH = 90;

    private Javadoc() {}

    static String escape(String text) {
        // javac reads unicode escapes (backslash, u) even inside comments: spec text must not produce one.
        return text.replace("&", "&amp;")
                .replace("\\u", "&#92;u")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("*/", "*&#47;")
                .replace("@", "&#64;");
    }

    /** Breaks long spec text into lines of at most {@value #WIDTH} characters, at spaces. */
    static String wrap(String text) {
        StringBuilder out = new StringBuilder();
        int lineLength = 0;
        for (String word : text.split(" ")) {
            if (lineLength > 0 && lineLength + 1 + word.length() > WIDTH) {
                out.append('\n');
                lineLength = 0;
            } else if (lineLength > 0) {
                out.append(' ');
                lineLength++;
            }
            out.append(word);
            lineLength += word.length();
        }
        return out.toString();
    }

    /** The escaped text as a sentence, or the fallback when the spec gives none. */
    static String sentence(String text, String fallback) {
        String t = text == null || text.isBlank() ? fallback : text.strip();
        if (!t.endsWith(".")) {
            t = t + ".";
        }
        return wrap(escape(t));
    }
}

package dev.clssdk.codegen.importer;

import java.util.regex.Pattern;

/** Tencent's descriptions carry light HTML and a stock sentence about nulls; this turns them into plain text. */
final class Descriptions {

    /** "Note: this field may return null, meaning no valid value": said by {@code nullable: true} instead. */
    private static final String NULL_NOTE = "注意：此字段可能返回 null，表示取不到有效值。";
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</p>\\s*<p>|</?p>|</li>|</?ul>|</?ol>");
    private static final Pattern TAG = Pattern.compile("<[a-zA-Z/][^<>]*>");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{2,}");

    private Descriptions() {}

    static String clean(String text, boolean nullableSaidElsewhere) {
        String t = text == null ? "" : text;
        if (nullableSaidElsewhere) {
            t = t.replace(NULL_NOTE, "");
        }
        t = BREAK.matcher(t).replaceAll("\n");
        t = TAG.matcher(t).replaceAll("");
        t = t.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&nbsp;", " ")
                .replace("&#39;", "'").replace("&amp;", "&");
        StringBuilder out = new StringBuilder();
        for (String line : t.split("\n", -1)) {
            out.append(line.strip()).append('\n');
        }
        return BLANK_LINES.matcher(out.toString()).replaceAll("\n").strip();
    }

    static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}

package dev.clssdk.codegen.poet;

import dev.clssdk.codegen.model.Constraints;
import dev.clssdk.codegen.model.MemberModel;
import java.util.ArrayList;
import java.util.List;

/** The Javadoc of a member: the spec's description, then its rules in plain words. */
final class MemberDoc {

    private MemberDoc() {}

    static String describe(MemberModel member, boolean input) {
        StringBuilder doc = new StringBuilder(Javadoc.sentence(member.description(), member.wireName()));
        List<String> facts = new ArrayList<>();
        if (input) {
            facts.add(member.required() ? "Required." : "Optional.");
        }
        Constraints c = member.constraints();
        c.minimum().ifPresent(v -> facts.add("Minimum " + v + "."));
        c.maximum().ifPresent(v -> facts.add("Maximum " + v + "."));
        c.minLength().ifPresent(v -> facts.add("At least " + v + (v == 1 ? " character." : " characters.")));
        c.maxLength().ifPresent(v -> facts.add("At most " + v + (v == 1 ? " character." : " characters.")));
        c.pattern().ifPresent(v -> facts.add("Must match {@code " + Javadoc.escape(v) + "}."));
        c.minItems().ifPresent(v -> facts.add("At least " + v + (v == 1 ? " item." : " items.")));
        c.maxItems().ifPresent(v -> facts.add("At most " + v + (v == 1 ? " item." : " items.")));
        member.defaultValue().ifPresent(v -> facts.add("The server's default: {@code " + Javadoc.escape(v) + "}."));
        if (member.sensitive()) {
            facts.add("Sensitive: masked in {@code toString()}.");
        }
        if (!facts.isEmpty()) {
            doc.append("\n\n<p>").append(String.join(" ", facts));
        }
        member.namingNote().ifPresent(note -> doc.append("\n\n<p>").append(note));
        return doc.toString();
    }
}

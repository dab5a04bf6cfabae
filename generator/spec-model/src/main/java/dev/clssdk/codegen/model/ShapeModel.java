package dev.clssdk.codegen.model;

import java.util.List;
import java.util.Optional;

/**
 * A structure: a request, a response or a data type nested in one.
 *
 * @param name        the schema name, also the Java class name
 * @param description from the spec
 * @param role        how the shape is used, which decides whether {@code build()} validates
 * @param members     in spec order (which is also wire order)
 * @param rules       cross-field rules
 * @param namingNote  why the class is not named as the schema (a Javadoc sentence), if it is not
 */
public record ShapeModel(
        String name,
        String description,
        ShapeRole role,
        List<MemberModel> members,
        List<CrossFieldRule> rules,
        Optional<String> namingNote) {

    public ShapeModel {
        members = List.copyOf(members);
        rules = List.copyOf(rules);
    }

    /**
     * Whether instances are built by callers and checked before they are sent: every shape an input
     * reaches, including those the server also sends (values read from JSON are never rejected).
     */
    public boolean validated() {
        return role != ShapeRole.OUTPUT;
    }

    public MemberModel member(String wireName) {
        return members.stream()
                .filter(m -> m.wireName().equals(wireName))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(name + " has no member " + wireName));
    }
}

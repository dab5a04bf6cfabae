package dev.clssdk.stub;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * The members a spec marks {@code nullable: true} ({@code components/schemas/<Shape>/properties/<Member>}),
 * which Tencent's model calls {@code value_allowed_null}: the server may answer {@code null} for
 * them even when they are required. The generator's intermediate model leaves the flag out (the
 * SDK reads a {@code null} as "not set" for any member), so this reads the spec text itself.
 */
final class NullableMembers {

    private static final NullableMembers NONE = new NullableMembers(Set.of());

    private final Set<String> members;

    private NullableMembers(Set<String> members) {
        this.members = Set.copyOf(members);
    }

    /** None: every {@code null} in a required member breaks the rule. */
    static NullableMembers none() {
        return NONE;
    }

    /** The nullable members of a spec read as a JSON tree; a tree without schemas has none. */
    static NullableMembers of(JsonNode specRoot) {
        if (specRoot == null) {
            return NONE;
        }
        Set<String> found = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> schemas = specRoot.path("components").path("schemas").fields();
                schemas.hasNext();) {
            Map.Entry<String, JsonNode> schema = schemas.next();
            for (Iterator<Map.Entry<String, JsonNode>> properties = schema.getValue().path("properties").fields();
                    properties.hasNext();) {
                Map.Entry<String, JsonNode> property = properties.next();
                if (property.getValue().path("nullable").asBoolean(false)) {
                    found.add(schema.getKey() + "." + property.getKey());
                }
            }
        }
        return new NullableMembers(found);
    }

    /** Whether the shape's member (by wire name) may hold {@code null}. */
    boolean contains(String shape, String wireName) {
        return members.contains(shape + "." + wireName);
    }

    /** How many members are nullable. */
    int size() {
        return members.size();
    }
}

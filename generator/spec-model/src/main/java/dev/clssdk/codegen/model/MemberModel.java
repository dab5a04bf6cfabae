package dev.clssdk.codegen.model;

import java.util.Map;
import java.util.Optional;

/**
 * One field of a shape.
 *
 * @param wireName       the JSON name (PascalCase, as documented)
 * @param javaName       the lowerCamelCase Java name, already checked to be a legal identifier
 * @param description    from the spec
 * @param type           the field's type
 * @param required       whether the caller must set it (inputs only)
 * @param constraints    bounds, lengths and patterns
 * @param defaultValue   the server-side default, as the spec writes it
 * @param sensitive      masked in {@code toString}
 * @param violationCodes error codes that override the service default for a rule (rule name to code)
 * @param presenceName   the list presence method ({@code hasX}), or {@code null} for a member that is not a list
 * @param rawName        the enum raw-string accessor ({@code xAsString}), or {@code null} for a member that is not an enum
 * @param namingNote     why a Java name is not the usual one (a Javadoc sentence), if it is not
 * @param deprecated     the spec marks the member deprecated (Tencent: {@code disabled})
 */
public record MemberModel(
        String wireName,
        String javaName,
        String description,
        TypeRef type,
        boolean required,
        Constraints constraints,
        Optional<String> defaultValue,
        boolean sensitive,
        Map<String, String> violationCodes,
        String presenceName,
        String rawName,
        Optional<String> namingNote,
        boolean deprecated) {

    public MemberModel {
        violationCodes = Map.copyOf(violationCodes);
    }

    /** The same member with another type (a renamed class). */
    public MemberModel withType(TypeRef newType) {
        return new MemberModel(wireName, javaName, description, newType, required, constraints, defaultValue, sensitive,
                violationCodes, presenceName, rawName, namingNote, deprecated);
    }
}

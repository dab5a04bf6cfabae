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
        Map<String, String> violationCodes) {

    public MemberModel {
        violationCodes = Map.copyOf(violationCodes);
    }
}

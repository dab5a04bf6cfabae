package dev.clssdk.codegen.model;

import java.util.List;
import java.util.Optional;

/**
 * The whole API as the emitters see it: read once from the spec, never from the raw OpenAPI
 * document again. Lists are in a fixed order so that output is deterministic.
 *
 * @param service     Tencent's service name, used in the signing scope (for example {@code cls})
 * @param title       a human-readable title
 * @param apiVersion  the {@code X-TC-Version} value (for example {@code 2020-10-16})
 * @param specRevision the revision of our spec for this API version
 * @param defaultHost the endpoint host of the first server in the spec
 * @param javaPackage the base package of the generated code
 * @param operations  the actions, sorted by name
 * @param shapes      the structure types, sorted by name
 * @param enums       the enum types, sorted by name
 * @param errorCodes  every error code (per action and common), sorted by code
 * @param validationCodes which error code the server answers for a broken rule
 */
public record ServiceModel(
        String service,
        String title,
        String apiVersion,
        int specRevision,
        String defaultHost,
        String javaPackage,
        List<OperationModel> operations,
        List<ShapeModel> shapes,
        List<EnumModel> enums,
        List<ErrorCodeModel> errorCodes,
        ValidationCodes validationCodes) {

    public ServiceModel {
        operations = List.copyOf(operations);
        shapes = List.copyOf(shapes);
        enums = List.copyOf(enums);
        errorCodes = List.copyOf(errorCodes);
    }

    public Optional<ShapeModel> shape(String name) {
        return shapes.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public Optional<EnumModel> enumType(String name) {
        return enums.stream().filter(e -> e.name().equals(name)).findFirst();
    }
}

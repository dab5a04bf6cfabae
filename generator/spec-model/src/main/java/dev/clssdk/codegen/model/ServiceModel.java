package dev.clssdk.codegen.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

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
 * @param paginators  the Offset/Limit actions, sorted by action
 * @param waiters     the waiters, sorted by name
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
        ValidationCodes validationCodes,
        List<PaginatorModel> paginators,
        List<WaiterModel> waiters) {

    public ServiceModel {
        operations = List.copyOf(operations);
        shapes = List.copyOf(shapes);
        enums = List.copyOf(enums);
        errorCodes = List.copyOf(errorCodes);
        paginators = List.copyOf(paginators);
        waiters = List.copyOf(waiters);
    }

    public Optional<OperationModel> operation(String action) {
        return operations.stream().filter(o -> o.action().equals(action)).findFirst();
    }

    public Optional<PaginatorModel> paginator(String action) {
        return paginators.stream().filter(p -> p.operation().equals(action)).findFirst();
    }

    /** The error codes by {@linkplain ErrorCodeModel#family() family}, families sorted, codes sorted. */
    public SortedMap<String, List<ErrorCodeModel>> errorFamilies() {
        SortedMap<String, List<ErrorCodeModel>> families = new TreeMap<>();
        for (ErrorCodeModel error : errorCodes) {
            families.computeIfAbsent(error.family(), f -> new ArrayList<>()).add(error);
        }
        families.replaceAll((family, codes) -> List.copyOf(codes));
        return Collections.unmodifiableSortedMap(families);
    }

    public Optional<ShapeModel> shape(String name) {
        return shapes.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public Optional<EnumModel> enumType(String name) {
        return enums.stream().filter(e -> e.name().equals(name)).findFirst();
    }
}

package dev.clssdk.codegen.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The steps that complete an imported spec with what Tencent's model itself lacks, in a fixed
 * order: the service's error codes from Tencent's catalogue ({@code info.x-tc-service-errors}),
 * paginators by the {@link PaginatorDetector} rules (Offset/Limit and cursor; {@code x-tc-paginators}), then the
 * human-written {@link Overlay}, which has the last word.
 */
public final class ImportCompletion {
    /**
     * What the steps did, for the import report.
     *
     * @param serviceErrors  the service's own error codes added
     * @param paginators     the actions given a paginator
     * @param notPaginated   the actions that look paged but got none, each with the reason
     * @param cursorsByToken how many of the paginators page by a cursor, by the cursor's member
     *                       ({@code Context}, {@code NextToken}, ...)
     */
    public record Report(int serviceErrors, List<String> paginators, List<String> notPaginated,
            java.util.SortedMap<String, Integer> cursorsByToken) {

        /** How many paginators page by a cursor. */
        public int cursors() {
            return cursorsByToken.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** The completed spec and its report. */
    public record Completed(String yaml, Report report) {}

    private ImportCompletion() {
    }

    /**
     * Completes an import.
     *
     * @param imported the importer's spec
     * @param model the model it was imported from
     * @param actions the actions imported
     * @param errorCodes the error-code catalogue, or {@code null}
     * @param overlay the overlay, or {@code null}
     * @return the completed spec
     * @throws IllegalArgumentException if the overlay no longer matches the model
     */
    public static Completed complete(String imported, TencentModel model, Set<String> actions,
            TencentErrorCodes errorCodes, Overlay overlay) {
        Map<String, Object> spec = SpecTree.parse(imported);
        int serviceErrors = 0;
        if (errorCodes != null) {
            serviceErrors = addServiceErrors(spec, errorCodes.codes(model.service(), model.apiVersion()));
        }
        PaginatorDetector.Result paging = PaginatorDetector.detect(model, actions);
        if (!paging.paginators().isEmpty()) {
            Map<String, Object> paginators = SpecTree.mapOrNew(spec, "x-tc-paginators");
            for (PaginatorDetector.Paginator paginator : paging.paginators()) {
                paginators.putIfAbsent(paginator.action(), paginator.entry());
            }
        }
        String yaml = TencentImporter.dump(spec);
        if (overlay != null) {
            yaml = overlay.applyTo(yaml);
        }
        java.util.SortedMap<String, Integer> cursors = new java.util.TreeMap<>();
        for (PaginatorDetector.Paginator paginator : paging.paginators()) {
            if (paginator.cursor()) {
                cursors.merge(paginator.token(), 1, Integer::sum);
            }
        }
        return new Completed(yaml, new Report(serviceErrors,
                paging.paginators().stream().map(PaginatorDetector.Paginator::action).toList(),
                paging.notPaginated().stream().map(n -> n.action() + ": " + n.reason()).toList(),
                java.util.Collections.unmodifiableSortedMap(cursors)));
    }

    /** The catalogue's codes that the spec does not list as common, in catalogue order. */
    private static int addServiceErrors(Map<String, Object> spec, List<TencentErrorCodes.ErrorCode> codes) {
        Map<String, Object> info = SpecTree.mapOrNew(spec, "info");
        Set<String> common = new TreeSet<>();
        List<Object> commonErrors = SpecTree.list(info, "x-tc-common-errors");
        if (commonErrors != null) {
            for (Object entry : commonErrors) {
                if (entry instanceof Map<?, ?> map && map.get("code") instanceof String code) {
                    common.add(code);
                }
            }
        }
        List<Object> serviceErrors = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (TencentErrorCodes.ErrorCode code : codes) {
            if (common.contains(code.code()) || !seen.add(code.code())) {
                continue;
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("code", code.code());
            entry.put("description", code.description());
            serviceErrors.add(entry);
        }
        if (!serviceErrors.isEmpty()) {
            info.put("x-tc-service-errors", serviceErrors);
        }
        return serviceErrors.size();
    }
}

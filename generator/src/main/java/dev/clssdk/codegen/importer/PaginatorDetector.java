package dev.clssdk.codegen.importer;

import dev.clssdk.codegen.importer.TencentModel.Action;
import dev.clssdk.codegen.importer.TencentModel.Member;
import dev.clssdk.codegen.importer.TencentModel.TencentObject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Finds the actions that page by Offset and Limit, by one documented rule: the input has integer
 * members {@code Offset} and {@code Limit}, and the output has an integer {@code TotalCount} and
 * exactly one list member, whose elements are objects, and none of these members is one Tencent
 * marks disabled (deprecated: such an action pages another way now, as VOD's
 * {@code DescribeRoundPlays}, whose {@code Offset} gave way to a {@code ScrollToken}). Such an
 * action gets an {@code x-tc-paginators} entry. An action with {@code Offset}/{@code Limit} that breaks the rule,
 * or one that pages with a cursor ({@code Context}, as {@code SearchLog} does), is listed as not
 * paginated, with the reason.
 */
final class PaginatorDetector {
    /** A detected paginator, as the spec's {@code x-tc-paginators} entry. */
    record Paginator(String action, String items) {
        Map<String, Object> entry() {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("offset", "Offset");
            entry.put("limit", "Limit");
            entry.put("items", items);
            entry.put("total", "TotalCount");
            return entry;
        }
    }

    /** An action that looks paged but is not given a paginator. */
    record NotPaginated(String action, String reason) {}

    /** What the rule found. */
    record Result(List<Paginator> paginators, List<NotPaginated> notPaginated) {}

    private PaginatorDetector() {
    }

    static Result detect(TencentModel model, Collection<String> actions) {
        Map<String, Action> chosen = new TreeMap<>();
        for (Action action : model.actions().values()) {
            if (actions.contains(action.name())) {
                chosen.put(action.name(), action);
            }
        }
        List<Paginator> paginators = new ArrayList<>();
        List<NotPaginated> skipped = new ArrayList<>();
        for (Action action : chosen.values()) {
            TencentObject input = model.objects().get(action.input());
            TencentObject output = model.objects().get(action.output());
            if (input == null || output == null) {
                continue;
            }
            boolean offset = integer(member(input, "Offset"));
            boolean limit = integer(member(input, "Limit"));
            boolean cursor = member(input, "Context").isPresent() && member(output, "Context").isPresent();
            if (cursor) {
                // A cursor wins over Offset/Limit: the next page is asked for with the answer's Context.
                skipped.add(new NotPaginated(action.name(), "pages with a Context cursor (not paginated: the cursor form"
                        + " is not generated yet)"));
                continue;
            }
            if (!offset && !limit) {
                continue;
            }
            if (!offset || !limit) {
                skipped.add(new NotPaginated(action.name(), "has " + (offset ? "Offset" : "Limit") + " but not "
                        + (offset ? "Limit" : "Offset")));
                continue;
            }
            if (!integer(member(output, "TotalCount"))) {
                skipped.add(new NotPaginated(action.name(), "its output has no integer TotalCount"));
                continue;
            }
            List<Member> lists = output.members().stream().filter(m -> m.type().equals("list")).toList();
            if (lists.size() != 1) {
                skipped.add(new NotPaginated(action.name(), "its output has " + lists.size() + " lists, not one"));
                continue;
            }
            if (!model.objects().containsKey(lists.get(0).elementType())) {
                skipped.add(new NotPaginated(action.name(), "its list " + lists.get(0).name() + " holds "
                        + lists.get(0).elementType() + " values, not objects"));
                continue;
            }
            Optional<String> disabled = java.util.stream.Stream.of(member(input, "Offset"), member(input, "Limit"),
                            member(output, "TotalCount"), Optional.of(lists.get(0)))
                    .flatMap(Optional::stream).filter(Member::disabled).map(Member::name).findFirst();
            if (disabled.isPresent()) {
                skipped.add(new NotPaginated(action.name(), "its " + disabled.get()
                        + " is deprecated (Tencent marks it disabled)"));
                continue;
            }
            paginators.add(new Paginator(action.name(), lists.get(0).name()));
        }
        return new Result(List.copyOf(paginators), List.copyOf(skipped));
    }

    private static Optional<Member> member(TencentObject object, String name) {
        return object.members().stream().filter(m -> m.name().equals(name)).findFirst();
    }

    private static boolean integer(Optional<Member> member) {
        return member.isPresent() && member.get().type().equals("int");
    }
}

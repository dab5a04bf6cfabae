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
 * Finds the actions that page, by documented rules, and lists with the reason every action that
 * looks paged but is declined (api-spec/README.md, "Importing a whole service").
 *
 * <p><b>Cursor</b> (checked first: a cursor wins over Offset/Limit, as in CLS {@code SearchLog},
 * which has both): the input has a string member named one of {@link #CURSOR_TOKENS} ({@code Context},
 * {@code NextToken}, {@code Cursor}, {@code ScrollToken}, {@code ScrollId}, {@code SearchAfter},
 * {@code Marker}), not required; the output hands the next token back in a string member of the
 * same name or of that name with {@code Next} in front ({@code Marker -> NextMarker}); the items are
 * the output's only list of objects or, when it has several, the one named {@code Results}; an
 * output boolean {@code ListOver} is the end flag. The entry is {@code {kind: cursor, token,
 * nextToken, items, over?}}; the iteration also ends at an absent or empty token and at an empty
 * page. The import report counts cursor paginators by their token.
 *
 * <p><b>Offset/Limit</b>: the input has integer members {@code Offset} and {@code Limit}, and the
 * output has an integer {@code TotalCount} and exactly one list member, whose elements are objects.
 *
 * <p>Either way, none of these members may be one Tencent marks disabled (deprecated: such an
 * action pages another way now, as VOD's {@code DescribeRoundPlays}, whose {@code Offset} gave way
 * to a {@code ScrollToken}).
 */
final class PaginatorDetector {
    /** The request members a cursor is carried in, in the order they are looked for. */
    static final List<String> CURSOR_TOKENS = List.of("Context", "NextToken", "Cursor", "ScrollToken", "ScrollId",
            "SearchAfter", "Marker");

    /** A detected paginator, as the spec's {@code x-tc-paginators} entry; {@code token} is set for a cursor. */
    record Paginator(String action, String items, String token, String nextToken, String over) {
        static Paginator offsetLimit(String action, String items) {
            return new Paginator(action, items, null, null, null);
        }

        boolean cursor() {
            return token != null;
        }

        Map<String, Object> entry() {
            Map<String, Object> entry = new LinkedHashMap<>();
            if (cursor()) {
                entry.put("kind", "cursor");
                entry.put("token", token);
                entry.put("nextToken", nextToken);
                entry.put("items", items);
                if (over != null) {
                    entry.put("over", over);
                }
                return entry;
            }
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
            Optional<String> token = CURSOR_TOKENS.stream().filter(t -> member(input, t).isPresent()).findFirst();
            if (token.isPresent()) {
                Cursor found = cursor(model, action, input, output, token.get());
                if (found.paginator() != null) {
                    paginators.add(found.paginator());
                } else {
                    skipped.add(new NotPaginated(action.name(), found.reason()));
                }
                continue;
            }
            boolean offset = integer(member(input, "Offset"));
            boolean limit = integer(member(input, "Limit"));
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
            paginators.add(Paginator.offsetLimit(action.name(), lists.get(0).name()));
        }
        return new Result(List.copyOf(paginators), List.copyOf(skipped));
    }

    /** A cursor paginator by the rule, or the reason the action is declined. */
    private record Cursor(Paginator paginator, String reason) {}

    private static Cursor cursor(TencentModel model, Action action, TencentObject input, TencentObject output, String token) {
        Member in = member(input, token).orElseThrow();
        String declined = "pages with a " + token + " cursor but ";
        if (!in.type().equals("string")) {
            return new Cursor(null, declined + "its " + token + " is " + in.type() + ", not a string");
        }
        if (in.required()) {
            return new Cursor(null, declined + "its " + token + " is required (the first page is asked for without one)");
        }
        Optional<Member> next = member(output, token).or(() -> member(output, "Next" + token));
        if (next.isEmpty()) {
            return new Cursor(null, declined + "its output hands back no " + token + " (nor Next" + token + ")");
        }
        if (!next.get().type().equals("string")) {
            return new Cursor(null, declined + "its output's " + next.get().name() + " is " + next.get().type()
                    + ", not a string");
        }
        List<Member> lists = output.members().stream()
                .filter(m -> m.type().equals("list") && model.objects().containsKey(m.elementType())).toList();
        Optional<Member> items = lists.size() == 1 ? Optional.of(lists.get(0))
                : lists.stream().filter(m -> m.name().equals("Results")).findFirst();
        if (items.isEmpty()) {
            return new Cursor(null, declined + "its output has " + lists.size() + " lists of objects"
                    + (lists.isEmpty() ? "" : " (" + String.join(", ", lists.stream().map(Member::name).toList()) + ")")
                    + (lists.size() > 1 ? " and none is named Results" : ""));
        }
        Optional<Member> over = member(output, "ListOver").filter(m -> m.type().equals("bool"));
        Optional<String> disabled = java.util.stream.Stream.of(Optional.of(in), next, items, over)
                .flatMap(Optional::stream).filter(Member::disabled).map(Member::name).findFirst();
        if (disabled.isPresent()) {
            return new Cursor(null, declined + "its " + disabled.get() + " is deprecated (Tencent marks it disabled)");
        }
        return new Cursor(new Paginator(action.name(), items.get().name(), token, next.get().name(),
                over.map(Member::name).orElse(null)), null);
    }

    private static Optional<Member> member(TencentObject object, String name) {
        return object.members().stream().filter(m -> m.name().equals(name)).findFirst();
    }

    private static boolean integer(Optional<Member> member) {
        return member.isPresent() && member.get().type().equals("int");
    }
}

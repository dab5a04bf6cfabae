package dev.clssdk.codegen.spec;

import dev.clssdk.codegen.model.AcceptorModel;
import dev.clssdk.codegen.model.EnumModel;
import dev.clssdk.codegen.model.MemberModel;
import dev.clssdk.codegen.model.OperationModel;
import dev.clssdk.codegen.model.PaginatorModel;
import dev.clssdk.codegen.model.ShapeModel;
import dev.clssdk.codegen.model.TypeRef;
import dev.clssdk.codegen.model.WaiterModel;
import dev.clssdk.codegen.naming.Names;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and checks the document-root extensions {@code x-tc-paginators} and {@code x-tc-waiters}
 * against the actions and shapes already read, so that every name they use resolves to a member
 * of the right type before an emitter sees them.
 */
final class PagingReader {

    private static final Set<String> PAGINATOR_KEYS = Set.of("offset", "limit", "items", "total");
    private static final Set<String> CURSOR_KEYS = Set.of("kind", "token", "nextToken", "items", "over");
    private static final Set<String> WAITER_KEYS =
            Set.of("description", "operation", "input", "items", "key", "acceptors", "delay", "startedBy");
    private static final Set<String> ACCEPTOR_KEYS = Set.of("path", "expected", "state");
    private static final Set<String> DELAY_KEYS = Set.of("initial", "max");
    private static final Set<String> STARTED_BY_KEYS = Set.of("operation", "input", "output");

    private final List<OperationModel> operations;
    private final List<ShapeModel> shapes;
    private final List<EnumModel> enums;

    PagingReader(List<OperationModel> operations, List<ShapeModel> shapes, List<EnumModel> enums) {
        this.operations = operations;
        this.shapes = shapes;
        this.enums = enums;
    }

    // ---------------------------------------------------------------- paginators

    List<PaginatorModel> paginators(Object value) {
        Pointer at = Pointer.ROOT.at(Extensions.PAGINATORS);
        List<PaginatorModel> paginators = new ArrayList<>();
        for (Map.Entry<?, ?> entry : map(value, at, "a map from action to {offset, limit, items, total}").entrySet()) {
            String action = String.valueOf(entry.getKey());
            Pointer pAt = at.at(action);
            OperationModel op = operation(action, pAt);
            Map<?, ?> p = map(entry.getValue(), pAt, "{offset, limit, items, total?} or {kind: cursor, token, nextToken, items, over?}");
            ShapeModel input = shape(op.inputShape());
            ShapeModel output = shape(op.outputShape());
            if (p.containsKey("kind")) {
                paginators.add(cursor(action, p, input, output, pAt));
                continue;
            }
            checkKeys(p, PAGINATOR_KEYS, pAt);
            String offset = integerMember(input, requiredString(p, "offset", pAt), pAt.at("offset"));
            String limit = integerMember(input, requiredString(p, "limit", pAt), pAt.at("limit"));
            if (offset.equals(limit)) {
                throw pAt.error("offset and limit must be different members");
            }
            String items = requiredString(p, "items", pAt);
            MemberModel itemsMember = member(output, items, pAt.at("items"));
            if (!(itemsMember.type() instanceof TypeRef.ListOf list) || !(list.element() instanceof TypeRef.ShapeType)) {
                throw pAt.at("items").error("'" + items + "' must be a list of structures, is " + describe(itemsMember.type()));
            }
            Optional<String> total = optionalString(p, "total", pAt)
                    .map(t -> integerMember(output, t, pAt.at("total")));
            paginators.add(new PaginatorModel(action, offset, limit, items, total));
        }
        paginators.sort(Comparator.comparing(PaginatorModel::operation));
        return paginators;
    }

    /** A {@code kind: cursor} entry: string token in the request and the response, a list of structures, a boolean flag. */
    private PaginatorModel cursor(String action, Map<?, ?> p, ShapeModel input, ShapeModel output, Pointer pAt) {
        checkKeys(p, CURSOR_KEYS, pAt);
        if (!"cursor".equals(p.get("kind"))) {
            throw pAt.at("kind").error("the only paginator kind is 'cursor' (Offset/Limit paginators have no kind)");
        }
        String token = requiredString(p, "token", pAt);
        MemberModel tokenMember = member(input, token, pAt.at("token"));
        if (!isString(tokenMember.type())) {
            throw pAt.at("token").error("'" + token + "' must be a string member, is " + describe(tokenMember.type()));
        }
        if (tokenMember.required()) {
            throw pAt.at("token").error("'" + token + "' is required, but the first page is asked for without a token");
        }
        String nextToken = requiredString(p, "nextToken", pAt);
        MemberModel nextMember = member(output, nextToken, pAt.at("nextToken"));
        if (!isString(nextMember.type())) {
            throw pAt.at("nextToken").error("'" + nextToken + "' must be a string member, is " + describe(nextMember.type()));
        }
        String items = requiredString(p, "items", pAt);
        MemberModel itemsMember = member(output, items, pAt.at("items"));
        if (!(itemsMember.type() instanceof TypeRef.ListOf list) || !(list.element() instanceof TypeRef.ShapeType)) {
            throw pAt.at("items").error("'" + items + "' must be a list of structures, is " + describe(itemsMember.type()));
        }
        Optional<String> over = optionalString(p, "over", pAt);
        if (over.isPresent()) {
            MemberModel overMember = member(output, over.get(), pAt.at("over"));
            if (!(overMember.type() instanceof TypeRef.Scalar s && s.kind() == TypeRef.ScalarKind.BOOLEAN)) {
                throw pAt.at("over").error("'" + over.get() + "' must be a boolean member, is " + describe(overMember.type()));
            }
        }
        return PaginatorModel.cursor(action, items, new PaginatorModel.Cursor(token, nextToken, over));
    }

    private static boolean isString(TypeRef type) {
        return type instanceof TypeRef.Scalar s && s.kind() == TypeRef.ScalarKind.STRING;
    }

    // ---------------------------------------------------------------- waiters

    List<WaiterModel> waiters(Object value, List<PaginatorModel> paginators) {
        Pointer at = Pointer.ROOT.at(Extensions.WAITERS);
        List<WaiterModel> waiters = new ArrayList<>();
        for (Map.Entry<?, ?> entry : map(value, at, "a map from waiter name to waiter").entrySet()) {
            String name = String.valueOf(entry.getKey());
            Pointer wAt = at.at(name);
            Names.typeName(name).orElseThrow(() -> wAt.error("'" + name + "' must be an UpperCamelCase Java identifier"));
            waiters.add(waiter(name, map(entry.getValue(), wAt, "a waiter object"), wAt, paginators));
        }
        waiters.sort(Comparator.comparing(WaiterModel::name));
        return waiters;
    }

    private WaiterModel waiter(String name, Map<?, ?> w, Pointer at, List<PaginatorModel> paginators) {
        checkKeys(w, WAITER_KEYS, at);
        String description = optionalString(w, "description", at).orElse("").strip();
        OperationModel op = operation(requiredString(w, "operation", at), at.at("operation"));
        ShapeModel request = shape(op.inputShape());
        ShapeModel response = shape(op.outputShape());
        Optional<PaginatorModel> paginator = paginators.stream().filter(p -> p.operation().equals(op.action())).findFirst();

        List<String> input = stringList(w.get("input"), at.at("input"));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < input.size(); i++) {
            Pointer iAt = at.at("input").at(Integer.toString(i));
            String m = input.get(i);
            scalarMember(request, m, iAt);
            if (!seen.add(m)) {
                throw iAt.error("'" + m + "' is listed twice");
            }
            if (paginator.isPresent() && (m.equals(paginator.get().offset()) || m.equals(paginator.get().limit()))) {
                throw iAt.error("'" + m + "' is set by the paginator; it cannot be a waiter parameter");
            }
        }
        for (MemberModel m : request.members()) {
            if (m.required() && !input.contains(m.wireName())) {
                throw at.at("input").error("'" + m.wireName() + "' is required by " + request.name()
                        + ": it must be a waiter parameter, or the poll could not be built");
            }
        }

        Optional<String> items = optionalString(w, "items", at);
        Optional<String> key = optionalString(w, "key", at);
        ShapeModel target = response;
        if (items.isPresent()) {
            if (paginator.isPresent() && paginator.get().isCursor()) {
                throw at.at("items").error("a waiter with items follows the pages of an Offset/Limit paginator;"
                        + " " + op.action() + "'s pages by a cursor");
            }
            if (paginator.isEmpty()) {
                throw at.at("items").error("a waiter with items follows the pages of " + op.action()
                        + ", which needs an entry in " + Extensions.PAGINATORS);
            }
            if (!items.get().equals(paginator.get().items())) {
                throw at.at("items").error("'" + items.get() + "' is not the items member of " + op.action()
                        + "'s paginator ('" + paginator.get().items() + "')");
            }
            TypeRef.ListOf list = (TypeRef.ListOf) member(response, items.get(), at.at("items")).type();
            target = shape(((TypeRef.ShapeType) list.element()).name());
            String k = key.orElseThrow(() -> at.error("a waiter with items needs a key: the item member that selects the target"));
            scalarMember(target, k, at.at("key"));
            if (input.contains(k)) {
                throw at.at("key").error("'" + k + "' is already an input parameter");
            }
        } else if (key.isPresent()) {
            throw at.at("key").error("key selects an item: it needs items");
        }

        List<AcceptorModel> acceptors = acceptors(w.get("acceptors"), at.at("acceptors"), target);
        Map<?, ?> delay = map(w.get("delay"), at.at("delay"), "required: {initial: <seconds>, max: <seconds>}");
        checkKeys(delay, DELAY_KEYS, at.at("delay"));
        int initial = seconds(delay.get("initial"), at.at("delay").at("initial"));
        int max = seconds(delay.get("max"), at.at("delay").at("max"));
        if (max < 1 || initial > max) {
            throw at.at("delay").error("needs 0 <= initial <= max and max >= 1");
        }
        WaiterModel partial = new WaiterModel(name, description, op.action(), input, items, key, acceptors, initial, max,
                Optional.empty());
        checkParameterNames(partial, at);
        Optional<WaiterModel.StartedBy> startedBy = w.get("startedBy") == null ? Optional.empty()
                : Optional.of(startedBy(w.get("startedBy"), at.at("startedBy"), partial, request, target));
        return new WaiterModel(name, description, op.action(), input, items, key, acceptors, initial, max, startedBy);
    }

    private List<AcceptorModel> acceptors(Object value, Pointer at, ShapeModel target) {
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            throw at.error("required: a non-empty list of {path, expected, state}");
        }
        List<AcceptorModel> acceptors = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Pointer aAt = at.at(Integer.toString(i));
            Map<?, ?> a = map(list.get(i), aAt, "an acceptor is {path, expected, state}");
            checkKeys(a, ACCEPTOR_KEYS, aAt);
            List<String> path = path(requiredString(a, "path", aAt), target, aAt.at("path"));
            Object expectedValue = a.get("expected");
            if (!(expectedValue instanceof String || expectedValue instanceof Number || expectedValue instanceof Boolean)) {
                throw aAt.at("expected").error("required: a string, number or boolean");
            }
            String expected = String.valueOf(expectedValue);
            checkExpected(leaf(path, target), expected, aAt.at("expected"));
            String stateName = requiredString(a, "state", aAt);
            AcceptorModel.State state = Arrays.stream(AcceptorModel.State.values())
                    .filter(s -> s.specName().equals(stateName)).findFirst()
                    .orElseThrow(() -> aAt.at("state").error("unknown state '" + stateName + "': success, failure or retry"));
            acceptors.add(new AcceptorModel(path, expected, state));
        }
        if (acceptors.stream().noneMatch(a -> a.state() == AcceptorModel.State.SUCCESS)) {
            throw at.error("a waiter needs at least one acceptor with state success");
        }
        return acceptors;
    }

    /** {@code Detail.Phase}: every step but the last a structure member, the last a scalar or enum. */
    private List<String> path(String dotted, ShapeModel target, Pointer at) {
        List<String> steps = List.of(dotted.split("\\.", -1));
        ShapeModel current = target;
        for (int i = 0; i < steps.size(); i++) {
            String step = steps.get(i);
            MemberModel m = current.members().stream().filter(x -> x.wireName().equals(step)).findFirst()
                    .orElseThrow(() -> at.error("'" + dotted + "' does not resolve: " + shapeName(target, steps, step)
                            + " has no member '" + step + "'"));
            boolean last = i == steps.size() - 1;
            if (last && !scalarOrEnum(m.type())) {
                throw at.error("'" + dotted + "' must end at a scalar or enum member, '" + step + "' is " + describe(m.type()));
            }
            if (!last) {
                if (!(m.type() instanceof TypeRef.ShapeType next)) {
                    throw at.error("'" + dotted + "' does not resolve: '" + step + "' is " + describe(m.type())
                            + ", not a structure");
                }
                current = shape(next.name());
            }
        }
        return steps;
    }

    private String shapeName(ShapeModel target, List<String> steps, String step) {
        ShapeModel current = target;
        for (String s : steps) {
            if (s.equals(step)) {
                break;
            }
            current = shape(((TypeRef.ShapeType) current.member(s).type()).name());
        }
        return current.name();
    }

    private MemberModel leaf(List<String> path, ShapeModel target) {
        ShapeModel current = target;
        for (int i = 0; i < path.size() - 1; i++) {
            current = shape(((TypeRef.ShapeType) current.member(path.get(i)).type()).name());
        }
        return current.member(path.get(path.size() - 1));
    }

    private void checkExpected(MemberModel leaf, String expected, Pointer at) {
        if (leaf.type() instanceof TypeRef.EnumType e) {
            EnumModel model = enums.stream().filter(x -> x.name().equals(e.name())).findFirst().orElseThrow();
            if (model.values().stream().noneMatch(v -> v.value().equals(expected))) {
                throw at.error("'" + expected + "' is not one of the values of " + e.name());
            }
        } else if (leaf.type() instanceof TypeRef.Scalar s) {
            boolean ok = switch (s.kind()) {
                case STRING -> true;
                case BOOLEAN -> expected.equals("true") || expected.equals("false");
                case INT32, INT64 -> expected.matches("-?\\d+");
                case DOUBLE -> expected.matches("-?\\d+(\\.\\d+)?");
            };
            if (!ok) {
                throw at.error("'" + expected + "' is not a " + describe(leaf.type()) + " value");
            }
        }
    }

    private WaiterModel.StartedBy startedBy(Object value, Pointer at, WaiterModel waiter, ShapeModel polled,
            ShapeModel target) {
        Map<?, ?> s = map(value, at, "{operation, input?, output?}");
        checkKeys(s, STARTED_BY_KEYS, at);
        OperationModel start = operation(requiredString(s, "operation", at), at.at("operation"));
        Map<String, String> input = mapping(s.get("input"), at.at("input"), waiter, shape(start.inputShape()), polled, target);
        Map<String, String> output = mapping(s.get("output"), at.at("output"), waiter, shape(start.outputShape()), polled, target);
        for (String parameter : waiter.parameters()) {
            boolean inInput = input.containsKey(parameter);
            boolean inOutput = output.containsKey(parameter);
            if (inInput && inOutput) {
                throw at.error("waiter parameter '" + parameter + "' is filled from both input and output");
            }
            if (!inInput && !inOutput) {
                throw at.error("waiter parameter '" + parameter + "' is filled from neither input nor output of "
                        + start.action());
            }
        }
        return new WaiterModel.StartedBy(start.action(), input, output);
    }

    /** {@code {waiterParameter: memberOfSource}}; types must agree. */
    private Map<String, String> mapping(Object value, Pointer at, WaiterModel waiter, ShapeModel source,
            ShapeModel polled, ShapeModel target) {
        if (value == null) {
            return Map.of();
        }
        Map<String, String> mapping = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map(value, at, "a map from waiter parameter to member").entrySet()) {
            String parameter = String.valueOf(e.getKey());
            Pointer eAt = at.at(parameter);
            if (!waiter.parameters().contains(parameter)) {
                throw eAt.error("'" + parameter + "' is not a waiter parameter " + waiter.parameters());
            }
            if (!(e.getValue() instanceof String m)) {
                throw eAt.error("must name a member of " + source.name());
            }
            MemberModel from = member(source, m, eAt);
            boolean isKey = waiter.key().isPresent() && waiter.key().get().equals(parameter);
            MemberModel to = (isKey ? target : polled).member(parameter);
            if (!from.type().equals(to.type())) {
                throw eAt.error("'" + m + "' is " + describe(from.type()) + ", the waiter parameter '" + parameter
                        + "' is " + describe(to.type()));
            }
            mapping.put(parameter, m);
        }
        return mapping;
    }

    private static void checkParameterNames(WaiterModel waiter, Pointer at) {
        Set<String> javaNames = new HashSet<>();
        for (String parameter : waiter.parameters()) {
            String javaName = Names.memberName(parameter).orElseThrow();
            if (Names.WAITER_LOCALS.contains(javaName)) {
                throw at.error("waiter parameter '" + parameter + "' maps to '" + javaName
                        + "', a name the generated waiter uses itself");
            }
            if (!javaNames.add(javaName)) {
                throw at.error("two waiter parameters map to the Java name '" + javaName + "'");
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    private OperationModel operation(String action, Pointer at) {
        return operations.stream().filter(o -> o.action().equals(action)).findFirst()
                .orElseThrow(() -> at.error("no action '" + action + "'"));
    }

    private ShapeModel shape(String name) {
        return shapes.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private static MemberModel member(ShapeModel shape, String wireName, Pointer at) {
        return shape.members().stream().filter(m -> m.wireName().equals(wireName)).findFirst()
                .orElseThrow(() -> at.error(shape.name() + " has no member '" + wireName + "'"));
    }

    private static String integerMember(ShapeModel shape, String wireName, Pointer at) {
        MemberModel m = member(shape, wireName, at);
        if (!(m.type() instanceof TypeRef.Scalar s)
                || !(s.kind() == TypeRef.ScalarKind.INT64 || s.kind() == TypeRef.ScalarKind.INT32)) {
            throw at.error("'" + wireName + "' must be an integer, is " + describe(m.type()));
        }
        return wireName;
    }

    private static void scalarMember(ShapeModel shape, String wireName, Pointer at) {
        MemberModel m = member(shape, wireName, at);
        if (!scalarOrEnum(m.type())) {
            throw at.error("'" + wireName + "' must be a scalar or enum, is " + describe(m.type()));
        }
    }

    private static boolean scalarOrEnum(TypeRef type) {
        return type instanceof TypeRef.Scalar || type instanceof TypeRef.EnumType;
    }

    private static String describe(TypeRef type) {
        if (type instanceof TypeRef.Scalar scalar) {
            return scalar.kind().name().toLowerCase(java.util.Locale.ROOT);
        }
        if (type instanceof TypeRef.EnumType e) {
            return "enum " + e.name();
        }
        if (type instanceof TypeRef.ShapeType s) {
            return "structure " + s.name();
        }
        return "a list of " + describe(((TypeRef.ListOf) type).element());
    }

    private static Map<?, ?> map(Object value, Pointer at, String expected) {
        if (!(value instanceof Map<?, ?> m)) {
            throw at.error("must be " + expected);
        }
        return m;
    }

    private static void checkKeys(Map<?, ?> map, Set<String> allowed, Pointer at) {
        for (Object key : map.keySet()) {
            if (!allowed.contains(String.valueOf(key))) {
                throw at.at(String.valueOf(key)).error("unknown key; allowed: " + new java.util.TreeSet<>(allowed));
            }
        }
    }

    private static String requiredString(Map<?, ?> map, String key, Pointer at) {
        return optionalString(map, key, at).orElseThrow(() -> at.at(key).error("required: a non-empty string"));
    }

    private static Optional<String> optionalString(Map<?, ?> map, String key, Pointer at) {
        Object value = map.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String s) || s.isBlank()) {
            throw at.at(key).error("must be a non-empty string");
        }
        return Optional.of(s);
    }

    private static List<String> stringList(Object value, Pointer at) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw at.error("must be a list of member names");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof String s) || s.isBlank()) {
                throw at.at(Integer.toString(i)).error("must be a member name");
            }
            out.add(s);
        }
        return out;
    }

    private static int seconds(Object value, Pointer at) {
        if (!(value instanceof Integer i) || i < 0) {
            throw at.error("required: a whole number of seconds, at least 0");
        }
        return i;
    }
}

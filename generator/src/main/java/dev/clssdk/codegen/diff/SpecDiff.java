package dev.clssdk.codegen.diff;

import static dev.clssdk.codegen.diff.Impact.BREAKING;
import static dev.clssdk.codegen.diff.Impact.COMPATIBLE;

import dev.clssdk.codegen.model.Constraints;
import dev.clssdk.codegen.model.CrossFieldRule;
import dev.clssdk.codegen.model.EnumModel;
import dev.clssdk.codegen.model.ErrorCodeModel;
import dev.clssdk.codegen.model.MemberModel;
import dev.clssdk.codegen.model.OperationModel;
import dev.clssdk.codegen.model.PaginatorModel;
import dev.clssdk.codegen.model.ServiceModel;
import dev.clssdk.codegen.model.ShapeModel;
import dev.clssdk.codegen.model.ShapeRole;
import dev.clssdk.codegen.model.TypeRef;
import dev.clssdk.codegen.model.WaiterModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Compares two {@link ServiceModel}s (never the raw YAML: only what the generator sees can change
 * the SDK) and classifies every difference for callers of the generated SDK and for the wire.
 *
 * <p>The direction of a shape matters: a tighter bound on something callers send breaks them,
 * while a tighter bound on something the server sends only narrows what they receive. A shape
 * counts as sent (or received) if it is sent (or received) in either spec.
 */
public final class SpecDiff {

    private final ServiceModel oldModel;
    private final ServiceModel newModel;
    private final List<Change> changes = new ArrayList<>();

    private SpecDiff(ServiceModel oldModel, ServiceModel newModel) {
        this.oldModel = oldModel;
        this.newModel = newModel;
    }

    /** Every difference from {@code oldModel} to {@code newModel}. */
    public static DiffReport compare(ServiceModel oldModel, ServiceModel newModel, String oldLabel, String newLabel) {
        SpecDiff diff = new SpecDiff(oldModel, newModel);
        diff.compareService();
        diff.compareOperations();
        diff.compareErrors();
        diff.compareShapes();
        diff.compareEnums();
        diff.comparePaginators();
        diff.compareWaiters();
        return new DiffReport(oldLabel, newLabel, diff.changes);
    }

    public static DiffReport compare(ServiceModel oldModel, ServiceModel newModel) {
        return compare(oldModel, newModel, "old", "new");
    }

    // ---------------------------------------------------------------- service

    private void compareService() {
        String path = "service";
        if (!oldModel.service().equals(newModel.service())) {
            add(ChangeKind.SERVICE_CHANGED, path, BREAKING, BREAKING,
                    "service name " + oldModel.service() + " -> " + newModel.service() + " (the signing scope and class prefix)");
        }
        if (!oldModel.apiVersion().equals(newModel.apiVersion())) {
            add(ChangeKind.SERVICE_CHANGED, path, COMPATIBLE, BREAKING,
                    "API version (X-TC-Version) " + oldModel.apiVersion() + " -> " + newModel.apiVersion());
        }
        if (!oldModel.javaPackage().equals(newModel.javaPackage())) {
            add(ChangeKind.SERVICE_CHANGED, path, BREAKING, COMPATIBLE,
                    "Java package " + oldModel.javaPackage() + " -> " + newModel.javaPackage());
        }
        if (!oldModel.defaultHost().equals(newModel.defaultHost())) {
            surprise(ChangeKind.SERVICE_CHANGED, path,
                    "default host " + oldModel.defaultHost() + " -> " + newModel.defaultHost(),
                    "clients that configure no endpoint talk to another host");
        }
        if (oldModel.specRevision() != newModel.specRevision()) {
            if (newModel.specRevision() > oldModel.specRevision()) {
                add(ChangeKind.SPEC_REVISION_CHANGED, path, COMPATIBLE, COMPATIBLE,
                        "spec revision " + oldModel.specRevision() + " -> " + newModel.specRevision());
            } else {
                surprise(ChangeKind.SPEC_REVISION_CHANGED, path,
                        "spec revision " + oldModel.specRevision() + " -> " + newModel.specRevision(),
                        "the revision went backwards: the SDK version cannot follow it");
            }
        }
        if (!oldModel.validationCodes().equals(newModel.validationCodes())) {
            surprise(ChangeKind.VALIDATION_CODES_CHANGED, path,
                    "validation codes " + oldModel.validationCodes() + " -> " + newModel.validationCodes(),
                    "violations reported by build() carry other error codes");
        }
        documentation(path + " title", oldModel.title(), newModel.title());
    }

    // ---------------------------------------------------------------- actions

    private void compareOperations() {
        Map<String, OperationModel> before = index(oldModel.operations(), OperationModel::action);
        Map<String, OperationModel> after = index(newModel.operations(), OperationModel::action);
        Set<String> removed = minus(before.keySet(), after.keySet());
        Set<String> added = minus(after.keySet(), before.keySet());
        for (String action : union(before.keySet(), after.keySet())) {
            OperationModel o = before.get(action);
            OperationModel n = after.get(action);
            if (n == null) {
                add(ChangeKind.ACTION_REMOVED, action, BREAKING, BREAKING,
                        "action removed" + renameHint(added.size() == 1 ? added.iterator().next() : null));
            } else if (o == null) {
                // The client is a final class, so a new method breaks no caller and no implementer.
                add(ChangeKind.ACTION_ADDED, action, COMPATIBLE, COMPATIBLE, "action added" + renameFrom(removed));
            } else {
                compareOperation(o, n);
            }
        }
    }

    private void compareOperation(OperationModel o, OperationModel n) {
        String path = o.action();
        if (!o.inputShape().equals(n.inputShape())) {
            add(ChangeKind.ACTION_SHAPE_CHANGED, path, BREAKING, COMPATIBLE,
                    "request class " + o.inputShape() + " -> " + n.inputShape() + " (the JSON is compared shape by shape)");
        }
        if (!o.outputShape().equals(n.outputShape())) {
            add(ChangeKind.ACTION_SHAPE_CHANGED, path, BREAKING, COMPATIBLE,
                    "response class " + o.outputShape() + " -> " + n.outputShape() + " (the JSON is compared shape by shape)");
        }
        if (o.idempotent() != n.idempotent()) {
            surprise(ChangeKind.ACTION_IDEMPOTENCY_CHANGED, path,
                    "idempotent " + o.idempotent() + " -> " + n.idempotent(),
                    n.idempotent() ? "the runtime may now retry calls the server may have acted on"
                            : "the runtime no longer retries calls the server may have acted on");
        }
        if (!o.rateLimitPerSecond().equals(n.rateLimitPerSecond())) {
            String before = o.rateLimitPerSecond().isPresent() ? o.rateLimitPerSecond().getAsInt() + "/s" : "none";
            String after = n.rateLimitPerSecond().isPresent() ? n.rateLimitPerSecond().getAsInt() + "/s" : "none";
            surprise(ChangeKind.ACTION_RATE_LIMIT_CHANGED, path, "rate limit " + before + " -> " + after,
                    "client-side throttling changes pace");
        }
        for (String code : minus(n.errorCodes(), o.errorCodes())) {
            surprise(ChangeKind.ERROR_ADDED, path + " error " + code, "error code added to the action",
                    "callers can now receive this code; older SDKs map it to UNKNOWN_TO_SDK_VERSION");
        }
        for (String code : minus(o.errorCodes(), n.errorCodes())) {
            add(ChangeKind.ERROR_REMOVED_FROM_ACTION, path + " error " + code, COMPATIBLE, COMPATIBLE,
                    "error code no longer documented for the action (documentedErrors() shrinks)");
        }
        documentation(path + " summary", o.summary(), n.summary());
        documentation(path + " description", o.description(), n.description());
    }

    // ---------------------------------------------------------------- error codes

    private void compareErrors() {
        Map<String, ErrorCodeModel> before = index(oldModel.errorCodes(), ErrorCodeModel::code);
        Map<String, ErrorCodeModel> after = index(newModel.errorCodes(), ErrorCodeModel::code);
        Set<String> onActions = new TreeSet<>();
        newModel.operations().forEach(op -> onActions.addAll(op.errorCodes()));
        for (String code : union(before.keySet(), after.keySet())) {
            ErrorCodeModel o = before.get(code);
            ErrorCodeModel n = after.get(code);
            String path = "error " + code;
            if (n == null) {
                add(ChangeKind.ERROR_REMOVED, path, BREAKING, COMPATIBLE,
                        "error code removed from the service (its constant disappears from the error-code enum)");
            } else if (o == null) {
                // An added code that an action documents is already reported on that action.
                if (!onActions.contains(code)) {
                    surprise(ChangeKind.ERROR_ADDED, path, "error code added" + (n.common() ? " (common to every action)" : ""),
                            "callers can now receive this code; older SDKs map it to UNKNOWN_TO_SDK_VERSION");
                }
            } else {
                if (o.retryable() != n.retryable() || o.common() != n.common() || o.kind() != n.kind()) {
                    surprise(ChangeKind.ERROR_FLAGS_CHANGED, path,
                            "retryable " + o.retryable() + " -> " + n.retryable() + ", common " + o.common() + " -> " + n.common()
                                    + ", kind " + o.kind().specName() + " -> " + n.kind().specName(),
                            "retry and error-handling decisions based on these flags change");
                }
                documentation(path, o.description(), n.description());
            }
        }
    }

    // ---------------------------------------------------------------- shapes

    private void compareShapes() {
        Map<String, ShapeModel> before = index(oldModel.shapes(), ShapeModel::name);
        Map<String, ShapeModel> after = index(newModel.shapes(), ShapeModel::name);
        for (String name : union(before.keySet(), after.keySet())) {
            ShapeModel o = before.get(name);
            ShapeModel n = after.get(name);
            if (n == null) {
                add(ChangeKind.SHAPE_REMOVED, name, BREAKING, COMPATIBLE,
                        "type removed (no longer used by any action; its class disappears)");
            } else if (o == null) {
                add(ChangeKind.SHAPE_ADDED, name, COMPATIBLE, COMPATIBLE, "type added (" + role(n.role()) + ")");
            } else {
                compareShape(o, n);
            }
        }
    }

    private void compareShape(ShapeModel o, ShapeModel n) {
        String name = o.name();
        boolean sent = o.role().sent() || n.role().sent();
        boolean received = o.role().received() || n.role().received();
        if (o.role() != n.role()) {
            compareRole(o, n);
        }
        Map<String, MemberModel> before = index(o.members(), MemberModel::wireName);
        Map<String, MemberModel> after = index(n.members(), MemberModel::wireName);
        Set<String> removed = minus(before.keySet(), after.keySet());
        Set<String> added = minus(after.keySet(), before.keySet());
        for (String wire : union(before.keySet(), after.keySet())) {
            MemberModel om = before.get(wire);
            MemberModel nm = after.get(wire);
            String path = name + "." + wire;
            if (nm == null) {
                String twin = sameTypeTwin(om, added, after);
                add(ChangeKind.FIELD_REMOVED, path, BREAKING, BREAKING,
                        "field removed (" + describe(om.type()) + ")" + renameHint(twin));
            } else if (om == null) {
                String twin = sameTypeTwin(nm, removed, before);
                String from = twin == null ? "" : " (possibly renamed from " + twin + ")";
                if (nm.required() && n.role().sent()) {
                    add(ChangeKind.REQUIRED_FIELD_ADDED, path, BREAKING, BREAKING,
                            "required field added (" + describe(nm.type()) + "): requests without it are rejected" + from);
                } else {
                    String what = !n.role().sent() ? (nm.required() ? "field added, always present in responses (" : "field added (")
                            : "optional field added (";
                    add(ChangeKind.FIELD_ADDED, path, COMPATIBLE, COMPATIBLE, what + describe(nm.type()) + ")" + from);
                }
            } else {
                compareMember(path, om, nm, sent, received);
            }
        }
        compareRules(o, n, sent);
        documentation(name, o.description(), n.description());
    }

    private void compareRole(ShapeModel o, ShapeModel n) {
        String detail = "used " + role(o.role()) + " -> " + role(n.role());
        if (n.role() == ShapeRole.INPUT && o.role() != ShapeRole.INPUT && constrained(n)) {
            add(ChangeKind.SHAPE_ROLE_CHANGED, o.name(), BREAKING, COMPATIBLE,
                    detail + ": build() now checks its rules and can throw");
        } else {
            surprise(ChangeKind.SHAPE_ROLE_CHANGED, o.name(), detail,
                    o.role() == ShapeRole.INPUT ? "build() no longer checks its rules" : "instances now travel in another direction too");
        }
    }

    private static boolean constrained(ShapeModel shape) {
        return !shape.rules().isEmpty()
                || shape.members().stream().anyMatch(m -> m.required() || !m.constraints().isEmpty());
    }

    private void compareMember(String path, MemberModel o, MemberModel n, boolean sent, boolean received) {
        if (!o.type().equals(n.type())) {
            boolean sameJson = jsonKind(o.type()).equals(jsonKind(n.type()));
            add(ChangeKind.FIELD_TYPE_CHANGED, path, BREAKING, sameJson ? COMPATIBLE : BREAKING,
                    "type " + describe(o.type()) + " -> " + describe(n.type())
                            + (sameJson ? " (the same JSON type; the Java type changes)" : ""));
        }
        if (o.required() != n.required()) {
            compareRequired(path, o, n, sent, received);
        }
        compareConstraints(path, o.constraints(), n.constraints(), sent, received);
        compareDefault(path, o, n, sent);
        if (o.sensitive() != n.sensitive()) {
            surprise(ChangeKind.FIELD_SENSITIVITY_CHANGED, path, "sensitive " + o.sensitive() + " -> " + n.sensitive(),
                    n.sensitive() ? "toString() now masks the value" : "toString() now shows the value");
        }
        if (!o.violationCodes().equals(n.violationCodes())) {
            surprise(ChangeKind.FIELD_VIOLATION_CODES_CHANGED, path,
                    "violation codes " + new TreeMap<>(o.violationCodes()) + " -> " + new TreeMap<>(n.violationCodes()),
                    "violations of this field carry other error codes");
        }
        documentation(path, o.description(), n.description());
    }

    private void compareRequired(String path, MemberModel o, MemberModel n, boolean sent, boolean received) {
        if (n.required()) {
            if (sent) {
                add(ChangeKind.FIELD_BECAME_REQUIRED, path, BREAKING, BREAKING,
                        "optional -> required: build() rejects requests without it");
            } else {
                add(ChangeKind.FIELD_BECAME_REQUIRED, path, COMPATIBLE, COMPATIBLE,
                        "optional -> required: responses now always carry it");
            }
        } else if (received && !sent) {
            add(ChangeKind.FIELD_BECAME_OPTIONAL, path, COMPATIBLE, BREAKING,
                    "required -> optional: responses may leave it out, callers that relied on it get null");
        } else {
            add(ChangeKind.FIELD_BECAME_OPTIONAL, path, COMPATIBLE, COMPATIBLE, "required -> optional");
        }
    }

    private void compareConstraints(String path, Constraints o, Constraints n, boolean sent, boolean received) {
        lowerBound(path, "minimum", o.minimum(), n.minimum(), sent, received);
        upperBound(path, "maximum", o.maximum(), n.maximum(), sent, received);
        lowerBound(path, "minLength", asLong(o.minLength()), asLong(n.minLength()), sent, received);
        upperBound(path, "maxLength", asLong(o.maxLength()), asLong(n.maxLength()), sent, received);
        lowerBound(path, "minItems", asLong(o.minItems()), asLong(n.minItems()), sent, received);
        upperBound(path, "maxItems", asLong(o.maxItems()), asLong(n.maxItems()), sent, received);
        if (!o.pattern().equals(n.pattern())) {
            String detail = "pattern " + o.pattern().orElse("none") + " -> " + n.pattern().orElse("none");
            if (n.pattern().isPresent()) {
                // A changed pattern cannot be compared with the old one in general: assume the worst.
                constraint(path, true, detail, sent, received);
            } else {
                constraint(path, false, detail, sent, received);
            }
        }
    }

    private void lowerBound(String path, String name, OptionalLong o, OptionalLong n, boolean sent, boolean received) {
        if (o.equals(n)) {
            return;
        }
        boolean tighter = n.isPresent() && (o.isEmpty() || n.getAsLong() > o.getAsLong());
        constraint(path, tighter, name + " " + text(o) + " -> " + text(n), sent, received);
    }

    private void upperBound(String path, String name, OptionalLong o, OptionalLong n, boolean sent, boolean received) {
        if (o.equals(n)) {
            return;
        }
        boolean tighter = n.isPresent() && (o.isEmpty() || n.getAsLong() < o.getAsLong());
        constraint(path, tighter, name + " " + text(o) + " -> " + text(n), sent, received);
    }

    private void constraint(String path, boolean tighter, String detail, boolean sent, boolean received) {
        if (tighter && sent) {
            add(ChangeKind.CONSTRAINT_TIGHTENED, path, BREAKING, BREAKING,
                    detail + ": values accepted before are now rejected");
        } else if (tighter) {
            add(ChangeKind.CONSTRAINT_TIGHTENED, path, COMPATIBLE, COMPATIBLE, detail + " (responses only: fewer values arrive)");
        } else if (received) {
            surprise(ChangeKind.CONSTRAINT_LOOSENED, path, detail, "responses can carry values outside the old bounds");
        } else {
            add(ChangeKind.CONSTRAINT_LOOSENED, path, COMPATIBLE, COMPATIBLE, detail);
        }
    }

    private void compareDefault(String path, MemberModel o, MemberModel n, boolean sent) {
        if (o.defaultValue().equals(n.defaultValue())) {
            return;
        }
        String detail = "default " + o.defaultValue().orElse("none") + " -> " + n.defaultValue().orElse("none");
        if (o.defaultValue().isPresent() && n.defaultValue().isPresent() && sent) {
            add(ChangeKind.DEFAULT_CHANGED, path, COMPATIBLE, BREAKING,
                    detail + ": requests that leave it out now mean something else");
        } else if (o.defaultValue().isPresent() && n.defaultValue().isPresent()) {
            add(ChangeKind.DEFAULT_CHANGED, path, COMPATIBLE, COMPATIBLE, detail + " (responses only)");
        } else if (n.defaultValue().isPresent()) {
            add(ChangeKind.DEFAULT_ADDED, path, COMPATIBLE, COMPATIBLE, detail + " (now documented)");
        } else {
            surprise(ChangeKind.DEFAULT_REMOVED, path, detail,
                    "the spec no longer says what the server does when the field is left out");
        }
    }

    private void compareRules(ShapeModel o, ShapeModel n, boolean sent) {
        for (CrossFieldRule rule : n.rules()) {
            if (!o.rules().contains(rule)) {
                add(ChangeKind.RULE_ADDED, o.name(), sent ? BREAKING : COMPATIBLE, sent ? BREAKING : COMPATIBLE,
                        "rule added: " + rule(rule));
            }
        }
        for (CrossFieldRule rule : o.rules()) {
            if (!n.rules().contains(rule)) {
                add(ChangeKind.RULE_REMOVED, o.name(), COMPATIBLE, COMPATIBLE, "rule removed: " + rule(rule));
            }
        }
    }

    // ---------------------------------------------------------------- enums

    private void compareEnums() {
        Map<String, EnumModel> before = index(oldModel.enums(), EnumModel::name);
        Map<String, EnumModel> after = index(newModel.enums(), EnumModel::name);
        for (String name : union(before.keySet(), after.keySet())) {
            EnumModel o = before.get(name);
            EnumModel n = after.get(name);
            String path = "enum " + name;
            if (n == null) {
                add(ChangeKind.ENUM_REMOVED, path, BREAKING, COMPATIBLE, "enum removed (its class disappears)");
            } else if (o == null) {
                add(ChangeKind.ENUM_ADDED, path, COMPATIBLE, COMPATIBLE, "enum added");
            } else {
                compareEnum(path, o, n);
            }
        }
    }

    private void compareEnum(String path, EnumModel o, EnumModel n) {
        boolean sent = enumUsed(oldModel, o.name(), true) || enumUsed(newModel, n.name(), true);
        boolean received = enumUsed(oldModel, o.name(), false) || enumUsed(newModel, n.name(), false);
        Map<String, String> before = new LinkedHashMap<>();
        o.values().forEach(v -> before.put(v.value(), v.description()));
        Map<String, String> after = new LinkedHashMap<>();
        n.values().forEach(v -> after.put(v.value(), v.description()));
        for (String value : minus(before.keySet(), after.keySet())) {
            add(ChangeKind.ENUM_VALUE_REMOVED, path + " " + value, BREAKING, sent ? BREAKING : COMPATIBLE,
                    "value removed (its constant disappears" + (sent ? "; the server rejects it)" : ")"));
        }
        for (String value : minus(after.keySet(), before.keySet())) {
            surprise(ChangeKind.ENUM_VALUE_ADDED, path + " " + value, "value added",
                    (received ? "older SDKs read it as UNKNOWN_TO_SDK_VERSION (the raw string survives); " : "")
                            + "switch expressions over the enum without a default no longer compile");
        }
        for (String value : before.keySet()) {
            if (after.containsKey(value)) {
                documentation(path + " " + value, before.get(value), after.get(value));
            }
        }
        documentation(path, o.description(), n.description());
    }

    private static boolean enumUsed(ServiceModel model, String enumName, boolean sent) {
        TypeRef wanted = new TypeRef.EnumType(enumName);
        return model.shapes().stream()
                .filter(s -> sent ? s.role().sent() : s.role().received())
                .flatMap(s -> s.members().stream())
                .anyMatch(m -> m.type().equals(wanted)
                        || (m.type() instanceof TypeRef.ListOf list && list.element().equals(wanted)));
    }

    // ---------------------------------------------------------------- helpers

    // ---------------------------------------------------------------- paginators and waiters

    /**
     * A paginator is client code only: added is compatible, removed takes a method away; a change
     * of item type changes the method's return type, any other change how pages are followed.
     */
    private void comparePaginators() {
        Map<String, PaginatorModel> before = index(oldModel.paginators(), PaginatorModel::operation);
        Map<String, PaginatorModel> after = index(newModel.paginators(), PaginatorModel::operation);
        for (String action : union(before.keySet(), after.keySet())) {
            PaginatorModel o = before.get(action);
            PaginatorModel n = after.get(action);
            String path = "paginator " + action;
            if (n == null) {
                add(ChangeKind.PAGINATOR_REMOVED, path, BREAKING, COMPATIBLE, "paginator removed (its client method disappears)");
            } else if (o == null) {
                add(ChangeKind.PAGINATOR_ADDED, path, COMPATIBLE, COMPATIBLE, "paginator added");
            } else if (!o.equals(n)) {
                String itemBefore = paginatorItem(oldModel, o);
                String itemAfter = paginatorItem(newModel, n);
                String detail = o.isCursor() || n.isCursor() ? paging(o) + " -> " + paging(n)
                        : "offset " + o.offset() + " -> " + n.offset() + ", limit " + o.limit() + " -> " + n.limit()
                        + ", items " + o.items() + " -> " + n.items() + ", total " + o.total().orElse("none") + " -> "
                        + n.total().orElse("none");
                if (!itemBefore.equals(itemAfter)) {
                    add(ChangeKind.PAGINATOR_CHANGED, path, BREAKING, COMPATIBLE,
                            detail + " (item type " + itemBefore + " -> " + itemAfter + ")");
                } else {
                    surprise(ChangeKind.PAGINATOR_CHANGED, path, detail, "pages are followed differently");
                }
            }
        }
    }

    private static String paging(PaginatorModel p) {
        return p.cursor().map(c -> "cursor " + c.token() + " (next " + c.nextToken() + ", items " + p.items()
                        + ", end flag " + c.over().orElse("none") + ")")
                .orElse("offset " + p.offset() + "/limit " + p.limit() + " (items " + p.items() + ", total "
                        + p.total().orElse("none") + ")");
    }

    /**
     * A waiter is client code only: added is compatible, removed takes its methods away; a change of
     * its parameters or target type changes method signatures, a starting action removed or changed
     * takes {@code <start>AndWait} away (one added only adds it), any other change (the polled
     * action, acceptors, delays) changes when the wait ends.
     */
    private void compareWaiters() {
        Map<String, WaiterModel> before = index(oldModel.waiters(), WaiterModel::name);
        Map<String, WaiterModel> after = index(newModel.waiters(), WaiterModel::name);
        for (String name : union(before.keySet(), after.keySet())) {
            WaiterModel o = before.get(name);
            WaiterModel n = after.get(name);
            String path = "waiter " + name;
            if (n == null) {
                add(ChangeKind.WAITER_REMOVED, path, BREAKING, COMPATIBLE, "waiter removed (its client methods disappear)");
            } else if (o == null) {
                add(ChangeKind.WAITER_ADDED, path, COMPATIBLE, COMPATIBLE, "waiter added");
            } else {
                String signatureBefore = waiterSignature(oldModel, o);
                String signatureAfter = waiterSignature(newModel, n);
                Optional<String> startBefore = o.startedBy().map(WaiterModel.StartedBy::operation);
                Optional<String> startAfter = n.startedBy().map(WaiterModel.StartedBy::operation);
                if (!signatureBefore.equals(signatureAfter)) {
                    add(ChangeKind.WAITER_CHANGED, path, BREAKING, COMPATIBLE,
                            "waitUntil" + name + " " + signatureBefore + " -> " + signatureAfter);
                } else if (!startBefore.equals(startAfter)) {
                    String detail = "started by " + startBefore.orElse("none") + " -> " + startAfter.orElse("none");
                    if (startBefore.isEmpty()) {
                        add(ChangeKind.WAITER_CHANGED, path, COMPATIBLE, COMPATIBLE, detail + " (a method is added)");
                    } else {
                        add(ChangeKind.WAITER_CHANGED, path, BREAKING, COMPATIBLE,
                                detail + " (the " + startBefore.get() + "AndWait method disappears)");
                    }
                } else if (!withoutDescription(o).equals(withoutDescription(n))) {
                    surprise(ChangeKind.WAITER_CHANGED, path, "polls " + o.operation() + " -> " + n.operation()
                                    + ", acceptors " + acceptors(o) + " -> " + acceptors(n) + ", delay "
                                    + o.initialDelaySeconds() + ".." + o.maxDelaySeconds() + " s -> "
                                    + n.initialDelaySeconds() + ".." + n.maxDelaySeconds() + " s",
                            "the wait ends, fails or polls differently");
                }
                documentation(path, o.description(), n.description());
            }
        }
    }

    private static String paginatorItem(ServiceModel model, PaginatorModel paginator) {
        OperationModel op = model.operation(paginator.operation()).orElseThrow();
        return describe(model.shape(op.outputShape()).orElseThrow().member(paginator.items()).type());
    }

    /** The parameter types and the target type: what the signature of {@code waitUntil<Name>} depends on. */
    private static String waiterSignature(ServiceModel model, WaiterModel waiter) {
        OperationModel op = model.operation(waiter.operation()).orElseThrow();
        ShapeModel request = model.shape(op.inputShape()).orElseThrow();
        ShapeModel target = model.shape(op.outputShape()).orElseThrow();
        if (waiter.items().isPresent()) {
            TypeRef element = ((TypeRef.ListOf) target.member(waiter.items().get()).type()).element();
            target = model.shape(((TypeRef.ShapeType) element).name()).orElseThrow();
        }
        List<String> parameters = new ArrayList<>();
        for (String input : waiter.input()) {
            parameters.add(describe(request.member(input).type()) + " " + input);
        }
        if (waiter.key().isPresent()) {
            parameters.add(describe(target.member(waiter.key().get()).type()) + " " + waiter.key().get());
        }
        return "(" + String.join(", ", parameters) + ") -> " + target.name();
    }

    private static WaiterModel withoutDescription(WaiterModel w) {
        return new WaiterModel(w.name(), "", w.operation(), w.input(), w.items(), w.key(), w.acceptors(),
                w.initialDelaySeconds(), w.maxDelaySeconds(), w.startedBy());
    }

    private static String acceptors(WaiterModel waiter) {
        return waiter.acceptors().stream()
                .map(a -> a.dottedPath() + "=" + a.expected() + ":" + a.state().specName())
                .toList().toString();
    }

    private void add(ChangeKind kind, String path, Impact sdk, Impact wire, String detail) {
        changes.add(new Change(kind, path, sdk, wire, detail, Optional.empty()));
    }

    private void surprise(ChangeKind kind, String path, String detail, String surprise) {
        changes.add(new Change(kind, path, COMPATIBLE, COMPATIBLE, detail, Optional.of(surprise)));
    }

    private void documentation(String path, String o, String n) {
        if (!Objects.equals(o, n)) {
            changes.add(new Change(ChangeKind.DOCUMENTATION_CHANGED, path, COMPATIBLE, COMPATIBLE,
                    "\"" + abbreviate(o) + "\" -> \"" + abbreviate(n) + "\"", Optional.empty()));
        }
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
    }

    /** A removed (or added) member whose only same-typed counterpart on the other side suggests a rename. */
    private static String sameTypeTwin(MemberModel member, Set<String> candidates, Map<String, MemberModel> side) {
        List<String> twins = candidates.stream().filter(c -> side.get(c).type().equals(member.type())).toList();
        return twins.size() == 1 ? twins.get(0) : null;
    }

    private static String renameHint(String twin) {
        return twin == null ? "" : " (possibly renamed to " + twin + ")";
    }

    private static String renameFrom(Set<String> removed) {
        return removed.size() == 1 ? " (possibly renamed from " + removed.iterator().next() + ")" : "";
    }

    private static String role(ShapeRole role) {
        return switch (role) {
            case INPUT -> "in requests";
            case OUTPUT -> "in responses";
            case BOTH -> "in requests and responses";
        };
    }

    private static String rule(CrossFieldRule rule) {
        return rule.left() + " " + rule.kind().operator() + " " + rule.right() + " (" + rule.errorCode() + ")";
    }

    static String describe(TypeRef type) {
        if (type instanceof TypeRef.Scalar scalar) {
            return scalar.kind().name().toLowerCase(java.util.Locale.ROOT);
        }
        if (type instanceof TypeRef.EnumType e) {
            return "enum " + e.name();
        }
        if (type instanceof TypeRef.ShapeType s) {
            return s.name();
        }
        return "list of " + describe(((TypeRef.ListOf) type).element());
    }

    private static String jsonKind(TypeRef type) {
        if (type instanceof TypeRef.Scalar scalar) {
            return switch (scalar.kind()) {
                case STRING -> "string";
                case INT64, INT32, DOUBLE -> "number";
                case BOOLEAN -> "boolean";
            };
        }
        if (type instanceof TypeRef.EnumType) {
            return "string";
        }
        if (type instanceof TypeRef.ShapeType) {
            return "object";
        }
        return "array of " + jsonKind(((TypeRef.ListOf) type).element());
    }

    private static OptionalLong asLong(java.util.OptionalInt value) {
        return value.isPresent() ? OptionalLong.of(value.getAsInt()) : OptionalLong.empty();
    }

    private static String text(OptionalLong value) {
        return value.isPresent() ? Long.toString(value.getAsLong()) : "none";
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        Map<String, T> map = new TreeMap<>();
        items.forEach(item -> map.put(key.apply(item), item));
        return map;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private static Set<String> minus(java.util.Collection<String> a, java.util.Collection<String> b) {
        Set<String> rest = new TreeSet<>(a);
        rest.removeAll(b);
        return rest;
    }
}

package dev.clssdk.stub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clssdk.codegen.model.MemberModel;
import dev.clssdk.codegen.model.OperationModel;
import dev.clssdk.codegen.model.ServiceModel;
import dev.clssdk.codegen.model.ShapeModel;
import dev.clssdk.codegen.model.TypeRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The success each action answers when no behaviour decides otherwise, worked out once per stub:
 * the spec's own example for the operation when it fits the output shape, otherwise one
 * {@linkplain OutputSynthesizer synthesized} from the shape.
 *
 * <p>An example fits when it uses only members the output shape declares (at every level) and
 * breaks none of its rules (types, required members, enums, bounds; a required member the spec
 * marks {@code nullable} may be {@code null}, as Tencent's examples often have it). Examples copied from
 * Tencent's documentation are sometimes stale (a member since renamed, a number written as a
 * string); such an example is set aside rather than served, because a client under test must not
 * be taught a shape the spec does not have.
 */
final class SpecSuccessAnswers {

    /** Where an action's success answer came from. */
    enum Source { EXAMPLE, SYNTHESIZED }

    private record Answer(ObjectNode output, Source source) {}

    private final Map<String, Answer> byAction = new HashMap<>();

    SpecSuccessAnswers(ServiceModel model, SpecExamples examples, SpecValidator validator) {
        OutputSynthesizer synthesizer = new OutputSynthesizer(model);
        for (OperationModel operation : model.operations()) {
            Optional<ShapeModel> shape = model.shape(operation.outputShape());
            Optional<ObjectNode> example = examples.response(operation.action())
                    .map(SpecSuccessAnswers::withoutRequestId)
                    .filter(response -> shape.isPresent() && fits(model, validator, shape.get(), response));
            byAction.put(operation.action(), example
                    .map(response -> new Answer(response, Source.EXAMPLE))
                    .orElseGet(() -> new Answer(withoutRequestId(synthesizer.synthesize(operation.outputShape())),
                            Source.SYNTHESIZED)));
        }
    }

    /** The success output of the action (without {@code RequestId}), a copy the caller may change. */
    ObjectNode output(OperationModel operation) {
        Answer answer = byAction.get(operation.action());
        return answer == null ? JsonNodeFactory.instance.objectNode() : answer.output().deepCopy();
    }

    /** Whether the action's success is the spec's example or synthesized; empty for an action the spec does not list. */
    Optional<Source> source(String action) {
        return Optional.ofNullable(byAction.get(action)).map(Answer::source);
    }

    /** The stub sets a fresh RequestId on every answer; an example's fixed one would only be overwritten. */
    private static ObjectNode withoutRequestId(ObjectNode response) {
        response.remove("RequestId");
        return response;
    }

    private static boolean fits(ServiceModel model, SpecValidator validator, ShapeModel shape, ObjectNode response) {
        List<String> undeclared = new ArrayList<>();
        collectUndeclared(model, shape, response, "", undeclared);
        return undeclared.isEmpty() && validator.validateAnswer(shape, response).isEmpty();
    }

    /** Members the shape does not declare, at any depth, as dotted paths. */
    static void collectUndeclared(ServiceModel model, ShapeModel shape, JsonNode object, String prefix, List<String> undeclared) {
        object.fieldNames().forEachRemaining(name -> {
            Optional<MemberModel> member = shape.members().stream().filter(m -> m.wireName().equals(name)).findFirst();
            if (member.isEmpty()) {
                undeclared.add(prefix + name);
                return;
            }
            JsonNode value = object.get(name);
            TypeRef type = member.get().type() instanceof TypeRef.ListOf list ? list.element() : member.get().type();
            if (!(type instanceof TypeRef.ShapeType nested)) {
                return;
            }
            Optional<ShapeModel> nestedShape = model.shape(nested.name());
            if (nestedShape.isEmpty()) {
                return;
            }
            if (value.isObject()) {
                collectUndeclared(model, nestedShape.get(), value, prefix + name + ".", undeclared);
            } else if (value.isArray()) {
                for (JsonNode element : value) {
                    if (element.isObject()) {
                        collectUndeclared(model, nestedShape.get(), element, prefix + name + "[].", undeclared);
                    }
                }
            }
        });
    }
}

package dev.clssdk.cls.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clssdk.codegen.model.MemberModel;
import dev.clssdk.codegen.model.OperationModel;
import dev.clssdk.codegen.model.ServiceModel;
import dev.clssdk.codegen.model.ShapeModel;
import dev.clssdk.codegen.model.TypeRef;
import java.time.Instant;

/**
 * What the export actions do once a request has passed authentication and validation. Any other
 * action the spec lists answers an empty success, so a new action is at least validated.
 */
final class ExportActions {

    /** The outcome of an action. */
    sealed interface Result {
        record Success(ObjectNode output) implements Result {}

        record Failure(String code, String message) implements Result {}
    }

    static final String TOPIC_NOT_EXIST = "ResourceNotFound.TopicNotExist";
    static final String EXPORT_NOT_EXIST = "ResourceNotFound.ExportNotExist";

    private final ServiceModel model;
    private final ExportStore store;

    ExportActions(ServiceModel model, ExportStore store) {
        this.model = model;
        this.store = store;
    }

    Result handle(OperationModel operation, ObjectNode body, Instant now) {
        ObjectNode input = withDefaults(model.shape(operation.inputShape()).orElseThrow(), body);
        JsonNodeFactory json = JsonNodeFactory.instance;
        switch (operation.action()) {
            case "CreateExport": {
                String topicId = input.path("TopicId").asText();
                if (!store.hasTopic(topicId)) {
                    return new Result.Failure(TOPIC_NOT_EXIST, "The log topic " + topicId + " does not exist.");
                }
                return new Result.Success(json.objectNode().put("ExportId", store.create(topicId, input, now)));
            }
            case "DescribeExports": {
                String topicId = input.path("TopicId").asText();
                if (!store.hasTopic(topicId)) {
                    return new Result.Failure(TOPIC_NOT_EXIST, "The log topic " + topicId + " does not exist.");
                }
                ExportStore.Page page = store.describe(topicId, input.path("Offset").asLong(0), input.path("Limit").asLong(20), now);
                ObjectNode output = json.objectNode();
                output.putArray("Exports").addAll(page.exports());
                output.put("TotalCount", page.totalCount());
                return new Result.Success(output);
            }
            case "DeleteExport": {
                String exportId = input.path("ExportId").asText();
                if (!store.delete(exportId)) {
                    return new Result.Failure(EXPORT_NOT_EXIST, "The export task " + exportId + " does not exist.");
                }
                return new Result.Success(json.objectNode());
            }
            default:
                return new Result.Success(json.objectNode());
        }
    }

    /** The body with every absent member that has a documented default set to it. */
    private static ObjectNode withDefaults(ShapeModel shape, ObjectNode body) {
        ObjectNode input = body.deepCopy();
        for (MemberModel member : shape.members()) {
            JsonNode present = input.get(member.wireName());
            if ((present == null || present.isNull()) && member.defaultValue().isPresent()) {
                input.set(member.wireName(), typed(member.type(), member.defaultValue().get()));
            }
        }
        return input;
    }

    private static JsonNode typed(TypeRef type, String value) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        if (type instanceof TypeRef.Scalar scalar) {
            return switch (scalar.kind()) {
                case INT64, INT32 -> json.numberNode(Long.parseLong(value));
                case BOOLEAN -> json.booleanNode(Boolean.parseBoolean(value));
                case DOUBLE -> json.numberNode(Double.parseDouble(value));
                case STRING -> json.textNode(value);
            };
        }
        return json.textNode(value);
    }
}

package dev.clssdk.stub;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clssdk.codegen.model.OperationModel;
import dev.clssdk.codegen.model.PaginatorModel;
import dev.clssdk.codegen.model.ServiceModel;
import dev.clssdk.codegen.model.ShapeModel;
import dev.clssdk.codegen.model.TypeRef;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the stub answers an action the spec gives a cursor paginator ({@code x-tc-paginators} of
 * {@code kind: cursor}, for example CLS {@code SearchLog}): the spec's success, as
 * {@link #PAGES} pages, each with at least one item (synthesized from the item shape when the
 * spec's success has none). A request without a token gets page 1; each page but the last hands back
 * the token of the next one ({@code stub-cursor-2}, ...) with the end flag {@code false}; the last
 * page has the end flag {@code true} and no token (an empty one when the output requires it). A
 * token the stub did not hand out is answered as the last page: nothing follows a cursor the stub
 * does not know. So a client's paginator that follows the cursor ends by itself after
 * {@link #PAGES} pages. A behaviour the test registers for the action takes precedence.
 */
public final class CursorPages implements ActionBehaviour {

    /** The pages every cursor-paged action has in the stub. */
    public static final int PAGES = 3;

    private static final String TOKEN_PREFIX = "stub-cursor-";

    private final PaginatorModel paginator;
    private final PaginatorModel.Cursor cursor;
    private final SpecSuccessAnswers successes;
    private final boolean tokenRequired;
    private final ObjectNode item;

    private CursorPages(ServiceModel model, PaginatorModel paginator, SpecSuccessAnswers successes) {
        this.paginator = paginator;
        this.cursor = paginator.cursor().orElseThrow();
        this.successes = successes;
        OperationModel op = model.operation(paginator.operation()).orElseThrow();
        ShapeModel output = model.shape(op.outputShape()).orElseThrow();
        this.tokenRequired = output.member(cursor.nextToken()).required();
        TypeRef.ListOf items = (TypeRef.ListOf) output.member(paginator.items()).type();
        this.item = new OutputSynthesizer(model).synthesize(((TypeRef.ShapeType) items.element()).name());
    }

    /** The paging behaviour of every action with a cursor paginator, by action. */
    static Map<String, ActionBehaviour> behaviours(ServiceModel model, SpecSuccessAnswers successes) {
        Map<String, ActionBehaviour> behaviours = new LinkedHashMap<>();
        for (PaginatorModel paginator : model.paginators()) {
            if (paginator.isCursor()) {
                behaviours.put(paginator.operation(), new CursorPages(model, paginator, successes));
            }
        }
        return behaviours;
    }

    @Override
    public ActionAnswer answer(ActionCall call) {
        String token = call.input().path(cursor.token()).asText("");
        int page = token.isEmpty() ? 1 : pageOf(token);
        if (page < 1 || page > PAGES) {
            page = PAGES;
        }
        ObjectNode output = successes.output(call.operation());
        if (output.path(paginator.items()).isEmpty()) {
            output.putArray(paginator.items()).add(item.deepCopy());
        }
        boolean last = page == PAGES;
        if (!last) {
            output.put(cursor.nextToken(), TOKEN_PREFIX + (page + 1));
        } else if (tokenRequired) {
            output.put(cursor.nextToken(), "");
        } else {
            output.remove(cursor.nextToken());
        }
        cursor.over().ifPresent(flag -> output.put(flag, last));
        return ActionAnswer.success(output);
    }

    private static int pageOf(String token) {
        if (!token.startsWith(TOKEN_PREFIX)) {
            return -1;
        }
        try {
            return Integer.parseInt(token.substring(TOKEN_PREFIX.length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public String toString() {
        return "CursorPages[" + paginator.operation() + "]";
    }
}

package dev.clssdk.cls.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clssdk.stub.ActionAnswer;
import dev.clssdk.stub.ActionBehaviour;
import dev.clssdk.stub.ActionCall;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * SearchLog as CLS pages it, for the contract stub: a topic of {@link #logs} logs, log {@code i} at
 * {@code BASE + i} seconds with {@code status} 500 for even {@code i} and 200 for odd ones. It honours
 * {@code From}/{@code To} (ms, {@code To} exclusive), {@code QueryString} ({@code *} or
 * {@code status:NNN}), {@code Sort} and {@code Limit}, and pages with {@code Context} (the offset of
 * the next page, {@code ListOver} on the last). Every request is kept.
 */
public final class FakeSearch implements ActionBehaviour {

    public static final long BASE = 1_700_000_000_000L;
    private static final ObjectMapper JSON = new ObjectMapper();

    public volatile int logs;
    /** When set, each page waits for it (at most 20 s): a call in flight to stop. */
    volatile CountDownLatch hold;
    volatile boolean analysis;
    public final List<ObjectNode> requests = new CopyOnWriteArrayList<>();

    public static long time(int i) {
        return BASE + i * 1000L;
    }

    @Override
    public ActionAnswer answer(ActionCall call) {
        ObjectNode in = call.input();
        requests.add(in.deepCopy());
        CountDownLatch wait = hold;
        if (wait != null) {
            try {
                wait.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        long from = in.path("From").asLong();
        long to = in.path("To").asLong();
        String query = in.path("QueryString").asText("*");
        String status = query.startsWith("status:") ? query.substring("status:".length()) : null;
        boolean asc = "asc".equals(in.path("Sort").asText("desc"));
        int limit = in.path("Limit").asInt(100);
        int offset = in.path("Context").asText("").isEmpty() ? 0 : Integer.parseInt(in.path("Context").asText());
        int first = (int) Math.max(0, Math.min(logs, -Math.floorDiv(BASE - from, 1000L)));
        int end = (int) Math.max(0, Math.min(logs, -Math.floorDiv(BASE - to, 1000L)));
        // the matching logs, in the order asked, as a list the page reads by position
        List<Integer> matching = new java.util.ArrayList<>();
        for (int i = first; i < end; i++) {
            if (status == null || status.equals(statusOf(i))) {
                matching.add(i);
            }
        }
        if (!asc) {
            java.util.Collections.reverse(matching);
        }
        ObjectNode out = JSON.createObjectNode();
        ArrayNode results = out.putArray("Results");
        int next = Math.min(matching.size(), offset + limit);
        for (int k = offset; k < next; k++) {
            int i = matching.get(k);
            ObjectNode log = results.addObject();
            log.put("Time", time(i)).put("TopicId", in.path("TopicId").asText()).put("Source", "10.0.0." + (i % 250))
                    .put("FileName", "/var/log/app.log").put("HostName", "").put("PkgId", "").put("PkgLogId", "")
                    .put("LogJson", "{\"status\":\"" + statusOf(i) + "\",\"message\":\"log " + i + "\",\"n\":" + i
                            + ",\"nested\":{\"a\":[1,2]},\"gone\":null}")
                    .put("RawLog", "").put("IndexStatus", "");
        }
        boolean over = next >= matching.size();
        out.put("Context", over ? "" : Integer.toString(next));
        out.put("ListOver", over);
        out.put("Analysis", analysis);
        return ActionAnswer.success(out);
    }

    static String statusOf(int i) {
        return i % 2 == 0 ? "500" : "200";
    }
}

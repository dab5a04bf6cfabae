package dev.clssdk.core.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** A response read whole: its status, headers and body, within the request's size bound. */
public final class TransportResponse implements TransportOutcome {
    private final int status;
    private final List<Map.Entry<String, String>> headers;
    private final byte[] body;

    /**
     * @param status the HTTP status
     * @param headers the headers in the order received, a name once per value
     * @param body the whole body; not copied
     */
    public TransportResponse(int status, List<Map.Entry<String, String>> headers, byte[] body) {
        this.status = status;
        this.headers = List.copyOf(headers);
        this.body = Objects.requireNonNull(body, "body");
    }

    /**
     * The HTTP status.
     *
     * @return the status code
     */
    public int status() {
        return status;
    }

    /**
     * The first value of a header.
     *
     * @param name the header's name, in any case
     * @return the value, or {@code null} if absent
     */
    public String header(String name) {
        for (Map.Entry<String, String> header : headers) {
            if (header.getKey().equalsIgnoreCase(name)) {
                return header.getValue();
            }
        }
        return null;
    }

    /**
     * All headers, in the order received.
     *
     * @return name and value pairs
     */
    public List<Map.Entry<String, String>> headers() {
        return headers;
    }

    /**
     * The body.
     *
     * @return the bytes; do not modify
     */
    public byte[] body() {
        return body;
    }

    @Override
    public String toString() {
        return "TransportResponse[" + status + ", " + body.length + " bytes, "
                + String.valueOf(header("Content-Type")).toLowerCase(Locale.ROOT) + "]";
    }
}

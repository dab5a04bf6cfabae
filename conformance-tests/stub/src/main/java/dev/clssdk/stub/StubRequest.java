package dev.clssdk.stub;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP request as the stub received it.
 *
 * @param method  the HTTP method
 * @param target  the request target, for example {@code /}
 * @param headers header names in lower case, each with its values in arrival order
 * @param body    the body bytes, exactly as received
 */
public record StubRequest(String method, String target, Map<String, List<String>> headers, byte[] body) {

    public StubRequest {
        headers = Map.copyOf(headers);
        body = body.clone();
    }

    /** The first value of a header, matched case-insensitively. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The {@code X-TC-Action} header, or empty. */
    public Optional<String> action() {
        return header("X-TC-Action");
    }
}

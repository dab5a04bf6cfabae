package dev.clssdk.core.internal.http;

import dev.clssdk.core.http.TransportResponse;
import dev.clssdk.core.http.TransportOutcome;
import dev.clssdk.core.http.TransportRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each exchange through SLF4J, whatever the transport: one DEBUG line per request and per
 * response, and the headers at TRACE with {@code Authorization}, {@code Proxy-Authorization} and
 * {@code X-TC-Token} redacted. Bodies are never logged. The SDK only uses the SLF4J API;
 * configuring output is the application's business.
 */
public final class ExchangeLog {
    private static final Logger LOG = LoggerFactory.getLogger("dev.clssdk.core.http");

    private ExchangeLog() {
    }

    /**
     * Logs a request about to be sent.
     *
     * @param attempt the attempt
     */
    public static void sending(Attempt attempt) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("--> POST {} {}", attempt.request().uri(), attempt.action());
        }
        if (LOG.isTraceEnabled()) {
            LOG.trace("--> headers {}", redacted(List.copyOf(attempt.request().headers().entrySet())));
        }
    }

    /**
     * Logs what an exchange came to.
     *
     * @param attempt the attempt
     * @param outcome the response or failure
     * @param startNanos {@link System#nanoTime()} when it was sent
     */
    public static void received(Attempt attempt, TransportOutcome outcome, long startNanos) {
        if (!LOG.isDebugEnabled()) {
            return;
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
        if (outcome instanceof TransportResponse response) {
            LOG.debug("<-- {} {} in {} ms", response.status(), attempt.action(), millis);
            if (LOG.isTraceEnabled()) {
                LOG.trace("<-- headers {}", redacted(response.headers()));
            }
        } else {
            LOG.debug("<-- {} failed after {} ms: {}", attempt.action(), millis, outcome);
        }
    }

    /**
     * Headers as one line, with credentials replaced.
     *
     * @param headers name and value pairs
     * @return the text
     */
    public static String redacted(List<Map.Entry<String, String>> headers) {
        StringBuilder text = new StringBuilder("{");
        for (Map.Entry<String, String> header : headers) {
            String lower = header.getKey().toLowerCase(Locale.ROOT);
            boolean secret = lower.equals("authorization") || lower.equals("x-tc-token")
                    || lower.equals("proxy-authorization");
            if (text.length() > 1) {
                text.append(", ");
            }
            text.append(header.getKey()).append('=').append(secret ? "(redacted)" : header.getValue());
        }
        return text.append('}').toString();
    }
}

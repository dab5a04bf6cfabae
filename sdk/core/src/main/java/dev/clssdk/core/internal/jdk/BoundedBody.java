package dev.clssdk.core.internal.jdk;

import dev.clssdk.core.http.TransportResponse;
import dev.clssdk.core.http.TransportFailure;
import dev.clssdk.core.http.TransportOutcome;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads one response's body whole, but never more than a bound, and notes when bytes last arrived
 * (for the read timeout, which the JDK's client does not have). A body announced or found longer
 * than the bound is not read further: its exchange is cancelled and the first bytes kept for a
 * redacted preview.
 */
final class BoundedBody implements HttpResponse.BodyHandler<BoundedBody.Read> {
    private static final int PREVIEW_BYTES = 200;

    private final long maxBytes;
    private volatile long lastActivityNanos = System.nanoTime();
    private volatile Flow.Subscription subscription;
    private volatile boolean cancelled;

    BoundedBody(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** What was read: the body, or the note that it was too long. */
    record Read(byte[] bytes, boolean tooLarge, String description) {
    }

    long lastActivityNanos() {
        return lastActivityNanos;
    }

    void cancel() {
        cancelled = true;
        Flow.Subscription current = subscription;
        if (current != null) {
            current.cancel();
        }
    }

    @Override
    public HttpResponse.BodySubscriber<Read> apply(HttpResponse.ResponseInfo info) {
        lastActivityNanos = System.nanoTime();
        long announced = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (announced > maxBytes) {
            return new Refusing(new Read(new byte[0], true, "Content-Length " + announced + ", over " + maxBytes + " bytes"));
        }
        return new Collector();
    }

    /**
     * The outcome of a response whose body was read.
     *
     * @param response the response
     * @return the response, or the failure for a body over the bound
     */
    static TransportOutcome outcome(HttpResponse<Read> response) {
        Read read = response.body();
        String contentType = response.headers().firstValue("Content-Type").orElse(null);
        if (read.tooLarge()) {
            return TransportFailure.bodyTooLarge(response.statusCode(), contentType, read.bytes(), read.description());
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        response.headers().map().forEach((name, values) -> {
            for (String value : values) {
                headers.add(Map.entry(name, value));
            }
        });
        return new TransportResponse(response.statusCode(), headers, read.bytes());
    }

    /** Takes the bytes as they come, one buffer list at a time, up to the bound. */
    private final class Collector implements HttpResponse.BodySubscriber<Read> {
        private final CompletableFuture<Read> result = new CompletableFuture<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public CompletionStage<Read> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            BoundedBody.this.subscription = subscription;
            if (cancelled) {
                subscription.cancel();
                return;
            }
            // All at once: asking one buffer list at a time cost a round of the client's scheduler each
            // (a third of a small call). The bound holds anyway: the subscription is cancelled as soon as
            // the bytes pass it, so at most one more list than the bound is ever held.
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            lastActivityNanos = System.nanoTime();
            for (ByteBuffer buffer : buffers) {
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }
            if (bytes.size() > maxBytes) {
                subscription.cancel();
                byte[] head = Arrays.copyOf(bytes.toByteArray(), Math.min(PREVIEW_BYTES, bytes.size()));
                result.complete(new Read(head, true, "over " + maxBytes + " bytes"));
            }
        }

        @Override
        public void onError(Throwable error) {
            result.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            result.complete(new Read(bytes.toByteArray(), false, null));
        }
    }

    /** For a body announced over the bound: reads none of it. */
    private static final class Refusing implements HttpResponse.BodySubscriber<Read> {
        private final CompletableFuture<Read> result = new CompletableFuture<>();
        private final Read read;

        Refusing(Read read) {
            this.read = read;
        }

        @Override
        public CompletionStage<Read> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.cancel();
            result.complete(read);
        }

        @Override
        public void onNext(List<ByteBuffer> item) {
        }

        @Override
        public void onError(Throwable throwable) {
            result.complete(read);
        }

        @Override
        public void onComplete() {
            result.complete(read);
        }
    }
}

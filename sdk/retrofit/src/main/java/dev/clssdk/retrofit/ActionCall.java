package dev.clssdk.retrofit;

import dev.clssdk.core.Operation;
import dev.clssdk.core.RequestOptions;
import dev.clssdk.core.client.ClientRuntime;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Protocol;
import okhttp3.Request;
import okio.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Invocation;
import retrofit2.Response;

/**
 * One call of an action through a Retrofit interface, run on the runtime as the typed client runs
 * it: {@link #execute()} blocks on the caller's thread like the client's blocking method,
 * {@link #enqueue} is the client's asynchronous method. Retrofit's own call is kept for what it
 * knows: the request it builds from the method's annotations and arguments, whose {@code @Body} is
 * the request sent.
 *
 * <p>Failures are the SDK's typed exceptions, thrown by {@code execute()} and handed to
 * {@link Callback#onFailure}: a Tencent error response comes as HTTP 200, so there is no
 * unsuccessful {@link Response} to return. Only a call cancelled by its user fails with Retrofit's
 * {@code IOException("Canceled")}.
 *
 * @param <T> the response type
 */
final class ActionCall<T> implements Call<T> {
    private static final Logger LOG = LoggerFactory.getLogger(ActionCall.class);

    private final ClientRuntime runtime;
    private final Operation<Object, T> operation;
    private final Class<T> responseType;
    private final Call<T> built;
    private final Timeout timeout = new Timeout();
    private final AtomicBoolean executed = new AtomicBoolean();
    private volatile boolean canceled;
    private volatile CompletableFuture<T> inFlight;

    private ActionCall(ClientRuntime runtime, Operation<Object, T> operation, Class<T> responseType, Call<T> built) {
        this.runtime = runtime;
        this.operation = operation;
        this.responseType = responseType;
        this.built = built;
    }

    @SuppressWarnings("unchecked") // the adapter found the operation by the method's action, the class by its return type
    static ActionCall<Object> of(ClientRuntime runtime, Operation<?, ?> operation, Class<?> responseType,
            Call<Object> built) {
        return new ActionCall<>(runtime, (Operation<Object, Object>) operation, (Class<Object>) responseType, built);
    }

    @Override
    public Response<T> execute() throws IOException {
        markExecuted();
        if (canceled) {
            throw new IOException("Canceled");
        }
        T body = runtime.execute(operation, requestArgument(), options(), responseType);
        return success(body);
    }

    @Override
    public void enqueue(Callback<T> callback) {
        if (callback == null) {
            throw new IllegalArgumentException("callback must not be null");
        }
        markExecuted();
        CompletableFuture<T> future;
        try {
            if (canceled) {
                throw new IOException("Canceled");
            }
            future = runtime.executeAsync(operation, requestArgument(), options(), responseType);
        } catch (IOException | RuntimeException e) {
            deliverFailure(callback, e);
            return;
        }
        inFlight = future;
        if (canceled) {
            future.cancel(false);
        }
        future.whenComplete((body, error) -> {
            if (error == null) {
                deliver(callback, body);
            } else {
                deliverFailure(callback, canceled || error instanceof CancellationException
                        ? new IOException("Canceled") : unwrap(error));
            }
        });
    }

    private void deliver(Callback<T> callback, T body) {
        Response<T> response;
        try {
            response = success(body);
        } catch (RuntimeException e) {
            deliverFailure(callback, e);
            return;
        }
        try {
            callback.onResponse(this, response);
        } catch (RuntimeException e) {
            LOG.warn("{}: the callback's onResponse threw", operation.action(), e);
        }
    }

    private void deliverFailure(Callback<T> callback, Throwable failure) {
        try {
            callback.onFailure(this, failure);
        } catch (RuntimeException e) {
            LOG.warn("{}: the callback's onFailure threw", operation.action(), e);
        }
    }

    private static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }

    private void markExecuted() {
        if (!executed.compareAndSet(false, true)) {
            throw new IllegalStateException("Already executed.");
        }
    }

    /** The method's first argument, its {@code @Body} (checked when the interface was made). */
    private Object requestArgument() {
        Invocation invocation = built.request().tag(Invocation.class);
        if (invocation == null || invocation.arguments().isEmpty()) {
            throw new IllegalStateException(operation.action() + ": Retrofit built a request without its invocation");
        }
        return invocation.arguments().get(0); // not null: Retrofit refuses a null @Body when it builds the request
    }

    /** A deadline the caller set on {@link #timeout()}, as the call's timeout; else the client's. */
    private RequestOptions options() {
        long nanos = timeout.timeoutNanos();
        if (timeout.hasDeadline()) {
            long untilDeadline = Math.max(1, timeout.deadlineNanoTime() - System.nanoTime());
            nanos = nanos == 0 ? untilDeadline : Math.min(nanos, untilDeadline);
        }
        return nanos == 0 ? RequestOptions.none() : RequestOptions.builder().callTimeout(Duration.ofNanos(nanos)).build();
    }

    /**
     * The response as Retrofit describes one: the runtime keeps no HTTP details of the attempt that
     * succeeded, so its raw response is a summary (status 200 for the request Retrofit built); the
     * body's {@code requestId()} is the service's {@code RequestId}.
     */
    private Response<T> success(T body) {
        okhttp3.Response raw = new okhttp3.Response.Builder()
                .request(request())
                .protocol(Protocol.HTTP_1_1)
                .code(200)
                .message("OK")
                .build();
        return Response.success(body, raw);
    }

    @Override
    public boolean isExecuted() {
        return executed.get();
    }

    /**
     * Cancels: a call not yet started never starts, and an enqueued one is stopped at once (its
     * attempt in flight is cancelled, and no retry follows) and reported to its callback as
     * {@code IOException("Canceled")}. A blocking {@link #execute()} already running is not stopped:
     * it ends as the typed client's call would (interrupt its thread to stop it sooner).
     */
    @Override
    public void cancel() {
        canceled = true;
        CompletableFuture<T> future = inFlight;
        if (future != null) {
            future.cancel(false);
        }
    }

    @Override
    public boolean isCanceled() {
        return canceled;
    }

    @Override
    public Call<T> clone() {
        return new ActionCall<>(runtime, operation, responseType, built.clone());
    }

    @Override
    public Request request() {
        return built.request();
    }

    /**
     * The call's timeout: a timeout or deadline set here before the call starts is the call's
     * {@code RequestOptions.callTimeout}, the limit of each attempt, as for the typed client.
     */
    @Override
    public Timeout timeout() {
        return timeout;
    }

    @Override
    public String toString() {
        return "ActionCall[" + operation.action() + "]";
    }
}

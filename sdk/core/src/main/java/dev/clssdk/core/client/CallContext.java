package dev.clssdk.core.client;

import dev.clssdk.core.Operation;
import dev.clssdk.core.RequestOptions;
import dev.clssdk.core.auth.Credentials;
import java.util.Objects;

/**
 * What the core's interceptors need to know about one attempt, carried as the OkHttp request's
 * tag: the operation and the class its answer is read into,
 * the per-call options, the credentials the attempt was signed with, so that text from the
 * answer is redacted with exactly those, and the answer once read. One context per attempt; its
 * fields are written by the OkHttp thread of the attempt and read after it, so concurrent calls
 * never share one.
 */
public final class CallContext {
    private final Operation<?, ?> operation;
    private final Class<?> responseType;
    private final RequestOptions options;
    private volatile Credentials credentials;
    private volatile Object answer;
    private volatile boolean connected;
    private volatile java.io.Closeable connection;

    private CallContext(Operation<?, ?> operation, Class<?> responseType, RequestOptions options) {
        this.operation = Objects.requireNonNull(operation, "operation");
        this.responseType = Objects.requireNonNull(responseType, "responseType");
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * The context of a new attempt.
     *
     * @param operation the operation called
     * @param responseType the class of its answer (the content of the {@code Response} envelope)
     * @param options the options of the call
     * @return the context
     */
    public static CallContext of(Operation<?, ?> operation, Class<?> responseType, RequestOptions options) {
        return new CallContext(operation, responseType, options);
    }

    /**
     * The class the answer is read into.
     *
     * @return the response class
     */
    public Class<?> responseType() {
        return responseType;
    }

    /**
     * The operation called.
     *
     * @return the operation
     */
    public Operation<?, ?> operation() {
        return operation;
    }

    /**
     * The options of the call.
     *
     * @return the options
     */
    public RequestOptions options() {
        return options;
    }

    /**
     * The credentials the latest attempt was signed with.
     *
     * @return the credentials, or {@code null} before signing
     */
    public Credentials credentials() {
        return credentials;
    }

    /**
     * Records the credentials an attempt is signed with.
     *
     * @param credentials the credentials
     */
    public void signedWith(Credentials credentials) {
        this.credentials = credentials;
    }

    /**
     * Records the answer of the attempt, read where the request (and its credentials) is known.
     *
     * @param response the response object
     */
    public void answered(Object response) {
        this.answer = response;
    }

    /**
     * The answer of the attempt.
     *
     * @return the response object, or {@code null} if none was read
     */
    public Object answer() {
        return answer;
    }

    /**
     * Records that the attempt reached an open connection, so anything after may have reached the
     * server.
     *
     * @param socket closes the connection's socket, for {@link #abortConnection()}
     */
    public void connected(java.io.Closeable socket) {
        this.connection = socket;
        this.connected = true;
    }

    /**
     * Closes the attempt's connection at once (after a failed read it cannot be reused, and OkHttp
     * would otherwise try to drain the rest of the body). Does nothing before a connection is open.
     */
    public void abortConnection() {
        java.io.Closeable socket = connection;
        if (socket != null) {
            try {
                socket.close();
            } catch (java.io.IOException | RuntimeException e) {
                // closing is all that was wanted
            }
        }
    }

    /**
     * Whether the attempt reached an open connection.
     *
     * @return {@code true} once a connection was open for it
     */
    public boolean isConnected() {
        return connected;
    }

    @Override
    public String toString() {
        return "CallContext[" + operation.action() + "]";
    }
}

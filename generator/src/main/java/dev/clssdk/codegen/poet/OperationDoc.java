package dev.clssdk.codegen.poet;

import dev.clssdk.codegen.model.OperationModel;

/** The sentences every place that documents an action states: what it does, its retry safety and its rate limit. */
final class OperationDoc {

    private OperationDoc() {}

    /** The summary, then the description as a paragraph when there is one. */
    static String summaryAndDescription(OperationModel op) {
        String summary = Javadoc.sentence(op.summary(), op.action());
        return op.description().isEmpty() ? summary + "\n"
                : summary + "\n\n<p>" + Javadoc.wrap(Javadoc.escape(op.description())) + "\n";
    }

    /** Idempotency and rate limit, as one paragraph. */
    static String facts(OperationModel op) {
        String retries = op.idempotent()
                ? "Idempotent: a failed attempt may be repeated by the client's retry policy."
                : "Not idempotent: never repeated once it may have reached the server (only an attempt the server"
                        + " refused for throttling is retried).";
        String rate = op.rateLimitPerSecond().isPresent()
                ? " Documented rate limit: " + op.rateLimitPerSecond().getAsInt()
                        + " requests per second, which the client keeps to unless rate limiting is turned off."
                : " No documented rate limit.";
        return "<p>" + Javadoc.wrap(retries + rate) + "\n";
    }
}

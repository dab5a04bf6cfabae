package dev.clssdk.fix.model;

import dev.clssdk.core.shape.Schema;
import dev.clssdk.core.shape.Struct;
import dev.clssdk.core.shape.StructBuilder;
import javax.annotation.processing.Generated;

/**
 * PingResponse.
 *
 * <p>Immutable; create one with {@link #builder()}.
 */
@Generated("dev.clssdk.codegen")
public final class PingResponse extends Struct {
    static {
        Schema.register(PingResponse.class, "output PingResponse\n"
                + "Health string");
    }

    private PingResponse(Builder builder) {
        super(builder);
    }

    /**
     * A new, empty builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder(null);
    }

    /**
     * A builder that starts with this instance's values.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * ok when the service is healthy.
     *
     * @return the value, or {@code null} if not set
     */
    public String health() {
        return get(0);
    }

    /**
     * Builds {@link PingResponse}; not thread-safe.
     */
    public static final class Builder extends StructBuilder<PingResponse> {
        private Builder(PingResponse source) {
            super(PingResponse.class, source);
        }

        /**
         * ok when the service is healthy.
         *
         * @param health the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder health(String health) {
            set(0, health);
            return this;
        }

        /**
         * Builds the instance. Values from the server are never rejected.
         *
         * @return the instance
         */
        public PingResponse build() {
            return new PingResponse(this);
        }
    }
}

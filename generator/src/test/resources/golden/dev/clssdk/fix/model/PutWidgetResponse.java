package dev.clssdk.fix.model;

import dev.clssdk.core.shape.Schema;
import dev.clssdk.core.shape.Struct;
import dev.clssdk.core.shape.StructBuilder;
import javax.annotation.processing.Generated;

/**
 * The output of PutWidget.
 *
 * <p>Immutable; create one with {@link #builder()}.
 */
@Generated("dev.clssdk.codegen")
public final class PutWidgetResponse extends Struct {
    static {
        Schema.register(PutWidgetResponse.class, "output PutWidgetResponse\n"
                + "WidgetId string\n"
                + "Token string sensitive\n"
                + "RequestId string");
    }

    private PutWidgetResponse(Builder builder) {
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
     * The new widget's id.
     *
     * @return the value, or {@code null} if not set
     */
    public String widgetId() {
        return get(0);
    }

    /**
     * An access token.
     *
     * <p>Sensitive: masked in {@code toString()}.
     *
     * @return the value, or {@code null} if not set
     */
    public String token() {
        return get(1);
    }

    /**
     * The request id.
     *
     * @return the value, or {@code null} if not set
     */
    public String requestId() {
        return get(2);
    }

    /**
     * Builds {@link PutWidgetResponse}; not thread-safe.
     */
    public static final class Builder extends StructBuilder<PutWidgetResponse> {
        private Builder(PutWidgetResponse source) {
            super(PutWidgetResponse.class, source);
        }

        /**
         * The new widget's id.
         *
         * @param widgetId the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder widgetId(String widgetId) {
            set(0, widgetId);
            return this;
        }

        /**
         * An access token.
         *
         * <p>Sensitive: masked in {@code toString()}.
         *
         * @param token the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder token(String token) {
            set(1, token);
            return this;
        }

        /**
         * The request id.
         *
         * @param requestId the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder requestId(String requestId) {
            set(2, requestId);
            return this;
        }

        /**
         * Builds the instance. Values from the server are never rejected.
         *
         * @return the instance
         */
        public PutWidgetResponse build() {
            return new PutWidgetResponse(this);
        }
    }
}

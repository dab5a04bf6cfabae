package dev.clssdk.fix.model;

import dev.clssdk.core.shape.Schema;
import dev.clssdk.core.shape.Struct;
import dev.clssdk.core.shape.StructBuilder;
import javax.annotation.processing.Generated;

/**
 * Details of a widget.
 *
 * <p>Immutable; create one with {@link #builder()}.
 */
@Generated("dev.clssdk.codegen")
public final class WidgetDetail extends Struct {
    static {
        Schema.register(WidgetDetail.class, "output WidgetDetail\n"
                + "Phase string");
    }

    private WidgetDetail(Builder builder) {
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
     * The production phase.
     *
     * @return the value, or {@code null} if not set
     */
    public String phase() {
        return get(0);
    }

    /**
     * Builds {@link WidgetDetail}; not thread-safe.
     */
    public static final class Builder extends StructBuilder<WidgetDetail> {
        private Builder(WidgetDetail source) {
            super(WidgetDetail.class, source);
        }

        /**
         * The production phase.
         *
         * @param phase the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder phase(String phase) {
            set(0, phase);
            return this;
        }

        /**
         * Builds the instance. Values from the server are never rejected.
         *
         * @return the instance
         */
        public WidgetDetail build() {
            return new WidgetDetail(this);
        }
    }
}

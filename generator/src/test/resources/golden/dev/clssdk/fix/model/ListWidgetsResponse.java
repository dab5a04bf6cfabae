package dev.clssdk.fix.model;

import dev.clssdk.core.shape.Schema;
import dev.clssdk.core.shape.Struct;
import dev.clssdk.core.shape.StructBuilder;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The output of ListWidgets.
 *
 * <p>Immutable; create one with {@link #builder()}.
 */
@Generated("dev.clssdk.codegen")
public final class ListWidgetsResponse extends Struct {
    static {
        Schema.register(ListWidgetsResponse.class, "output ListWidgetsResponse\n"
                + "Widgets list<Widget>\n"
                + "Total int64\n"
                + "RequestId string");
    }

    private ListWidgetsResponse(Builder builder) {
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
     * One page of widgets.
     *
     * @return an unmodifiable list, empty if not set (see {@link #hasWidgets})
     */
    public List<Widget> widgets() {
        return getList(0);
    }

    /**
     * Whether {@code Widgets} was set, as opposed to absent.
     *
     * @return {@code true} if set
     */
    public boolean hasWidgets() {
        return has(0);
    }

    /**
     * How many widgets there are.
     *
     * @return the value, or {@code null} if not set
     */
    public Long total() {
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
     * Builds {@link ListWidgetsResponse}; not thread-safe.
     */
    public static final class Builder extends StructBuilder<ListWidgetsResponse> {
        private Builder(ListWidgetsResponse source) {
            super(ListWidgetsResponse.class, source);
        }

        /**
         * One page of widgets.
         *
         * @param widgets the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder widgets(List<Widget> widgets) {
            setList(0, widgets);
            return this;
        }

        /**
         * How many widgets there are.
         *
         * @param total the value
         * @return this builder
         */
        public Builder total(long total) {
            set(1, total);
            return this;
        }

        /**
         * How many widgets there are.
         *
         * @param total the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder total(Long total) {
            set(1, total);
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
        public ListWidgetsResponse build() {
            return new ListWidgetsResponse(this);
        }
    }
}

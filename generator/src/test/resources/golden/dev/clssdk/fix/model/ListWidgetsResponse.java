package dev.clssdk.fix.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * The output of ListWidgets.
 *
 * <p>Immutable; create one with {@link #builder()}.
 */
@Generated("dev.clssdk.codegen")
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE,
        setterVisibility = JsonAutoDetect.Visibility.NONE,
        creatorVisibility = JsonAutoDetect.Visibility.NONE
)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(
        ignoreUnknown = true
)
@JsonPropertyOrder({"Widgets", "Total", "RequestId"})
public final class ListWidgetsResponse {
    @JsonProperty("Widgets")
    private final List<Widget> widgets;

    @JsonProperty("Total")
    private final Long total;

    @JsonProperty("RequestId")
    private final String requestId;

    private ListWidgetsResponse(Builder builder) {
        this.widgets = builder.widgets == null ? null : Collections.unmodifiableList(new ArrayList<>(builder.widgets));
        this.total = builder.total;
        this.requestId = builder.requestId;
    }

    @JsonCreator
    private static ListWidgetsResponse fromJson(@JsonProperty("Widgets") List<Widget> widgets,
            @JsonProperty("Total") Long total, @JsonProperty("RequestId") String requestId) {
        return builder()
                .widgets(widgets)
                .total(total)
                .requestId(requestId)
                .build();
    }

    /**
     * A new, empty builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
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
        return widgets == null ? List.of() : widgets;
    }

    /**
     * Whether {@code Widgets} was set, as opposed to absent.
     *
     * @return {@code true} if set
     */
    public boolean hasWidgets() {
        return widgets != null;
    }

    /**
     * How many widgets there are.
     *
     * @return the value, or {@code null} if not set
     */
    public Long total() {
        return total;
    }

    /**
     * The request id.
     *
     * @return the value, or {@code null} if not set
     */
    public String requestId() {
        return requestId;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ListWidgetsResponse)) {
            return false;
        }
        ListWidgetsResponse that = (ListWidgetsResponse) other;
        return Objects.equals(widgets, that.widgets)
                && Objects.equals(total, that.total)
                && Objects.equals(requestId, that.requestId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(widgets, total, requestId);
    }

    @Override
    public String toString() {
        return "ListWidgetsResponse{"
                + "Widgets=" + widgets
                + ", Total=" + total
                + ", RequestId=" + requestId
                + "}";
    }

    /**
     * Builds {@link ListWidgetsResponse}; not thread-safe.
     */
    public static final class Builder {
        private List<Widget> widgets;

        private Long total;

        private String requestId;

        private Builder() {
        }

        private Builder(ListWidgetsResponse source) {
            this.widgets = source.widgets;
            this.total = source.total;
            this.requestId = source.requestId;
        }

        /**
         * One page of widgets.
         *
         * @param widgets the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder widgets(List<Widget> widgets) {
            this.widgets = widgets == null ? null : new ArrayList<>(widgets);
            return this;
        }

        /**
         * How many widgets there are.
         *
         * @param total the value
         * @return this builder
         */
        public Builder total(long total) {
            this.total = total;
            return this;
        }

        /**
         * How many widgets there are.
         *
         * @param total the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder total(Long total) {
            this.total = total;
            return this;
        }

        /**
         * The request id.
         *
         * @param requestId the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder requestId(String requestId) {
            this.requestId = requestId;
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

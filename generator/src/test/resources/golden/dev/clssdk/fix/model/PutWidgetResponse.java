package dev.clssdk.fix.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * The output of PutWidget.
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
@JsonPropertyOrder({"WidgetId", "Token", "RequestId"})
public final class PutWidgetResponse {
    @JsonProperty("WidgetId")
    private final String widgetId;

    @JsonProperty("Token")
    private final String token;

    @JsonProperty("RequestId")
    private final String requestId;

    private PutWidgetResponse(Builder builder) {
        this.widgetId = builder.widgetId;
        this.token = builder.token;
        this.requestId = builder.requestId;
    }

    @JsonCreator
    private static PutWidgetResponse fromJson(@JsonProperty("WidgetId") String widgetId,
            @JsonProperty("Token") String token, @JsonProperty("RequestId") String requestId) {
        return builder()
                .widgetId(widgetId)
                .token(token)
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
     * The new widget's id.
     *
     * @return the value, or {@code null} if not set
     */
    public String widgetId() {
        return widgetId;
    }

    /**
     * An access token.
     *
     * <p>Sensitive: masked in {@code toString()}.
     *
     * @return the value, or {@code null} if not set
     */
    public String token() {
        return token;
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
        if (!(other instanceof PutWidgetResponse)) {
            return false;
        }
        PutWidgetResponse that = (PutWidgetResponse) other;
        return Objects.equals(widgetId, that.widgetId)
                && Objects.equals(token, that.token)
                && Objects.equals(requestId, that.requestId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(widgetId, token, requestId);
    }

    @Override
    public String toString() {
        return "PutWidgetResponse{"
                + "WidgetId=" + widgetId
                + ", Token=" + (token == null ? null : "***")
                + ", RequestId=" + requestId
                + "}";
    }

    /**
     * Builds {@link PutWidgetResponse}; not thread-safe.
     */
    public static final class Builder {
        private String widgetId;

        private String token;

        private String requestId;

        private Builder() {
        }

        private Builder(PutWidgetResponse source) {
            this.widgetId = source.widgetId;
            this.token = source.token;
            this.requestId = source.requestId;
        }

        /**
         * The new widget's id.
         *
         * @param widgetId the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder widgetId(String widgetId) {
            this.widgetId = widgetId;
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
            this.token = token;
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
        public PutWidgetResponse build() {
            return new PutWidgetResponse(this);
        }
    }
}

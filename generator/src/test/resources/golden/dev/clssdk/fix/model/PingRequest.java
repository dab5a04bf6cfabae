package dev.clssdk.fix.model;

import dev.clssdk.core.ValidationException;
import dev.clssdk.core.shape.Schema;
import dev.clssdk.core.shape.Struct;
import dev.clssdk.core.shape.StructBuilder;
import javax.annotation.processing.Generated;

/**
 * Nothing to say.
 *
 * <p>Immutable; create one with {@link #builder()}, which checks every rule of the API before anything is sent.
 */
@Generated("dev.clssdk.codegen")
public final class PingRequest extends Struct {
    /**
     * The type's members in wire order, with their types and the API's rules, for the SDK's validator and JSON codec.
     */
    public static final Schema<PingRequest> SCHEMA = Schema.request(PingRequest.class);

    private PingRequest(Builder builder) {
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
     * Builds {@link PingRequest}; not thread-safe.
     */
    public static final class Builder extends StructBuilder<PingRequest> {
        private Builder(PingRequest source) {
            super(SCHEMA, source);
        }

        /**
         * Checks every rule of the API, in everything the request holds, and builds the instance.
         *
         * @return the instance
         * @throws ValidationException listing every broken rule, if any
         */
        public PingRequest build() {
            return new PingRequest(this);
        }
    }
}

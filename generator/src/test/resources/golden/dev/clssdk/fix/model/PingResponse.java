package dev.clssdk.fix.model;

import dev.clssdk.core.shape.Member;
import dev.clssdk.core.shape.Schema;
import dev.clssdk.core.shape.Struct;
import javax.annotation.processing.Generated;

/**
 * PingResponse.
 *
 * <p>Immutable; the server sends it. To make one (to stub a client in tests), start from
 * {@link #create()}: each {@code with} method returns a copy with one member changed.
 */
@Generated("dev.clssdk.codegen")
public final class PingResponse extends Struct {
    private static final Member<String> HEALTH = Member.string("Health");

    /**
     * The type's members in wire order, with their types, for the SDK's validator and JSON codec.
     */
    public static final Schema<PingResponse> SCHEMA = Schema.output(PingResponse.class, HEALTH);

    private PingResponse(Object[] values) {
        super(SCHEMA, values);
    }

    /**
     * An instance with no member set.
     *
     * @return the instance
     */
    public static PingResponse create() {
        return new PingResponse(null);
    }

    @Override
    protected Struct make(Object[] values) {
        return new PingResponse(values);
    }

    /**
     * ok when the service is healthy.
     *
     * @return the value, or {@code null} if not set
     */
    public String health() {
        return get(HEALTH);
    }

    /**
     * ok when the service is healthy.
     *
     * @param health the value, or {@code null} to leave it unset
     * @return a copy of this instance with {@code Health} changed; this instance is unchanged
     */
    public PingResponse withHealth(String health) {
        return with(HEALTH, health);
    }
}

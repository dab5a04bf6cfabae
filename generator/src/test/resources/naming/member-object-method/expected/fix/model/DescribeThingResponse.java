package dev.clssdk.fix.model;

import dev.clssdk.core.shape.Member;
import dev.clssdk.core.shape.Schema;
import dev.clssdk.core.shape.Struct;
import javax.annotation.processing.Generated;

/**
 * The output of DescribeThing.
 *
 * <p>Immutable; the server sends it. To make one (to stub a client in tests), start from
 * {@link #create()}: each {@code with} method returns a copy with one member changed.
 */
@Generated("dev.clssdk.codegen")
public final class DescribeThingResponse extends Struct {
    private static final Member<String> CREATE_VALUE = Member.string("Create");

    private static final Member<String> REQUEST_ID = Member.string("RequestId");

    /**
     * The type's members in wire order, with their types, for the SDK's validator and JSON codec.
     */
    public static final Schema<DescribeThingResponse> SCHEMA = Schema.output(DescribeThingResponse.class,
            CREATE_VALUE, REQUEST_ID);

    private DescribeThingResponse(Object[] values) {
        super(SCHEMA, values);
    }

    /**
     * An instance with no member set.
     *
     * @return the instance
     */
    public static DescribeThingResponse create() {
        return new DescribeThingResponse(null);
    }

    @Override
    protected Struct make(Object[] values) {
        return new DescribeThingResponse(values);
    }

    /**
     * The Create member.
     *
     * <p>Java name {@code createValue} for the wire name {@code Create}: {@code create} is the name of a method of generated classes or of {@code Object}.
     *
     * @return the value, or {@code null} if not set
     */
    public String createValue() {
        return get(CREATE_VALUE);
    }

    /**
     * The Create member.
     *
     * <p>Java name {@code createValue} for the wire name {@code Create}: {@code create} is the name of a method of generated classes or of {@code Object}.
     *
     * @param createValue the value, or {@code null} to leave it unset
     * @return a copy of this instance with {@code Create} changed; this instance is unchanged
     */
    public DescribeThingResponse withCreateValue(String createValue) {
        return with(CREATE_VALUE, createValue);
    }

    /**
     * The request ID.
     *
     * @return the value, or {@code null} if not set
     */
    public String requestId() {
        return get(REQUEST_ID);
    }

    /**
     * The request ID.
     *
     * @param requestId the value, or {@code null} to leave it unset
     * @return a copy of this instance with {@code RequestId} changed; this instance is unchanged
     */
    public DescribeThingResponse withRequestId(String requestId) {
        return with(REQUEST_ID, requestId);
    }
}

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
    private static final Member<Long> OLD_COUNT = Member.int64("OldCount");

    private static final Member<String> REQUEST_ID = Member.string("RequestId");

    /**
     * The type's members in wire order, with their types, for the SDK's validator and JSON codec.
     */
    public static final Schema<DescribeThingResponse> SCHEMA = Schema.output(DescribeThingResponse.class,
            OLD_COUNT, REQUEST_ID);

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
     * The OldCount member.
     *
     * @return the value, or {@code null} if not set
     * @deprecated the API marks {@code OldCount} deprecated (Tencent: disabled); it may stop being honoured
     */
    @Deprecated
    public Long oldCount() {
        return get(OLD_COUNT);
    }

    /**
     * The OldCount member.
     *
     * @param oldCount the value
     * @return a copy of this instance with {@code OldCount} changed; this instance is unchanged
     * @deprecated the API marks {@code OldCount} deprecated (Tencent: disabled); it may stop being honoured
     */
    @Deprecated
    public DescribeThingResponse withOldCount(long oldCount) {
        return with(OLD_COUNT, oldCount);
    }

    /**
     * The OldCount member.
     *
     * @param oldCount the value, or {@code null} to leave it unset
     * @return a copy of this instance with {@code OldCount} changed; this instance is unchanged
     * @deprecated the API marks {@code OldCount} deprecated (Tencent: disabled); it may stop being honoured
     */
    @Deprecated
    public DescribeThingResponse withOldCount(Long oldCount) {
        return with(OLD_COUNT, oldCount);
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

package dev.clssdk.fix.model;

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
    static {
        Schema.register(DescribeThingResponse.class, "output DescribeThingResponse\n"
                + "OldCount int64\n"
                + "RequestId string");
    }

    private DescribeThingResponse(Object[] values) {
        super(values);
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
        return get(0);
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
        return with(0, oldCount);
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
        return with(0, oldCount);
    }

    /**
     * The request ID.
     *
     * @return the value, or {@code null} if not set
     */
    public String requestId() {
        return get(1);
    }

    /**
     * The request ID.
     *
     * @param requestId the value, or {@code null} to leave it unset
     * @return a copy of this instance with {@code RequestId} changed; this instance is unchanged
     */
    public DescribeThingResponse withRequestId(String requestId) {
        return with(1, requestId);
    }
}

package dev.clssdk.cls.waiter;

import dev.clssdk.cls.ClsServiceException;

/** Builds the typed exception the way the client does, for waiter tests. */
final class TopicNotFoundExceptionFactory {
    private TopicNotFoundExceptionFactory() {
    }

    static ClsServiceException create() {
        return ClsServiceException.of(new ClsServiceException.Details("DescribeExports",
                "ResourceNotFound.TopicNotExist", "no topic", "r", 200, false, null));
    }
}

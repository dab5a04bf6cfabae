package dev.clssdk.sts.auth;

import dev.clssdk.core.SdkException;
import dev.clssdk.core.ServiceException;
import dev.clssdk.core.auth.Credentials;
import dev.clssdk.sts.model.AssumeRoleResponse;
import dev.clssdk.sts.model.AssumeRoleWithWebIdentityResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.function.Supplier;

/** Turns an STS answer into core {@link Credentials}, and STS failures into messages without secrets. */
final class StsCredentialsFetch {
    private StsCredentialsFetch() {
    }

    static Credentials call(String action, Supplier<Answer> call) throws IOException {
        Answer answer;
        try {
            answer = call.get();
        } catch (ServiceException e) {
            throw new IOException("STS " + action + " answered " + e.rawCode() + " (RequestId " + e.requestId() + ")");
        } catch (SdkException e) {
            // Messages of the SDK's own exceptions are redacted, but only the kind is needed here.
            throw new IOException("STS " + action + " failed with " + e.getClass().getSimpleName());
        }
        dev.clssdk.sts.model.Credentials credentials = answer.credentials;
        if (credentials == null || isBlank(credentials.tmpSecretId()) || isBlank(credentials.tmpSecretKey())
                || isBlank(credentials.token())) {
            throw new IOException("STS " + action + " answered without complete Credentials");
        }
        if (answer.expiredTime == null) {
            throw new IOException("STS " + action + " answered without ExpiredTime");
        }
        return Credentials.of(credentials.tmpSecretId(), credentials.tmpSecretKey(), credentials.token(),
                Instant.ofEpochSecond(answer.expiredTime));
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** The members both AssumeRole and AssumeRoleWithWebIdentity answer. */
    static final class Answer {
        final dev.clssdk.sts.model.Credentials credentials;
        final Long expiredTime;

        Answer(dev.clssdk.sts.model.Credentials credentials, Long expiredTime) {
            this.credentials = credentials;
            this.expiredTime = expiredTime;
        }

        static Answer of(AssumeRoleResponse response) {
            return new Answer(response.credentials(), response.expiredTime());
        }

        static Answer of(AssumeRoleWithWebIdentityResponse response) {
            return new Answer(response.credentials(), response.expiredTime());
        }
    }
}

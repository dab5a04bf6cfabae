package dev.clssdk.sts.auth;

import dev.clssdk.core.SdkException;
import dev.clssdk.core.ServiceException;
import dev.clssdk.core.auth.Credentials;
import dev.clssdk.sts.model.AssumeRoleResponse;
import dev.clssdk.sts.model.AssumeRoleWithWebIdentityResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Turns an STS answer into core {@link Credentials}, and STS failures into messages without secrets: of an
 * error answer only its {@code Code} and {@code RequestId} are shown, and each only when it has the form
 * of one (a server echoing the request could put anything there) and holds none of the request's secrets.
 */
final class StsCredentialsFetch {
    /** A Tencent Cloud error code: {@code InvalidParameter.WebIdentityTokenError}, {@code AuthFailure}. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,63}(\\.[A-Za-z][A-Za-z0-9]{0,63}){0,3}");
    /** A request id: a UUID, or letters, digits and {@code -}. */
    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final String NOT_SHOWN = "not shown (not in its usual form, or quoting the request)";
    /** Below this length a text can be inside a secret by chance; the core's redaction uses the same bound. */
    private static final int MIN_FRAGMENT = 4;

    private StsCredentialsFetch() {
    }

    /**
     * @param secrets values the request carried that the answer must not show (a web identity token)
     */
    static Credentials call(String action, Supplier<Answer> call, String... secrets) throws IOException {
        Answer answer;
        try {
            answer = call.get();
        } catch (ServiceException e) {
            String code = shown(e.rawCode(), CODE, secrets);
            String requestId = e.requestId() == null ? "none" : shown(e.requestId(), REQUEST_ID, secrets);
            throw new IOException("STS " + action + " answered " + (code != null ? code : "an error Code " + NOT_SHOWN)
                    + " (RequestId " + (requestId != null ? requestId : NOT_SHOWN) + ")");
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

    /** The answer's text if it has the expected form and none of the secrets, else {@code null}. */
    private static String shown(String text, Pattern form, String... secrets) {
        if (text == null || !form.matcher(text).matches()) {
            return null;
        }
        for (String secret : secrets) {
            if (secret != null && !secret.isEmpty() && (text.contains(secret) || text.length() >= MIN_FRAGMENT && secret.contains(text))) {
                return null;
            }
        }
        return text;
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

package dev.clssdk.sts.auth;

import dev.clssdk.core.RequestOptions;
import dev.clssdk.core.SdkException;
import dev.clssdk.core.SdkInterruptedException;
import dev.clssdk.core.ServiceException;
import dev.clssdk.core.auth.CallLimits;
import dev.clssdk.core.auth.Credentials;
import dev.clssdk.core.auth.CredentialsFetchException;
import dev.clssdk.sts.model.AssumeRoleResponse;
import dev.clssdk.sts.model.AssumeRoleWithWebIdentityResponse;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns an STS response into core {@link Credentials}, and STS failures into messages without secrets: of an
 * error response only its {@code Code} and {@code RequestId} are shown, and each only when it has the form
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
     * @param call makes the STS call with the options it is given: the time left of the call that needs
     *     the credentials as its timeout
     * @param secrets values the request carried that the response must not show (a web identity token)
     */
    static Credentials call(String action, Function<RequestOptions, Issued> call, String... secrets) throws IOException {
        Issued issued;
        try {
            issued = call.apply(withinCallLimits());
        } catch (SdkInterruptedException e) {
            // The caller's interrupt, not STS's failure: not to be remembered as the source's.
            throw new InterruptedIOException("interrupted while calling STS " + action);
        } catch (ServiceException e) {
            String code = shown(e.rawCode(), CODE, secrets);
            String requestId = e.requestId() == null ? "none" : shown(e.requestId(), REQUEST_ID, secrets);
            throw new CredentialsFetchException("STS " + action + " answered " + (code != null ? code : "an error Code " + NOT_SHOWN)
                    + " (RequestId " + (requestId != null ? requestId : NOT_SHOWN) + ")");
        } catch (SdkException e) {
            if (CallLimits.current().isOver()) {
                throw new InterruptedIOException("the call ended (its timeout, or it was cancelled) while calling STS " + action);
            }
            // Messages of the SDK's own exceptions are redacted, but only the kind is needed here.
            throw new CredentialsFetchException("STS " + action + " failed with " + e.getClass().getSimpleName());
        }
        dev.clssdk.sts.model.Credentials credentials = issued.credentials;
        if (credentials == null || isBlank(credentials.tmpSecretId()) || isBlank(credentials.tmpSecretKey())
                || isBlank(credentials.token())) {
            throw new CredentialsFetchException("STS " + action + " answered without complete Credentials");
        }
        if (issued.expiredTime == null) {
            throw new CredentialsFetchException("STS " + action + " answered without ExpiredTime");
        }
        return Credentials.of(credentials.tmpSecretId(), credentials.tmpSecretKey(), credentials.token(),
                Instant.ofEpochSecond(issued.expiredTime));
    }

    /**
     * The options of an STS call made for a call that needs credentials: its time left is the STS
     * call's timeout, so a slow STS never holds the call past its own deadline.
     *
     * @throws InterruptedIOException if that call has no time left
     */
    private static RequestOptions withinCallLimits() throws InterruptedIOException {
        Optional<Duration> left = CallLimits.current().remaining();
        if (left.isEmpty()) {
            return RequestOptions.none();
        }
        if (left.get().isZero()) {
            throw new InterruptedIOException("the call ended (its timeout) before STS could be called");
        }
        return RequestOptions.builder().callTimeout(left.get()).build();
    }

    /** The response's text if it has the expected form and none of the secrets, else {@code null}. */
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

    /** What AssumeRole and AssumeRoleWithWebIdentity both respond with: the credentials they issued. */
    static final class Issued {
        final dev.clssdk.sts.model.Credentials credentials;
        final Long expiredTime;

        Issued(dev.clssdk.sts.model.Credentials credentials, Long expiredTime) {
            this.credentials = credentials;
            this.expiredTime = expiredTime;
        }

        static Issued of(AssumeRoleResponse response) {
            return new Issued(response.credentials(), response.expiredTime());
        }

        static Issued of(AssumeRoleWithWebIdentityResponse response) {
            return new Issued(response.credentials(), response.expiredTime());
        }
    }
}

package dev.clssdk.core.auth;

import dev.clssdk.core.CredentialsException;
import dev.clssdk.core.SdkInterruptedException;
import dev.clssdk.core.internal.Settings;
import dev.clssdk.core.internal.auth.FetchCutShortException;
import dev.clssdk.core.internal.http.Redactor;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Temporary credentials fetched from somewhere (an instance's metadata service, a security token service) and fetched
 * again shortly before they expire. Each snapshot handed out is immutable.
 *
 * <p>At most one fetch is in flight. While the current credentials are still valid, the one caller
 * that finds them due for refresh fetches; every other caller keeps getting the current snapshot at
 * once, so a refresh never makes a herd of callers wait or call the source. Only when there are no
 * valid credentials (the first call, or after they expired) do callers wait, for that one fetch.
 *
 * <p>A failed refresh while the credentials are still valid is logged and the current ones are kept
 * (the next try comes after {@link Builder#retryAfterFailure(Duration)}, or at expiry); once they
 * have expired, a failure is a {@link CredentialsException} naming this provider and the reason.
 * <p>Waiting is bounded: a caller waiting for another's fetch stops at once when its thread is
 * interrupted ({@link SdkInterruptedException}) and soon after the call it resolves for is over
 * ({@link CallLimits}: its deadline, or cancelled); a fetch this caller's interrupt or call stopped
 * is not remembered as a failure of the source. What a source says (an {@link IOException}'s
 * message) reaches messages and logs only through the redaction of credentials-source text. A
 * {@link LinkageError} from the fetcher is remembered like a failure of the source (every caller
 * would meet it again); other {@link Error}s (out of memory, stack overflow) propagate to the caller
 * that fetched and are not remembered.
 * Thread-safe.
 */
public final class RefreshingCredentialsProvider implements CredentialsProvider {
    private static final Logger LOG = LoggerFactory.getLogger(RefreshingCredentialsProvider.class);

    /** Fetches a new snapshot. */
    @FunctionalInterface
    public interface Fetcher {
        /**
         * Fetches fresh credentials, with their expiration (without one they are kept for good).
         *
         * @return the credentials
         * @throws IOException with a message safe to show (never a secret) saying what went wrong
         */
        Credentials fetch() throws IOException;
    }

    private final String description;
    private final Fetcher fetcher;
    private final Clock clock;
    private final Duration refreshBefore;
    private final Duration retryAfterFailure;
    /** How often a caller waiting for another's fetch looks whether its call is over. */
    private static final long WAIT_SLICE_MILLIS = 20;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile Snapshot current;
    /** The last failure without valid credentials, answered again until its retry time, under {@link #lock}. */
    private Failure lastFailure;

    private RefreshingCredentialsProvider(Builder builder) {
        this.description = builder.description;
        this.fetcher = builder.fetcher;
        this.clock = builder.clock;
        this.refreshBefore = builder.refreshBefore;
        this.retryAfterFailure = builder.retryAfterFailure;
    }

    /**
     * A builder.
     *
     * @param description where the credentials come from, for messages and logs (no secrets)
     * @param fetcher fetches a new snapshot
     * @return the builder
     */
    public static Builder builder(String description, Fetcher fetcher) {
        return new Builder(description, fetcher);
    }

    @Override
    public Credentials resolve() {
        Snapshot snapshot = current;
        Instant now = clock.instant();
        if (snapshot != null && now.isBefore(snapshot.refreshAt)) {
            return snapshot.credentials;
        }
        if (snapshot != null && now.isBefore(snapshot.expiresAt)) {
            // Due for refresh but still valid: one caller refreshes, everyone else carries on.
            if (!lock.tryLock()) {
                return snapshot.credentials;
            }
            try {
                return refreshWhileValid();
            } finally {
                lock.unlock();
            }
        }
        lockWithin(CallLimits.current());
        try {
            return fetchWithoutValidCredentials();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits for the fetch in flight, if any, within the call's limits: an interrupt ends the wait at
     * once, the call's deadline or cancellation within {@value #WAIT_SLICE_MILLIS} ms.
     */
    private void lockWithin(CallLimits limits) {
        try {
            while (!lock.tryLock(WAIT_SLICE_MILLIS, TimeUnit.MILLISECONDS)) {
                if (limits.isOver()) {
                    throw new CredentialsException(List.of(description + ": the call ended (its timeout, or it was"
                            + " cancelled) while it waited for another caller's fetch"));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SdkInterruptedException("interrupted while waiting for credentials from " + description, e);
        }
    }

    private Credentials refreshWhileValid() {
        Snapshot snapshot = current;
        Instant now = clock.instant();
        if (now.isBefore(snapshot.refreshAt)) {
            return snapshot.credentials; // refreshed by another caller meanwhile
        }
        if (!now.isBefore(snapshot.expiresAt)) {
            return fetchWithoutValidCredentials();
        }
        try {
            return install(fetcher.fetch(), now).credentials;
        } catch (InterruptedIOException e) {
            // Stopped by this caller's interrupt or call, not failed by the source: the next caller tries again.
            return snapshot.credentials;
        } catch (IOException | RuntimeException | LinkageError e) {
            Instant retry = earlier(now.plus(retryAfterFailure), snapshot.expiresAt);
            current = new Snapshot(snapshot.credentials, snapshot.expiresAt, retry);
            LOG.warn("Refreshing credentials from {} failed ({}); keeping the current ones, valid until {}",
                    description, reason(e, snapshot), snapshot.expiresAt);
            return snapshot.credentials;
        }
    }

    private Credentials fetchWithoutValidCredentials() {
        Snapshot snapshot = current;
        Instant now = clock.instant();
        if (snapshot != null && now.isBefore(snapshot.expiresAt)) {
            return snapshot.credentials; // fetched by the caller we waited for
        }
        if (lastFailure != null && now.isBefore(lastFailure.retryAt)) {
            throw failure(lastFailure.reason, snapshot);
        }
        try {
            Credentials fetched = install(fetcher.fetch(), now).credentials;
            lastFailure = null;
            return fetched;
        } catch (InterruptedIOException e) {
            // Stopped by this caller's interrupt or call, not failed by the source: not remembered.
            if (Thread.currentThread().isInterrupted()
                    || (e instanceof FetchCutShortException && ((FetchCutShortException) e).interrupted())) {
                Thread.currentThread().interrupt();
                throw new SdkInterruptedException("interrupted while fetching credentials from " + description, null);
            }
            throw failure(reason(e, snapshot), snapshot);
        } catch (IOException | RuntimeException | LinkageError e) {
            // A LinkageError (a fetcher's missing class, say) fails every try alike: remembered like a failure of
            // the source. Other Errors (out of memory, stack overflow) say nothing of the source and propagate.
            String reason = reason(e, snapshot);
            lastFailure = new Failure(reason, now.plus(retryAfterFailure));
            if (e instanceof LinkageError) {
                throw (LinkageError) e;
            }
            throw failure(reason, snapshot);
        }
    }

    private CredentialsException failure(String reason, Snapshot expired) {
        String when = expired == null ? "" : " (the last credentials expired at " + expired.expiresAt + ")";
        return new CredentialsException(List.of(description + ": " + reason + when));
    }

    private Snapshot install(Credentials fetched, Instant now) throws IOException {
        if (fetched == null) {
            throw new IOException("returned no credentials");
        }
        Instant expiresAt = fetched.expiration().orElse(Instant.MAX);
        if (!now.isBefore(expiresAt)) {
            throw new IOException("returned credentials that expired at " + expiresAt);
        }
        // Refresh ahead by refreshBefore, but never spend more than half of a short lifetime waiting.
        Duration lifetime = Duration.between(now, expiresAt);
        Duration ahead = expiresAt.equals(Instant.MAX) ? Duration.ZERO
                : (refreshBefore.compareTo(lifetime.dividedBy(2)) > 0 ? lifetime.dividedBy(2) : refreshBefore);
        Snapshot snapshot = new Snapshot(fetched, expiresAt, expiresAt.minus(ahead));
        current = snapshot;
        LOG.debug("Fetched credentials from {}, valid until {}", description, expiresAt);
        return snapshot;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /**
     * A reason safe to show: the credentials known here masked in any message. A provider's own
     * message ({@link CredentialsFetchException}) is shown as it wrote it; any other
     * {@link IOException}'s message is the source's text and goes through the redaction of
     * credentials-source text (anything shaped like a key or token masked too, since a source may
     * quote credentials nobody has seen yet). Anything else shows its type only (an unchecked
     * exception's message may quote anything).
     */
    private static String reason(Throwable e, Snapshot known) {
        if (!(e instanceof IOException) || e.getMessage() == null) {
            return "failed with " + e.getClass().getName();
        }
        List<String> secrets = known == null ? List.of() : Stream.of(known.credentials.secretKey(),
                known.credentials.token(), known.credentials.secretId()).filter(Objects::nonNull).toList();
        return e instanceof CredentialsFetchException ? new Redactor(Set.of(), secrets).redact(e.getMessage())
                : Redactor.credentialSourceText(e.getMessage(), secrets);
    }

    @Override
    public String toString() {
        return "RefreshingCredentialsProvider[" + description + "]";
    }

    private static final class Snapshot {
        final Credentials credentials;
        final Instant expiresAt;
        final Instant refreshAt;

        Snapshot(Credentials credentials, Instant expiresAt, Instant refreshAt) {
            this.credentials = credentials;
            this.expiresAt = expiresAt;
            this.refreshAt = refreshAt;
        }
    }

    private static final class Failure {
        final String reason;
        final Instant retryAt;

        Failure(String reason, Instant retryAt) {
            this.reason = reason;
            this.retryAt = retryAt;
        }
    }

    /** Settings of a {@link RefreshingCredentialsProvider}. */
    public static final class Builder {
        private final String description;
        private final Fetcher fetcher;
        private Clock clock = Clock.systemUTC();
        private Duration refreshBefore = Duration.ofMinutes(5);
        private Duration retryAfterFailure = Duration.ofSeconds(10);

        private Builder(String description, Fetcher fetcher) {
            this.description = Objects.requireNonNull(description, "description");
            this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        }

        /**
         * The clock expirations are judged by; for tests.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * How long before expiry to fetch new credentials; default 5 min (at most half the lifetime).
         *
         * @param ahead a positive duration
         * @return this builder
         */
        public Builder refreshBefore(Duration ahead) {
            this.refreshBefore = Settings.positive("refreshBefore", ahead);
            return this;
        }

        /**
         * How long after a failed fetch the next one may happen; default 10 s.
         *
         * @param delay a positive duration
         * @return this builder
         */
        public Builder retryAfterFailure(Duration delay) {
            this.retryAfterFailure = Settings.positive("retryAfterFailure", delay);
            return this;
        }

        /**
         * Builds the provider; nothing is fetched until the first {@link #resolve()}.
         *
         * @return the provider
         */
        public RefreshingCredentialsProvider build() {
            return new RefreshingCredentialsProvider(this);
        }

    }
}

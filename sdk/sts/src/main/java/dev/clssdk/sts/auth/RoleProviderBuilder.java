package dev.clssdk.sts.auth;

import dev.clssdk.sts.StsClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * The settings both STS credentials providers share: the role, the session, how long the
 * credentials last, where STS is called and when they are refreshed. Each is checked when set.
 * Only the providers of this package extend it.
 *
 * @param <B> the provider's own builder, which each setter returns
 */
public abstract class RoleProviderBuilder<B extends RoleProviderBuilder<B>> {
    String roleArn;
    String roleSessionName;
    long durationSeconds = 7200;
    String region;
    StsClient client;
    Clock clock = Clock.systemUTC();
    Duration refreshBefore;
    Duration retryAfterFailure = Duration.ofSeconds(10);

    RoleProviderBuilder(Duration refreshBefore) {
        this.refreshBefore = refreshBefore;
    }

    /** This builder, as its own type. */
    abstract B self();

    /**
     * The role to assume, for example {@code qcs::cam::uin/100000000001:roleName/app}.
     *
     * @param roleArn the role's resource description
     * @return this builder
     */
    public B roleArn(String roleArn) {
        this.roleArn = StsSettings.nonBlank(roleArn, "roleArn");
        return self();
    }

    /**
     * The session name, recorded by CAM.
     *
     * @param name 2 to 128 of letters, digits and {@code +=,.@_-}
     * @return this builder
     */
    public B roleSessionName(String name) {
        this.roleSessionName = StsSettings.roleSessionName(name);
        return self();
    }

    /**
     * How long the credentials last; default 7200 s, at most 43200 s.
     *
     * @param seconds the duration in seconds
     * @return this builder
     */
    public B durationSeconds(long seconds) {
        this.durationSeconds = StsSettings.durationSeconds(seconds);
        return self();
    }

    /**
     * The region STS is called in ({@code X-TC-Region}), for example {@code ap-guangzhou}; required
     * unless {@link #client} is given (there is no default: Tencent documents it as required, and which
     * region to name is the caller's to know).
     *
     * @param region the region
     * @return this builder
     */
    public B region(String region) {
        this.region = StsSettings.nonBlank(region, "region");
        return self();
    }

    /**
     * An STS client to call instead of one built here (with its own endpoint, credentials and
     * transport); the provider's {@code close()} then leaves it open.
     *
     * @param client the client
     * @return this builder
     */
    public B client(StsClient client) {
        this.client = Objects.requireNonNull(client, "client");
        return self();
    }

    /**
     * The clock expirations are judged by; for tests.
     *
     * @param clock the clock
     * @return this builder
     */
    public B clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return self();
    }

    /**
     * How long before expiry to call STS again (at most half the lifetime); the default is the
     * provider's (5 min for AssumeRole, 10 min for a web identity).
     *
     * @param ahead a positive duration
     * @return this builder
     */
    public B refreshBefore(Duration ahead) {
        this.refreshBefore = StsSettings.positive("refreshBefore", ahead);
        return self();
    }

    /**
     * How long after a failed call the next may happen; default 10 s.
     *
     * @param delay a positive duration
     * @return this builder
     */
    public B retryAfterFailure(Duration delay) {
        this.retryAfterFailure = StsSettings.positive("retryAfterFailure", delay);
        return self();
    }
}

package dev.clssdk.sts.auth;

import dev.clssdk.core.auth.Credentials;
import dev.clssdk.core.auth.CredentialsProvider;
import dev.clssdk.core.auth.RefreshingCredentialsProvider;
import dev.clssdk.sts.StsClient;
import dev.clssdk.sts.model.AssumeRoleRequest;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * The temporary credentials of a CAM role, from STS {@code AssumeRole}, called through the SDK's own
 * generated {@link StsClient} (signed with the source credentials, retried like any idempotent-safe
 * call). Refreshed before they expire with one call in flight (a {@link RefreshingCredentialsProvider});
 * each snapshot is immutable. {@link #close()} closes the STS client if this provider built it.
 *
 * <p>There is no default region. Tencent documents {@code Region} ({@code X-TC-Region}) as a required
 * common parameter of {@code AssumeRole}, although the endpoint, {@code sts.tencentcloudapi.com}, is
 * global; which region to name is the caller's to know (the one its resources are in, usually), so the
 * SDK does not guess one: {@link Builder#region} is required unless a ready {@link Builder#client} is given.
 */
public final class StsAssumeRoleCredentialsProvider implements CredentialsProvider, AutoCloseable {
    private final String roleArn;
    private final String roleSessionName;
    private final long durationSeconds;
    private final String externalId;
    private final String region;
    private final StsClient client;
    private final boolean ownsClient;
    private final RefreshingCredentialsProvider refreshing;

    private StsAssumeRoleCredentialsProvider(Builder builder) {
        this.roleArn = StsSettings.required(builder.roleArn, "roleArn");
        this.roleSessionName = StsSettings.required(builder.roleSessionName, "roleSessionName");
        this.durationSeconds = builder.durationSeconds;
        this.externalId = builder.externalId;
        this.ownsClient = builder.client == null;
        if (ownsClient && builder.region == null) {
            throw new IllegalArgumentException("region is required: STS AssumeRole needs X-TC-Region (Tencent documents"
                    + " Region as a required parameter, and there is no default); set region(...), or pass a"
                    + " configured client(StsClient)");
        }
        if (!ownsClient && builder.region != null) {
            throw new IllegalArgumentException("region is the client's when client(StsClient) is given: set it on that client");
        }
        this.region = builder.region;
        this.client = ownsClient ? StsClient.builder().region(region)
                .credentials(builder.source == null ? CredentialsProvider.defaultChain() : builder.source).build()
                : builder.client;
        this.refreshing = RefreshingCredentialsProvider.builder(where(), this::fetch)
                .clock(builder.clock).refreshBefore(builder.refreshBefore).retryAfterFailure(builder.retryAfterFailure)
                .build();
    }

    /**
     * A builder; {@link Builder#roleArn}, {@link Builder#roleSessionName} and {@link Builder#region}
     * (or {@link Builder#client}) are required.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Credentials resolve() {
        return refreshing.resolve();
    }

    private Credentials fetch() throws IOException {
        AssumeRoleRequest.Builder request = AssumeRoleRequest.builder()
                .roleArn(roleArn).roleSessionName(roleSessionName).durationSeconds(durationSeconds);
        if (externalId != null) {
            request.externalId(externalId);
        }
        AssumeRoleRequest built = request.build();
        return StsCredentialsFetch.call("AssumeRole", () -> StsCredentialsFetch.Answer.of(client.assumeRole(built)));
    }

    private String where() {
        return "STS AssumeRole (role " + roleArn + ", session " + roleSessionName
                + (region == null ? "" : ", region " + region) + ")";
    }

    @Override
    public void close() {
        if (ownsClient) {
            client.close();
        }
    }

    @Override
    public String toString() {
        return "StsAssumeRoleCredentialsProvider[" + where() + "]";
    }

    /** Settings of a {@link StsAssumeRoleCredentialsProvider}; each checked when set. */
    public static final class Builder {
        private String roleArn;
        private String roleSessionName;
        private long durationSeconds = 7200;
        private String externalId;
        private String region;
        private CredentialsProvider source;
        private StsClient client;
        private Clock clock = Clock.systemUTC();
        private Duration refreshBefore = Duration.ofMinutes(5);
        private Duration retryAfterFailure = Duration.ofSeconds(10);

        private Builder() {
        }

        /**
         * The role to assume, for example {@code qcs::cam::uin/100000000001:roleName/app}.
         *
         * @param roleArn the role's resource description
         * @return this builder
         */
        public Builder roleArn(String roleArn) {
            this.roleArn = StsSettings.nonBlank(roleArn, "roleArn");
            return this;
        }

        /**
         * The session name, recorded by CAM: 2 to 128 of letters, digits and {@code =,.@_-}.
         *
         * @param name the session name
         * @return this builder
         */
        public Builder roleSessionName(String name) {
            this.roleSessionName = StsSettings.roleSessionName(name);
            return this;
        }

        /**
         * How long the credentials last; default 7200 s, at most 43200 s.
         *
         * @param seconds the duration in seconds
         * @return this builder
         */
        public Builder durationSeconds(long seconds) {
            this.durationSeconds = StsSettings.durationSeconds(seconds);
            return this;
        }

        /**
         * The role's external ID, if its trust policy asks for one.
         *
         * @param externalId the external ID
         * @return this builder
         */
        public Builder externalId(String externalId) {
            this.externalId = externalId;
            return this;
        }

        /**
         * The region STS is called in ({@code X-TC-Region}), for example {@code ap-guangzhou}; required
         * unless {@link #client} is given (no default: see the class description).
         *
         * @param region the region
         * @return this builder
         */
        public Builder region(String region) {
            this.region = StsSettings.nonBlank(region, "region");
            return this;
        }

        /**
         * The credentials AssumeRole is signed with; default the core's default chain.
         *
         * @param source the provider
         * @return this builder
         */
        public Builder sourceCredentials(CredentialsProvider source) {
            this.source = Objects.requireNonNull(source, "source");
            return this;
        }

        /**
         * An STS client to call instead of one built here (with its own endpoint, credentials and
         * transport); {@link StsAssumeRoleCredentialsProvider#close()} then leaves it open.
         *
         * @param client the client
         * @return this builder
         */
        public Builder client(StsClient client) {
            this.client = Objects.requireNonNull(client, "client");
            return this;
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
         * How long before expiry to call STS again; default 5 min (at most half the lifetime).
         *
         * @param ahead a positive duration
         * @return this builder
         */
        public Builder refreshBefore(Duration ahead) {
            this.refreshBefore = StsSettings.positive("refreshBefore", ahead);
            return this;
        }

        /**
         * How long after a failed call the next may happen; default 10 s.
         *
         * @param delay a positive duration
         * @return this builder
         */
        public Builder retryAfterFailure(Duration delay) {
            this.retryAfterFailure = StsSettings.positive("retryAfterFailure", delay);
            return this;
        }

        /**
         * Builds the provider; STS is called on the first {@link #resolve()}.
         *
         * @return the provider
         * @throws IllegalArgumentException if the role ARN, the session name or the region is missing, or a
         *     region is set together with a client
         */
        public StsAssumeRoleCredentialsProvider build() {
            return new StsAssumeRoleCredentialsProvider(this);
        }
    }
}

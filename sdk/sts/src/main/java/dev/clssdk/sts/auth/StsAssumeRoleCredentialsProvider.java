package dev.clssdk.sts.auth;

import dev.clssdk.core.auth.Credentials;
import dev.clssdk.core.auth.CredentialsProvider;
import dev.clssdk.core.auth.RefreshingCredentialsProvider;
import dev.clssdk.sts.StsClient;
import dev.clssdk.sts.model.AssumeRoleRequest;
import java.io.IOException;
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
        return StsCredentialsFetch.call("AssumeRole",
                options -> StsCredentialsFetch.Issued.of(client.assumeRole(built, options)));
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
    public static final class Builder extends RoleProviderBuilder<Builder> {
        private String externalId;
        private CredentialsProvider source;

        private Builder() {
            super(Duration.ofMinutes(5));
        }

        @Override
        Builder self() {
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

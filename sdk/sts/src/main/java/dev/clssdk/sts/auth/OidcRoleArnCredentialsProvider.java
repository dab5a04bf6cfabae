package dev.clssdk.sts.auth;

import dev.clssdk.core.CredentialsException;
import dev.clssdk.core.auth.Credentials;
import dev.clssdk.core.auth.CredentialsFetchException;
import dev.clssdk.core.auth.CredentialsProvider;
import dev.clssdk.core.auth.RefreshingCredentialsProvider;
import dev.clssdk.sts.StsClient;
import dev.clssdk.sts.model.AssumeRoleWithWebIdentityRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * TKE OIDC: the temporary credentials of a CAM role for a pod's service account, from STS
 * {@code AssumeRoleWithWebIdentity} called through the SDK's own generated {@link StsClient}. The
 * call is unsigned ({@code Authorization: SKIP}, {@link CredentialsProvider#anonymous()}): the web
 * identity token authenticates it. The token is the content of a file, read again on every refresh
 * (TKE rotates it). Refreshed 600 s before expiry by default, one call in flight.
 *
 * <p>{@link #fromEnvironment} reads what TKE sets: {@value #REGION}, {@value #PROVIDER_ID},
 * {@value #TOKEN_FILE} and {@value #ROLE_ARN}. The web identity token never appears in a message,
 * a log line or {@code toString}.
 */
public final class OidcRoleArnCredentialsProvider implements CredentialsProvider, AutoCloseable {
    /** The region variable. */
    public static final String REGION = "TKE_REGION";
    /** The identity provider variable. */
    public static final String PROVIDER_ID = "TKE_PROVIDER_ID";
    /** The variable naming the web identity token file. */
    public static final String TOKEN_FILE = "TKE_WEB_IDENTITY_TOKEN_FILE";
    /** The role variable. */
    public static final String ROLE_ARN = "TKE_ROLE_ARN";

    /** A Tencent Cloud region: lower-case words joined by {@code -} ({@code ap-guangzhou}, {@code ap-shanghai-fsi}). */
    private static final String REGION_FORM = "[a-z]+(-[a-z0-9]+)+";
    /** How a CAM role's resource description begins ({@code qcs::cam::uin/<uin>:roleName/<name>}). */
    private static final String ROLE_PREFIX = "qcs::cam::uin/";
    /** The most of a token file read: a service account token is a few KiB; more is not a token file. */
    static final int MAX_TOKEN_BYTES = 64 * 1024;

    /** Where {@link #fromEnvironment} looks, as the chain's entry names it. */
    static final String ENVIRONMENT = "TKE OIDC (environment variables " + REGION + ", " + PROVIDER_ID + ", "
            + TOKEN_FILE + ", " + ROLE_ARN + ")";

    private final String providerId;
    private final String roleArn;
    private final Path tokenFile;
    /** How messages name the token file: by its variable when it came from the environment. */
    private final String tokenFileLabel;
    private final String roleSessionName;
    private final long durationSeconds;
    private final StsClient client;
    private final boolean ownsClient;
    private final RefreshingCredentialsProvider refreshing;

    private OidcRoleArnCredentialsProvider(Builder builder) {
        this.providerId = StsSettings.required(builder.providerId, "providerId");
        this.roleArn = StsSettings.required(builder.roleArn, "roleArn");
        this.tokenFile = StsSettings.required(builder.tokenFile, "webIdentityTokenFile");
        this.tokenFileLabel = (builder.tokenFileFromEnvironment ? TOKEN_FILE + ": " : "the web identity token file ") + tokenFile;
        this.roleSessionName = builder.roleSessionName != null ? builder.roleSessionName
                : "clssdk-java-" + builder.clock.millis();
        this.durationSeconds = builder.durationSeconds;
        this.ownsClient = builder.client == null;
        this.client = ownsClient
                ? StsClient.builder().region(requireRegion(builder.region)).credentials(CredentialsProvider.anonymous()).build()
                : builder.client;
        this.refreshing = RefreshingCredentialsProvider.builder(where(), this::fetch)
                .clock(builder.clock).refreshBefore(builder.refreshBefore).retryAfterFailure(builder.retryAfterFailure)
                .build();
    }

    /**
     * A builder; provider ID, role ARN, token file and (unless a client is given) region are required.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder preset from TKE's environment variables. Each is checked here, so a malformed one is a
     * {@link CredentialsException} naming the variable and the rule it breaks (never its value), like a
     * variable that is not set: the region must be one such as {@code ap-guangzhou}, the role a CAM role
     * ({@code qcs::cam::uin/...}), the token file a path; none may be blank. The token file itself is
     * read on each fetch, and a problem with it is named by {@value #TOKEN_FILE} too.
     *
     * @param environment looks up a variable ({@code System::getenv} in production)
     * @return the builder
     * @throws CredentialsException naming every variable that is not set or is malformed
     */
    public static Builder fromEnvironment(UnaryOperator<String> environment) {
        List<String> missing = new ArrayList<>();
        List<String> malformed = new ArrayList<>();
        String region = variable(environment, REGION, missing, malformed,
                value -> value.matches(REGION_FORM) ? null : "must be a region such as ap-guangzhou");
        String provider = variable(environment, PROVIDER_ID, missing, malformed, value -> null);
        String file = variable(environment, TOKEN_FILE, missing, malformed,
                value -> isPath(value) ? null : "must be a file path");
        String role = variable(environment, ROLE_ARN, missing, malformed, value -> value.startsWith(ROLE_PREFIX) ? null
                : "must be a CAM role such as " + ROLE_PREFIX + "100000000001:roleName/app");
        if (!missing.isEmpty() || !malformed.isEmpty()) {
            List<String> problems = new ArrayList<>();
            if (!missing.isEmpty()) {
                problems.add(String.join(", ", missing) + (missing.size() == 1 ? " is" : " are") + " not set");
            }
            problems.addAll(malformed);
            throw new CredentialsException(List.of(ENVIRONMENT + ": " + String.join(", ", problems)));
        }
        Builder builder = builder().region(region).providerId(provider).webIdentityTokenFile(Path.of(file)).roleArn(role);
        builder.tokenFileFromEnvironment = true;
        return builder;
    }

    /**
     * The variable's value stripped; {@code null}, and noted as missing or with the rule it breaks, when it
     * is not set, blank or refused by {@code rule} (which answers what it must be, or {@code null}).
     */
    private static String variable(UnaryOperator<String> environment, String name, List<String> missing,
            List<String> malformed, Function<String, String> rule) {
        String value = environment.apply(name);
        if (value == null) {
            missing.add(name);
            return null;
        }
        String problem = value.isBlank() ? "must not be blank" : rule.apply(value.strip());
        if (problem != null) {
            malformed.add(name + ": " + problem);
            return null;
        }
        return value.strip();
    }

    private static boolean isPath(String value) {
        try {
            Path.of(value);
            return true;
        } catch (InvalidPathException e) {
            return false;
        }
    }

    @Override
    public Credentials resolve() {
        return refreshing.resolve();
    }

    private Credentials fetch() throws IOException {
        String token = readToken();
        AssumeRoleWithWebIdentityRequest request = AssumeRoleWithWebIdentityRequest.builder()
                .providerId(providerId).webIdentityToken(token).roleArn(roleArn).roleSessionName(roleSessionName)
                .durationSeconds(durationSeconds).build();
        return StsCredentialsFetch.call("AssumeRoleWithWebIdentity",
                options -> StsCredentialsFetch.Issued.of(client.assumeRoleWithWebIdentity(request, options)), token);
    }

    /** The token, stripped; the messages name the file and what is wrong with it, never what it holds. */
    private String readToken() throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(tokenFile)) {
            bytes = in.readNBytes(MAX_TOKEN_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw new CredentialsFetchException(tokenFileLabel + " does not exist");
        } catch (IOException | SecurityException e) {
            throw new CredentialsFetchException(tokenFileLabel + " cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        if (bytes.length > MAX_TOKEN_BYTES) {
            throw new CredentialsFetchException(tokenFileLabel + " is larger than " + MAX_TOKEN_BYTES / 1024 + " KiB");
        }
        String token;
        try {
            token = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString().strip();
        } catch (IOException e) {
            throw new CredentialsFetchException(tokenFileLabel + " cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        if (token.isEmpty()) {
            throw new CredentialsFetchException(tokenFileLabel + " is empty");
        }
        return token;
    }

    private String where() {
        return "TKE OIDC (STS AssumeRoleWithWebIdentity, role " + roleArn + ", provider " + providerId
                + ", token file " + tokenFile + ")";
    }

    @Override
    public void close() {
        if (ownsClient) {
            client.close();
        }
    }

    @Override
    public String toString() {
        return "OidcRoleArnCredentialsProvider[" + where() + "]";
    }

    private static String requireRegion(String region) {
        if (region == null) {
            throw new IllegalArgumentException("region is required (" + REGION + " in TKE): STS AssumeRoleWithWebIdentity"
                    + " needs X-TC-Region and there is no default; set region(...), or pass a configured client(StsClient)");
        }
        return region;
    }

    /**
     * Settings of an {@link OidcRoleArnCredentialsProvider}; each checked when set. The region is
     * {@value #REGION} in TKE, the role {@value #ROLE_ARN}; the session name defaults to
     * {@code clssdk-java-<millis>}; a {@link #client} given must send calls unsigned
     * ({@code credentials(CredentialsProvider.anonymous())}).
     */
    public static final class Builder extends RoleProviderBuilder<Builder> {
        private String providerId;
        private Path tokenFile;
        /** Set by {@link #fromEnvironment}: messages then name the file by {@value #TOKEN_FILE}. */
        private boolean tokenFileFromEnvironment;

        private Builder() {
            super(Duration.ofSeconds(600));
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * The identity provider ({@value #PROVIDER_ID}).
         *
         * @param providerId the provider's name
         * @return this builder
         */
        public Builder providerId(String providerId) {
            this.providerId = StsSettings.nonBlank(providerId, "providerId");
            return this;
        }

        /**
         * The file holding the web identity token ({@value #TOKEN_FILE}), read on every refresh.
         *
         * @param file the file
         * @return this builder
         */
        public Builder webIdentityTokenFile(Path file) {
            this.tokenFile = Objects.requireNonNull(file, "webIdentityTokenFile");
            this.tokenFileFromEnvironment = false;
            return this;
        }

        /**
         * Builds the provider; the token file is read and STS called on the first {@link #resolve()}.
         *
         * @return the provider
         * @throws IllegalArgumentException if a required setting is missing
         */
        public OidcRoleArnCredentialsProvider build() {
            return new OidcRoleArnCredentialsProvider(this);
        }
    }
}

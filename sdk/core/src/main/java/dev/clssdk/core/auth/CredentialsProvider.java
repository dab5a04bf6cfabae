package dev.clssdk.core.auth;

import dev.clssdk.core.CredentialsException;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Supplies credentials for each call. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface CredentialsProvider {
    /**
     * The credentials to sign the next call with.
     *
     * @return the credentials
     * @throws CredentialsException listing where it looked, if there are none
     */
    Credentials resolve();

    /**
     * Fixed credentials.
     *
     * @param secretId the SecretId
     * @param secretKey the SecretKey
     * @return the provider
     */
    static CredentialsProvider of(String secretId, String secretKey) {
        return new StaticCredentialsProvider(Credentials.of(secretId, secretKey));
    }

    /**
     * Fixed credentials, possibly temporary.
     *
     * @param credentials the credentials
     * @return the provider
     */
    static CredentialsProvider of(Credentials credentials) {
        return new StaticCredentialsProvider(credentials);
    }

    /**
     * {@code TENCENTCLOUD_SECRET_ID}, {@code TENCENTCLOUD_SECRET_KEY} and the optional
     * {@code TENCENTCLOUD_SESSION_TOKEN} from the process environment.
     *
     * @return the provider
     */
    static CredentialsProvider environment() {
        return new EnvironmentCredentialsProvider(System::getenv);
    }

    /**
     * A section of {@code ~/.tencentcloud/credentials}: the one the environment variable
     * {@value ProfileCredentialsProvider#PROFILE_VARIABLE} names, else {@code [default]}.
     *
     * @return the provider
     */
    static CredentialsProvider profile() {
        return new ProfileCredentialsProvider(ProfileCredentialsProvider.defaultFile(),
                ProfileCredentialsProvider.profileName(System::getenv));
    }

    /**
     * A named section of {@code ~/.tencentcloud/credentials}, whatever
     * {@value ProfileCredentialsProvider#PROFILE_VARIABLE} says.
     *
     * @param profile the section name
     * @return the provider
     */
    static CredentialsProvider profile(String profile) {
        return new ProfileCredentialsProvider(ProfileCredentialsProvider.defaultFile(), profile);
    }

    /**
     * A section of a profile file.
     *
     * @param file the INI file
     * @param profile the section name
     * @return the provider
     */
    static CredentialsProvider profile(Path file, String profile) {
        return new ProfileCredentialsProvider(file, profile);
    }

    /**
     * The CAM role of the CVM instance this runs on, from its metadata service; refreshed before expiry.
     *
     * @return the provider
     */
    static CredentialsProvider cvmRole() {
        return CvmRoleCredentialsProvider.builder().build();
    }

    /**
     * No credentials: calls are sent with {@code Authorization: SKIP}, for the few actions Tencent
     * documents so (for example a web-identity token exchange).
     *
     * @return the provider
     */
    static CredentialsProvider anonymous() {
        return AnonymousCredentialsProvider.INSTANCE;
    }

    /**
     * The default chain: the environment, the profile file ({@link #profile()}), the CVM instance
     * role, then what other modules contribute ({@link DefaultChainContributor}: a web-identity (OIDC)
     * provider that another module registers). Its failure lists every place and why each gave nothing.
     *
     * <p>The instance role is looked for cheaply, since most programs do not run on a CVM instance: the
     * first connection to the metadata service may take {@value CvmRoleCredentialsProvider#PROBE_CONNECT_MILLIS} ms
     * (not the 1 s of {@link #cvmRole()}), and once it was not reachable it is not tried again for a
     * minute. The environment variable {@value CvmRoleCredentialsProvider#DISABLE_VARIABLE} or the system
     * property {@value CvmRoleCredentialsProvider#DISABLE_PROPERTY} set to {@code true} skips it.
     *
     * @return the provider
     */
    static CredentialsProvider defaultChain() {
        return DefaultChain.create(System::getenv, System::getProperty, ProfileCredentialsProvider.defaultFile(),
                CvmRoleCredentialsProvider.DEFAULT_ENDPOINT, Clock.systemUTC(), ContributedProviders.discovered());
    }
}

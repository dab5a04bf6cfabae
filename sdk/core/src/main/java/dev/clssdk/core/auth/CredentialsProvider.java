package dev.clssdk.core.auth;

import dev.clssdk.core.CredentialsException;
import java.nio.file.Path;
import java.util.List;

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
     * The {@code [default]} section of {@code ~/.tencentcloud/credentials}.
     *
     * @return the provider
     */
    static CredentialsProvider profile() {
        return new ProfileCredentialsProvider(ProfileCredentialsProvider.defaultFile(), "default");
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
     * The default chain: the environment, then {@code ~/.tencentcloud/credentials}.
     *
     * @return the provider
     */
    static CredentialsProvider defaultChain() {
        return new CredentialsProviderChain(List.of(environment(), profile()));
    }
}

package dev.clssdk.core.auth;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The providers of {@link CredentialsProvider#defaultChain()}, in order, with what they read (the
 * environment, system properties, the profile file, the metadata service, the clock) passed in so
 * tests can give their own.
 */
final class DefaultChain {
    private DefaultChain() {
    }

    static CredentialsProviderChain create(UnaryOperator<String> environment, UnaryOperator<String> systemProperties,
            Path profileFile, String metadataEndpoint, Clock clock, List<CredentialsProvider> contributed) {
        List<CredentialsProvider> providers = new ArrayList<>();
        providers.add(new EnvironmentCredentialsProvider(environment));
        providers.add(new ProfileCredentialsProvider(profileFile, ProfileCredentialsProvider.profileName(environment)));
        providers.add(CvmRoleCredentialsProvider.forDefaultChain(environment, systemProperties, metadataEndpoint, clock));
        providers.addAll(contributed);
        return new CredentialsProviderChain(providers);
    }
}

package dev.clssdk.core.auth;

import dev.clssdk.core.CredentialsException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks each provider in order and returns the first credentials found; if none has any, throws
 * one {@link CredentialsException} listing every place searched.
 */
public final class CredentialsProviderChain implements CredentialsProvider {
    private static final Logger LOG = LoggerFactory.getLogger(CredentialsProviderChain.class);

    private final List<CredentialsProvider> providers;

    /**
     * @param providers the providers, in order
     */
    public CredentialsProviderChain(List<CredentialsProvider> providers) {
        this.providers = List.copyOf(providers);
    }

    @Override
    public Credentials resolve() {
        List<String> searched = new ArrayList<>();
        for (CredentialsProvider provider : providers) {
            try {
                Credentials credentials = provider.resolve();
                LOG.debug("Using credentials from {}", provider);
                return credentials;
            } catch (CredentialsException e) {
                searched.addAll(e.searched());
            }
        }
        throw new CredentialsException(searched);
    }

    /**
     * The providers, in order.
     *
     * @return an unmodifiable list
     */
    public List<CredentialsProvider> providers() {
        return providers;
    }

    @Override
    public String toString() {
        return "CredentialsProviderChain" + providers;
    }
}

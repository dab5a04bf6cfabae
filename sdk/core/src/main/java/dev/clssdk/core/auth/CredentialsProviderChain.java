package dev.clssdk.core.auth;

import dev.clssdk.core.CredentialsException;
import dev.clssdk.core.SdkInterruptedException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks each provider in order and returns the first credentials found; if none has any, throws
 * one {@link CredentialsException} listing every place searched.
 *
 * <p>A provider that fails with another exception (a misconfiguration it did not expect, a library's
 * exception) is one more place that gave nothing: its entry names the provider and the exception's
 * type, never its message (which may quote what the provider read), and the next provider is asked.
 * Only an {@link SdkInterruptedException} ends the search.
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
            } catch (SdkInterruptedException e) {
                throw e;
            } catch (RuntimeException e) {
                String entry = provider + ": failed with " + e.getClass().getName();
                LOG.warn("Credentials provider {}; trying the next place", entry);
                searched.add(entry);
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

package dev.clssdk.core.auth;

import java.util.ServiceLoader;

/**
 * A provider that a module other than the core adds to the end of
 * {@link CredentialsProvider#defaultChain()}, found with {@link ServiceLoader}. It exists because
 * some places credentials come from need a service (a web-identity token exchanged for temporary
 * credentials), and the core may not depend on a generated service. A generated service module
 * with such a provider registers it, so with that jar on the class or module path the default
 * chain is environment, profile file, instance role, then that provider.
 *
 * <p>Implementations need a public no-argument constructor and a
 * {@code META-INF/services/dev.clssdk.core.auth.DefaultChainContributor} entry (or
 * {@code provides} in a module descriptor).
 */
public interface DefaultChainContributor {
    /**
     * Where in the contributed part of the chain this provider goes; lower first, ties by class name.
     *
     * @return the position
     */
    int order();

    /**
     * The provider, created when a default chain is built; it must fail with a
     * {@link dev.clssdk.core.CredentialsException} saying why when its place holds nothing.
     *
     * @return the provider
     */
    CredentialsProvider provider();
}

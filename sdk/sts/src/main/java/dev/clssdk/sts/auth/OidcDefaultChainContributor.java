package dev.clssdk.sts.auth;

import dev.clssdk.core.auth.Credentials;
import dev.clssdk.core.auth.CredentialsProvider;
import dev.clssdk.core.auth.DefaultChainContributor;
import java.util.function.UnaryOperator;

/**
 * Adds TKE OIDC to the end of the core's default chain (after the environment, the profile file and
 * the CVM instance role) when this module is on the class or module path. The environment is read
 * on each call until TKE's variables are all set (until then the provider fails with a
 * {@link dev.clssdk.core.CredentialsException} naming the missing ones); only then is the STS client built, once.
 */
public final class OidcDefaultChainContributor implements DefaultChainContributor {
    /** For {@link java.util.ServiceLoader}. */
    public OidcDefaultChainContributor() {
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public CredentialsProvider provider() {
        return new FromEnvironment(System::getenv);
    }

    /** TKE OIDC configured from the environment, when it is. */
    static final class FromEnvironment implements CredentialsProvider {
        private final UnaryOperator<String> environment;
        private volatile OidcRoleArnCredentialsProvider delegate;

        FromEnvironment(UnaryOperator<String> environment) {
            this.environment = environment;
        }

        @Override
        public Credentials resolve() {
            OidcRoleArnCredentialsProvider provider = delegate;
            if (provider == null) {
                synchronized (this) {
                    provider = delegate;
                    if (provider == null) {
                        provider = OidcRoleArnCredentialsProvider.fromEnvironment(environment).build();
                        delegate = provider;
                    }
                }
            }
            return provider.resolve();
        }

        @Override
        public String toString() {
            OidcRoleArnCredentialsProvider provider = delegate;
            return provider != null ? provider.toString() : "OidcRoleArnCredentialsProvider[TKE OIDC from the environment]";
        }
    }
}

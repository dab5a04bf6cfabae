package dev.clssdk.sts.auth;

import dev.clssdk.core.CredentialsException;
import dev.clssdk.core.auth.Credentials;
import dev.clssdk.core.auth.CredentialsProvider;
import dev.clssdk.core.auth.DefaultChainContributor;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Adds TKE OIDC to the end of the core's default chain (after the environment, the profile file and
 * the CVM instance role) when this module is on the class or module path. The environment is read
 * on each call until TKE's variables are all set and well-formed (until then the provider fails with a
 * {@link CredentialsException} naming each variable missing or malformed, and the rule it breaks); only then
 * is the STS client built, once. The variables are read only when the chain reaches this place, so with
 * credentials found earlier in the chain they are never looked at.
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
                        provider = fromEnvironment();
                        delegate = provider;
                    }
                }
            }
            return provider.resolve();
        }

        private OidcRoleArnCredentialsProvider fromEnvironment() {
            try {
                return OidcRoleArnCredentialsProvider.fromEnvironment(environment).build();
            } catch (CredentialsException e) {
                throw e;
            } catch (RuntimeException e) {
                // Not one of the checked rules (the environment could not be read, the STS client not built):
                // the type says what; its message may quote a value.
                throw new CredentialsException(List.of(OidcRoleArnCredentialsProvider.ENVIRONMENT + ": failed with "
                        + e.getClass().getName()));
            }
        }

        @Override
        public String toString() {
            OidcRoleArnCredentialsProvider provider = delegate;
            return provider != null ? provider.toString() : "OidcRoleArnCredentialsProvider[TKE OIDC from the environment]";
        }
    }
}

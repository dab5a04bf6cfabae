package dev.clssdk.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clssdk.core.CredentialsException;
import dev.clssdk.core.SdkInterruptedException;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the chain does with a provider or a contributor that fails other than by saying its place is
 * empty: one typed entry naming it and the exception's type (never its message, which may quote what
 * it read), and the next place still gets its turn.
 */
public class CredentialsChainFailureTest {
    /** Text a provider's exception may carry; it must not reach the chain's message. */
    static final String LEAKY = "tokenReadFromSomewhereDoNotShow";

    @TempDir
    Path dir;

    private static CredentialsProvider throwing(RuntimeException e) {
        return new CredentialsProvider() {
            @Override
            public Credentials resolve() {
                throw e;
            }

            @Override
            public String toString() {
                return "ThrowingProvider[test]";
            }
        };
    }

    @Test
    void aProviderThrowingARuntimeExceptionIsATypedEntryAndTheNextProviderStillGetsItsTurn() {
        CredentialsProviderChain chain = new CredentialsProviderChain(List.of(
                throwing(new IllegalArgumentException("bad value " + LEAKY)), CredentialsProvider.of("AKIDlater", "laterKey")));
        assertThat(chain.resolve().secretId()).isEqualTo("AKIDlater");
    }

    @Test
    void aChainWhoseProvidersAllFailListsTheThrowingOneByTypeWithoutItsMessage() {
        CredentialsProviderChain chain = new CredentialsProviderChain(List.of(
                throwing(new IllegalStateException(LEAKY)), throwing(new NullPointerException(LEAKY)),
                new EnvironmentCredentialsProvider(name -> null)));
        assertThatThrownBy(chain::resolve).isInstanceOfSatisfying(CredentialsException.class, e -> {
            assertThat(e.searched()).containsExactly(
                    "ThrowingProvider[test]: failed with java.lang.IllegalStateException",
                    "ThrowingProvider[test]: failed with java.lang.NullPointerException",
                    "environment variables TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY: neither is set");
            assertThat(e.getMessage()).doesNotContain(LEAKY);
            assertThat(e.getCause()).isNull();
        });
    }

    @Test
    void anInterruptEndsTheChainInsteadOfBeingAnEntry() {
        SdkInterruptedException interrupted = new SdkInterruptedException("interrupted while resolving credentials", new InterruptedException());
        CredentialsProviderChain chain = new CredentialsProviderChain(List.of(
                throwing(interrupted), CredentialsProvider.of("AKIDlater", "laterKey")));
        assertThatThrownBy(chain::resolve).isSameAs(interrupted);
    }

    @Test
    void contributorsThatCannotBeLoadedOrCreatedAreTypedEntriesNotABrokenDefaultChain() throws IOException {
        Path services = dir.resolve("META-INF/services/" + DefaultChainContributor.class.getName());
        Files.createDirectories(services.getParent());
        Files.writeString(services, String.join("\n",
                ThrowsInProvider.class.getName(), ThrowsInOrder.class.getName(), "dev.clssdk.nowhere.MissingContributor",
                ThrowsInConstructor.class.getName(), ReturnsNull.class.getName(), Working.class.getName()),
                StandardCharsets.UTF_8);
        List<CredentialsProvider> contributed;
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, previous)) {
            Thread.currentThread().setContextClassLoader(loader);
            contributed = ContributedProviders.discovered();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        CredentialsProviderChain chain = new CredentialsProviderChain(contributed);
        assertThat(chain.resolve().secretId()).as("the working contributor still gets its turn").isEqualTo("AKIDcontributed");

        CredentialsProviderChain failing = new CredentialsProviderChain(
                contributed.stream().filter(p -> !(p instanceof StaticCredentialsProvider)).toList());
        assertThatThrownBy(failing::resolve).isInstanceOfSatisfying(CredentialsException.class, e -> {
            assertThat(e.searched()).hasSize(5);
            assertThat(e.searched()).anySatisfy(entry -> assertThat(entry)
                    .contains("contributor " + ThrowsInProvider.class.getName()).contains("provider() failed with java.lang.IllegalStateException"));
            assertThat(e.searched()).anySatisfy(entry -> assertThat(entry)
                    .contains("contributor " + ThrowsInOrder.class.getName()).contains("order() failed with java.lang.ArithmeticException"));
            assertThat(e.searched()).anySatisfy(entry -> assertThat(entry)
                    .contains("contributor " + ReturnsNull.class.getName()).contains("provider() returned null"));
            assertThat(e.searched()).anySatisfy(entry -> assertThat(entry)
                    .contains("could not be loaded").contains("dev.clssdk.nowhere.MissingContributor"));
            assertThat(e.searched()).anySatisfy(entry -> assertThat(entry)
                    .contains("could not be loaded").contains(ThrowsInConstructor.class.getName()));
            assertThat(e.getMessage()).doesNotContain(LEAKY);
        });
    }

    /** A contributor whose provider cannot be made. */
    public static final class ThrowsInProvider implements DefaultChainContributor {
        @Override
        public int order() {
            return 1;
        }

        @Override
        public CredentialsProvider provider() {
            throw new IllegalStateException(LEAKY);
        }
    }

    /** A contributor that cannot say its place. */
    public static final class ThrowsInOrder implements DefaultChainContributor {
        @Override
        public int order() {
            throw new ArithmeticException(LEAKY);
        }

        @Override
        public CredentialsProvider provider() {
            return CredentialsProvider.of("AKIDneverUsed", "neverUsedKey");
        }
    }

    /** A contributor that cannot be instantiated. */
    public static final class ThrowsInConstructor implements DefaultChainContributor {
        /** Fails. */
        public ThrowsInConstructor() {
            throw new IllegalArgumentException(LEAKY);
        }

        @Override
        public int order() {
            return 0;
        }

        @Override
        public CredentialsProvider provider() {
            return CredentialsProvider.of("AKIDneverUsed", "neverUsedKey");
        }
    }

    /** A contributor that gives no provider. */
    public static final class ReturnsNull implements DefaultChainContributor {
        @Override
        public int order() {
            return 2;
        }

        @Override
        public CredentialsProvider provider() {
            return null;
        }
    }

    /** A contributor that works, placed after the broken ones. */
    public static final class Working implements DefaultChainContributor {
        @Override
        public int order() {
            return 3;
        }

        @Override
        public CredentialsProvider provider() {
            return CredentialsProvider.of("AKIDcontributed", "contributedKey");
        }
    }
}

package dev.clssdk.core.auth;

import dev.clssdk.core.CredentialsException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Turns the {@link DefaultChainContributor}s {@link java.util.ServiceLoader} finds into the end of the
 * default chain. Whatever a contributor does wrong (it cannot be loaded or instantiated, its
 * {@code order()} or {@code provider()} throws, it gives no provider) becomes one entry that fails with a
 * {@link CredentialsException}, so one broken jar on the class path neither breaks every client built
 * with the default chain nor disappears without a word.
 */
final class ContributedProviders {
    /** How many load failures in a row end the search (a broken iterator may never advance). */
    static final int MAX_LOAD_FAILURES = 32;
    /** The longest part of a {@link ServiceConfigurationError}'s message quoted (class and file names). */
    private static final int MAX_QUOTED = 300;

    private ContributedProviders() {
    }

    /**
     * The providers every contributor on the class or module path gives, in order. A contributor that
     * cannot be loaded, or whose {@code order()} or {@code provider()} fails, is not left out silently and
     * does not fail the chain's creation: in its place is a provider that fails with a
     * {@link CredentialsException} saying so.
     */
    static List<CredentialsProvider> discovered() {
        return from(ServiceLoader.load(DefaultChainContributor.class).iterator());
    }

    static List<CredentialsProvider> from(Iterator<DefaultChainContributor> found) {
        List<Placed> placed = new ArrayList<>();
        List<CredentialsProvider> unloadable = new ArrayList<>();
        int failures = 0;
        while (failures < MAX_LOAD_FAILURES) {
            DefaultChainContributor contributor;
            try {
                if (!found.hasNext()) {
                    break;
                }
                contributor = found.next();
            } catch (ServiceConfigurationError e) {
                // The JDK's message names the contributor's class or services file, nothing the class itself said.
                unloadable.add(new Unavailable("a " + DefaultChainContributor.class.getSimpleName()
                        + " could not be loaded (" + quoted(e.getMessage()) + ")"));
                failures++;
                continue;
            }
            failures = 0;
            placed.add(place(contributor));
        }
        placed.sort(Comparator.comparingInt(Placed::order).thenComparing(Placed::className));
        List<CredentialsProvider> providers = new ArrayList<>(placed.size() + unloadable.size());
        placed.forEach(p -> providers.add(p.provider()));
        providers.addAll(unloadable);
        return providers;
    }

    private static Placed place(DefaultChainContributor contributor) {
        String className = contributor.getClass().getName();
        String where = DefaultChainContributor.class.getSimpleName() + " contributor " + className;
        int order;
        try {
            order = contributor.order();
        } catch (RuntimeException e) {
            return new Placed(Integer.MAX_VALUE, className, new Unavailable(where + ": order() failed with " + e.getClass().getName()));
        }
        try {
            CredentialsProvider provider = contributor.provider();
            return new Placed(order, className, provider != null ? provider : new Unavailable(where + ": provider() returned null"));
        } catch (RuntimeException e) {
            return new Placed(order, className, new Unavailable(where + ": provider() failed with " + e.getClass().getName()));
        }
    }

    private static String quoted(String message) {
        if (message == null) {
            return "no detail";
        }
        String line = message.replaceAll("\\p{Cntrl}", " ");
        return line.length() <= MAX_QUOTED ? line : line.substring(0, MAX_QUOTED) + "...";
    }

    private record Placed(int order, String className, CredentialsProvider provider) {
    }

    /** Stands for a contributor that gave no working provider: always says why. */
    private static final class Unavailable implements CredentialsProvider {
        private final String entry;

        Unavailable(String entry) {
            this.entry = entry;
        }

        @Override
        public Credentials resolve() {
            throw new CredentialsException(List.of(entry));
        }

        @Override
        public String toString() {
            return "UnavailableCredentialsProvider[" + entry + "]";
        }
    }
}

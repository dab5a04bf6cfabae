package dev.clssdk.core.testing;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A class loader over the test's own class path that defines every class itself (its parent is the
 * platform loader) and remembers which: code run in it shows, from zero, which classes it loads.
 */
public final class RecordingClassLoader extends URLClassLoader {
    private final Set<String> defined = ConcurrentHashMap.newKeySet();

    /** A loader over {@code java.class.path}. */
    public RecordingClassLoader() {
        super(classPath(), ClassLoader.getPlatformClassLoader());
    }

    /**
     * The names of the classes defined so far.
     *
     * @return a live view
     */
    public Set<String> defined() {
        return defined;
    }

    /**
     * Makes {@code type} again in this loader, from its public constructor taking one string, as a
     * {@link Runnable}: the first call to run in isolation.
     *
     * @param type a public class with a public {@code (String)} constructor that implements Runnable
     * @param argument the constructor's argument
     * @return the instance, of this loader's copy of the class
     * @throws ReflectiveOperationException if it cannot be made
     */
    public Runnable newRunnable(Class<? extends Runnable> type, String argument) throws ReflectiveOperationException {
        return (Runnable) Class.forName(type.getName(), true, this).getConstructor(String.class).newInstance(argument);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        Class<?> type = super.findClass(name);
        defined.add(name);
        return type;
    }

    private static URL[] classPath() {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            try {
                urls.add(new File(entry).toURI().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalStateException("class path entry " + entry, e);
            }
        }
        return urls.toArray(URL[]::new);
    }
}

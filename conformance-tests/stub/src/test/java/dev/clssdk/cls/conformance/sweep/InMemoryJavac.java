package dev.clssdk.cls.conformance.sweep;

import com.palantir.javapoet.JavaFile;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources in memory, with the SDK's flags ({@code -Xlint:all},
 * {@code -Xdoclint:all/protected}, {@code -Werror}), against the test classpath (the core), and
 * loads the classes in a loader of their own: no files, so many services compile in one JVM.
 */
final class InMemoryJavac {

    static final List<String> FLAGS = List.of("--release", "17", "-Xlint:all", "-Xdoclint:all/protected", "-Werror",
            "-proc:none", "-encoding", "UTF-8");

    /** The outcome: the diagnostics (empty when clean) and, when it compiled, a loader for the classes. */
    record Compiled(List<String> problems, ClassLoader loader) {
        boolean clean() {
            return problems.isEmpty() && loader != null;
        }
    }

    private InMemoryJavac() {}

    static Compiled compile(List<JavaFile> files, ClassLoader parent) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<String, ByteArrayOutputStream> classes = new HashMap<>();
        List<JavaFileObject> sources = files.stream().map(JavaFile::toJavaFileObject).toList();
        List<String> options = new ArrayList<>(FLAGS);
        options.add("-classpath");
        options.add(System.getProperty("java.class.path"));
        boolean ok;
        try (StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, Locale.ROOT, null);
                JavaFileManager memory = new ForwardingJavaFileManager<>(standard) {
                    @Override
                    public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                            FileObject sibling) {
                        return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
                            @Override
                            public OutputStream openOutputStream() {
                                ByteArrayOutputStream out = new ByteArrayOutputStream();
                                synchronized (classes) {
                                    classes.put(className, out);
                                }
                                return out;
                            }
                        };
                    }
                }) {
            ok = javac.getTask(null, memory, diagnostics, options, null, sources).call();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<String> problems = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() != Diagnostic.Kind.NOTE) {
                problems.add(d.getKind() + " " + (d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber() + ": ")
                        + d.getMessage(Locale.ROOT));
            }
        }
        if (!ok && problems.isEmpty()) {
            problems.add("javac failed without a diagnostic");
        }
        return new Compiled(problems, ok ? new MemoryLoader(classes, parent) : null);
    }

    private static final class MemoryLoader extends ClassLoader {
        private final Map<String, ByteArrayOutputStream> classes;

        MemoryLoader(Map<String, ByteArrayOutputStream> classes, ClassLoader parent) {
            super(parent);
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            ByteArrayOutputStream bytes = classes.get(name);
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            byte[] b = bytes.toByteArray();
            return defineClass(name, b, 0, b.length);
        }
    }
}

package dev.clssdk.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The compatibility gate of the core's user tier (RUNTIME.md, "API tiers"). The signatures of every
 * public and protected type and member that application code may use are written out and compared
 * with the reviewed list in {@code sdk/core/api/user-api.txt}: a signature removed or changed fails
 * the build, as japicmp fails it for the generated SDK. Left out, as japicmp leaves them out there:
 * packages the module descriptor does not export ({@code internal}), and whatever is marked
 * {@link GeneratedCodeApi} (a type, a member, or a package through its {@code package-info}).
 *
 * <p>An intended change (a new method, say) is recorded by running
 * {@code mvn -o -q -pl sdk/core -am verify -Dapi.update=true} and committing the file's diff, where a
 * reviewer sees exactly what the user API gained or lost.
 */
class UserApiSignatureTest {
    private static final Path BASELINE = Path.of("api", "user-api.txt");

    @Test
    @Timeout(60)
    void theUserTierKeepsEverySignatureOfTheReviewedList() throws Exception {
        List<String> current = signatures();
        if (Boolean.getBoolean("api.update")) {
            Files.createDirectories(BASELINE.getParent());
            Files.write(BASELINE, withHeader(current), StandardCharsets.UTF_8);
        }
        assertThat(BASELINE).as("%s (run with -Dapi.update=true to create it)", BASELINE.toAbsolutePath()).exists();
        List<String> reviewed = Files.readAllLines(BASELINE, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .collect(Collectors.toList());

        Set<String> removed = located(reviewed);
        removed.removeAll(located(current));
        Set<String> added = located(current);
        added.removeAll(located(reviewed));
        assertThat(removed)
                .as("user-tier signatures removed or changed since %s: this breaks applications compiled against it;"
                        + " keep them (deprecate instead), or if the break is intended, run with -Dapi.update=true and"
                        + " say so in CHANGELOG.md", BASELINE)
                .isEmpty();
        assertThat(added)
                .as("user-tier signatures not in %s yet: run with -Dapi.update=true and commit the file, or mark"
                        + " them @GeneratedCodeApi if only generated code needs them", BASELINE)
                .isEmpty();
    }

    @Test
    @Timeout(60)
    void implementationPackagesAreNotExported() throws Exception {
        ModuleDescriptor descriptor = descriptor(classes());
        assertThat(descriptor.exports()).allSatisfy(export -> {
            assertThat(export.source()).doesNotContain(".internal");
            assertThat(export.isQualified()).as("qualified export of %s", export.source()).isFalse();
        });
        assertThat(packages(classes())).as("the core's packages").anyMatch(name -> name.contains(".internal."));
    }

    /** Each member's line with the name of its type, so that a message says whose member it is. */
    private static Set<String> located(List<String> lines) {
        Set<String> located = new LinkedHashSet<>();
        String type = "";
        for (String line : lines) {
            if (line.startsWith(" ")) {
                located.add(type + " {" + line.strip() + "}");
            } else {
                type = Arrays.stream(line.split(" ")).filter(word -> word.startsWith("dev.")).findFirst().orElse(line);
                located.add(line);
            }
        }
        return located;
    }

    private static List<String> withHeader(List<String> signatures) {
        List<String> lines = new ArrayList<>();
        lines.add("# The user tier of dev.clssdk:sdk-core (RUNTIME.md, \"API tiers\"): every public or protected signature");
        lines.add("# of an exported package that is not marked @GeneratedCodeApi. Written by UserApiSignatureTest and");
        lines.add("# checked on every build; update with mvn -o -q -pl sdk/core -am verify -Dapi.update=true.");
        lines.addAll(signatures);
        return lines;
    }

    /** Every user-tier signature: a line per type, then its members' lines indented, types in name order. */
    static List<String> signatures() throws IOException, URISyntaxException, ReflectiveOperationException {
        Path classes = classes();
        Set<String> exported = descriptor(classes).exports().stream()
                .filter(export -> !export.isQualified())
                .map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet());
        TreeSet<String> typeNames = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classes)) {
            files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "."))
                    .map(name -> name.substring(0, name.length() - ".class".length()))
                    .filter(name -> !name.endsWith("package-info") && !name.equals("module-info"))
                    .filter(name -> exported.contains(packageOf(name)))
                    .forEach(typeNames::add);
        }
        List<String> lines = new ArrayList<>();
        for (String name : typeNames) {
            Class<?> type = Class.forName(name, false, UserApiSignatureTest.class.getClassLoader());
            if (!inUserTier(type)) {
                continue;
            }
            lines.add(typeLine(type));
            TreeSet<String> members = new TreeSet<>();
            for (Field field : type.getDeclaredFields()) {
                if (visible(field)) {
                    members.add("  " + fieldLine(field));
                }
            }
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                if (visible(constructor)) {
                    members.add("  " + executableLine(constructor, type));
                }
            }
            for (Method method : type.getDeclaredMethods()) {
                if (visible(method) && !method.isBridge()) {
                    members.add("  " + executableLine(method, type));
                }
            }
            lines.addAll(members);
        }
        return lines;
    }

    private static boolean inUserTier(Class<?> type) throws ClassNotFoundException {
        if (packageMarked(type.getPackageName())) {
            return false;
        }
        for (Class<?> enclosing = type; enclosing != null; enclosing = enclosing.getDeclaringClass()) {
            if (type.isAnonymousClass() || type.isLocalClass() || type.isSynthetic()
                    || !Modifier.isPublic(enclosing.getModifiers()) || marked(enclosing)) {
                return false;
            }
        }
        return true;
    }

    private static boolean packageMarked(String packageName) {
        try {
            return marked(Class.forName(packageName + ".package-info", false, UserApiSignatureTest.class.getClassLoader()));
        } catch (ClassNotFoundException e) {
            return false; // javac writes package-info.class only for an annotated package
        }
    }

    private static boolean marked(AnnotatedElement element) {
        return element.isAnnotationPresent(GeneratedCodeApi.class);
    }

    private static boolean visible(Member member) {
        int modifiers = member.getModifiers();
        return (Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers)) && !member.isSynthetic()
                && !marked((AnnotatedElement) member);
    }

    private static String typeLine(Class<?> type) {
        String kind = type.isAnnotation() ? "@interface" : type.isInterface() ? "interface" : type.isEnum() ? "enum"
                : type.isRecord() ? "record" : "class";
        int modifiers = type.getModifiers() & ~Modifier.INTERFACE
                & (type.isInterface() ? ~Modifier.ABSTRACT : ~0)
                & (type.isEnum() || type.isRecord() ? ~Modifier.FINAL : ~0);
        StringBuilder line = new StringBuilder(Modifier.toString(modifiers)).append(' ').append(kind).append(' ')
                .append(type.getTypeName()).append(typeParameters(type.getTypeParameters()));
        Type superclass = type.getGenericSuperclass();
        if (superclass != null && superclass != Object.class && !type.isEnum() && !type.isRecord()) {
            line.append(" extends ").append(superclass.getTypeName());
        }
        Type[] interfaces = type.getGenericInterfaces();
        if (interfaces.length > 0) {
            line.append(type.isInterface() ? " extends " : " implements ").append(Arrays.stream(interfaces)
                    .map(Type::getTypeName).collect(Collectors.joining(", ")));
        }
        if (type.isSealed()) {
            line.append(" permits ").append(Arrays.stream(type.getPermittedSubclasses())
                    .map(Class::getTypeName).sorted().collect(Collectors.joining(", ")));
        }
        return line.toString();
    }

    private static String fieldLine(Field field) throws IllegalAccessException {
        int modifiers = field.getModifiers() & (Modifier.PUBLIC | Modifier.PROTECTED | Modifier.STATIC | Modifier.FINAL);
        StringBuilder line = new StringBuilder(Modifier.toString(modifiers)).append(' ')
                .append(field.getGenericType().getTypeName()).append(' ').append(field.getName());
        int constant = Modifier.PUBLIC | Modifier.STATIC | Modifier.FINAL;
        if ((field.getModifiers() & constant) == constant
                && (field.getType().isPrimitive() || field.getType() == String.class)) {
            Object value = field.get(null); // compiled into callers: a changed value is a changed signature
            line.append(" = ").append(value instanceof String ? "\"" + value + "\"" : value);
        }
        return line.toString();
    }

    private static String executableLine(Executable executable, Class<?> owner) {
        int modifiers = executable.getModifiers()
                & (Modifier.PUBLIC | Modifier.PROTECTED | Modifier.ABSTRACT | Modifier.STATIC | Modifier.FINAL);
        if (owner.isInterface()) {
            modifiers &= ~Modifier.PUBLIC;
        }
        StringBuilder line = new StringBuilder(Modifier.toString(modifiers));
        if (executable instanceof Method method && method.isDefault()) {
            line.append(line.length() == 0 ? "" : " ").append("default");
        }
        String typeParameters = typeParameters(executable.getTypeParameters());
        if (!typeParameters.isEmpty()) {
            line.append(line.length() == 0 ? "" : " ").append(typeParameters.substring(1));
        }
        line.append(line.length() == 0 ? "" : " ");
        if (executable instanceof Method method) {
            line.append(method.getGenericReturnType().getTypeName()).append(' ').append(method.getName());
        } else {
            line.append("<init>");
        }
        line.append('(').append(Arrays.stream(executable.getGenericParameterTypes()).map(Type::getTypeName)
                .collect(Collectors.joining(", "))).append(')');
        Type[] exceptions = executable.getGenericExceptionTypes();
        if (exceptions.length > 0) {
            line.append(" throws ").append(Arrays.stream(exceptions).map(Type::getTypeName)
                    .collect(Collectors.joining(", ")));
        }
        return line.toString();
    }

    private static String typeParameters(TypeVariable<?>[] variables) {
        if (variables.length == 0) {
            return "";
        }
        return Arrays.stream(variables).map(variable -> {
            Type[] bounds = variable.getBounds();
            boolean plain = bounds.length == 1 && bounds[0] == Object.class;
            return variable.getName() + (plain ? "" : " extends " + Arrays.stream(bounds).map(Type::getTypeName)
                    .collect(Collectors.joining(" & ")));
        }).collect(Collectors.joining(", ", " <", ">"));
    }

    private static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot);
    }

    private static Set<String> packages(Path classes) throws IOException {
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> packageOf(classes.relativize(file.getParent().resolve("x")).toString()
                            .replace(file.getFileSystem().getSeparator(), ".")))
                    .filter(name -> !name.isEmpty())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static ModuleDescriptor descriptor(Path classes) throws IOException {
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            return ModuleDescriptor.read(in);
        }
    }

    /** The core's compiled main classes: this test runs in sdk/core, against target/classes. */
    private static Path classes() throws URISyntaxException {
        Path location = Path.of(GeneratedCodeApi.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(location).as("the core's classes as a directory").isDirectory();
        return location;
    }
}

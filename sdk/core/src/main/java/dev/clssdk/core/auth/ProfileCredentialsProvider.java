package dev.clssdk.core.auth;

import dev.clssdk.core.CredentialsException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Credentials from an INI profile file, by default {@code ~/.tencentcloud/credentials}:
 *
 * <pre>
 * [default]
 * secret_id = AKID...
 * secret_key = ...
 * token = ...        # optional, temporary credentials only
 * </pre>
 *
 * The file is read again only when its modification time or size changes. Which section
 * {@link CredentialsProvider#profile()} reads is chosen by the environment variable
 * {@value #PROFILE_VARIABLE} ({@code default} when unset); any section by name with
 * {@link CredentialsProvider#profile(String)}.
 */
public final class ProfileCredentialsProvider implements CredentialsProvider {
    /** The environment variable naming the profile section the default chain reads. */
    public static final String PROFILE_VARIABLE = "TENCENTCLOUD_PROFILE";
    /** The largest profile file read, in bytes; a larger one is refused without being read. */
    public static final int MAX_FILE_BYTES = 1024 * 1024;

    private final Path file;
    private final String profile;
    private volatile Loaded loaded;

    /**
     * @param file the INI file
     * @param profile the section to read, for example {@code default}
     */
    public ProfileCredentialsProvider(Path file, String profile) {
        this.file = Objects.requireNonNull(file, "file");
        this.profile = Objects.requireNonNull(profile, "profile");
    }

    /**
     * {@code ~/.tencentcloud/credentials} under the {@code user.home} directory.
     *
     * @return the path
     */
    public static Path defaultFile() {
        return Path.of(System.getProperty("user.home", ""), ".tencentcloud", "credentials");
    }

    /**
     * The section {@value #PROFILE_VARIABLE} names, or {@code default}.
     *
     * @param environment looks up a variable ({@code System::getenv} in production)
     * @return the section name
     */
    public static String profileName(UnaryOperator<String> environment) {
        String named = environment.apply(PROFILE_VARIABLE);
        return named == null || named.isBlank() ? "default" : named.strip();
    }

    @Override
    public Credentials resolve() {
        try {
            long modified = Files.getLastModifiedTime(file).toMillis();
            long size = Files.size(file);
            Loaded current = loaded;
            if (current == null || current.modified != modified || current.size != size) {
                current = new Loaded(modified, size, parse(read()));
                loaded = current;
            }
            Map<String, String> section = current.sections.get(profile);
            if (section == null) {
                throw notFound("no [" + profile + "] section");
            }
            String id = section.get("secret_id");
            String key = section.get("secret_key");
            if (id == null || key == null) {
                throw notFound("[" + profile + "] lacks " + (id == null ? "secret_id" : "secret_key"));
            }
            try {
                return Credentials.of(id, key, section.get("token"));
            } catch (IllegalArgumentException e) {
                throw notFound("[" + profile + "] " + e.getMessage()); // names the setting, never its value
            }
        } catch (NoSuchFileException e) {
            throw notFound("file not found");
        } catch (IOException e) {
            throw notFound("cannot read it (" + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * The file's text, refused before anything is allocated for it if it is larger than a profile
     * file could sensibly be ({@value #MAX_FILE_BYTES} bytes: a few sections of a few lines), and
     * read no further than that even if it grows meanwhile. A leading UTF-8 byte order mark, which
     * some Windows editors write, is not part of the first line.
     */
    private String read() throws IOException {
        if (Files.size(file) > MAX_FILE_BYTES) {
            throw tooLarge();
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_FILE_BYTES + 1);
        }
        if (bytes.length > MAX_FILE_BYTES) {
            throw tooLarge();
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private CredentialsException tooLarge() {
        return notFound("the file is larger than " + MAX_FILE_BYTES + " bytes: not a credentials file");
    }

    private CredentialsException notFound(String reason) {
        return new CredentialsException(List.of(where() + ": " + reason));
    }

    private String where() {
        return "profile file " + file + " section [" + profile + "]";
    }

    /** Sections to key/value maps; keys lower-cased, {@code #} and {@code ;} start comment lines. */
    static Map<String, Map<String, String>> parse(String text) {
        Map<String, Map<String, String>> sections = new HashMap<>();
        Map<String, String> section = null;
        for (String rawLine : text.split("\\R")) {
            String line = rawLine.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                section = sections.computeIfAbsent(line.substring(1, line.length() - 1).strip(), k -> new HashMap<>());
                continue;
            }
            int equals = line.indexOf('=');
            if (section != null && equals > 0) {
                String value = line.substring(equals + 1).strip();
                if (!value.isEmpty()) {
                    section.put(line.substring(0, equals).strip().toLowerCase(Locale.ROOT), value);
                }
            }
        }
        return sections;
    }

    @Override
    public String toString() {
        return "ProfileCredentialsProvider[" + where() + "]";
    }

    private static final class Loaded {
        final long modified;
        final long size;
        final Map<String, Map<String, String>> sections;

        Loaded(long modified, long size, Map<String, Map<String, String>> sections) {
            this.modified = modified;
            this.size = size;
            this.sections = sections;
        }

        @Override
        public String toString() {
            return "Loaded[sections=" + sections.keySet() + "]";
        }
    }
}

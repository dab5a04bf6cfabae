package dev.clssdk.cls.export;

import dev.clssdk.cls.export.internal.RecordAccess;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/**
 * One exported log: its fields in file order (field name to value, as text; a nested JSON value is
 * kept as its JSON text, a JSON {@code null} as {@code null}) and, when the export carries one, its
 * log time ({@value #TIME_FIELD}). Immutable; equal when the fields are equal.
 */
public final class LogRecord {

    /** The field CLS writes the log time into: epoch milliseconds, or {@code yyyy-MM-dd HH:mm:ss[.SSS]} in UTC+8. */
    public static final String TIME_FIELD = "__TIMESTAMP__";
    private static final DateTimeFormatter CLS_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSS]");
    private static final ZoneOffset CLS_ZONE = ZoneOffset.ofHours(8);

    private final String[] names;
    private final String[] values;
    private final int size;
    private Map<String, String> view;

    private LogRecord(String[] names, String[] values, int size) {
        this.names = names;
        this.values = values;
        this.size = size;
    }

    /** A record of these fields, in this map's iteration order (copied). */
    public static LogRecord of(Map<String, String> fields) {
        String[] names = new String[fields.size()];
        String[] values = new String[fields.size()];
        int i = 0;
        for (Map.Entry<String, String> e : fields.entrySet()) {
            names[i] = java.util.Objects.requireNonNull(e.getKey(), "field name");
            values[i++] = e.getValue();
        }
        return new LogRecord(names, values, i);
    }

    static {
        // The parsers take ownership of their arrays (names shared between records, values not).
        RecordAccess.register(new RecordAccess() {
            @Override
            protected LogRecord create(String[] names, String[] values, int size) {
                return new LogRecord(names, values, size);
            }
        });
    }

    /** The value of a field, or {@code null} when absent (or a JSON {@code null}). */
    public String get(String name) {
        for (int i = 0; i < size; i++) {
            if (names[i].equals(name)) {
                return values[i];
            }
        }
        return null;
    }

    /** How many fields. */
    public int size() {
        return size;
    }

    /** The fields, in file order; an unmodifiable view. */
    public Map<String, String> fields() {
        Map<String, String> v = view;
        if (v == null) {
            v = new FieldMap();
            view = v;
        }
        return v;
    }

    /**
     * The log time from {@value #TIME_FIELD}, when present and readable (epoch milliseconds, or CLS's
     * {@code yyyy-MM-dd HH:mm:ss[.SSS]} in UTC+8, or ISO-8601 with an offset).
     */
    public Optional<Instant> time() {
        String raw = get(TIME_FIELD);
        if (raw == null || raw.isEmpty()) {
            return Optional.empty();
        }
        String text = raw.trim();
        try {
            if (text.chars().allMatch(Character::isDigit) && text.length() <= 16) {
                return Optional.of(Instant.ofEpochMilli(Long.parseLong(text)));
            }
            if (text.length() > 10 && text.charAt(10) == 'T') {
                return Optional.of(java.time.OffsetDateTime.parse(text).toInstant());
            }
            return Optional.of(LocalDateTime.parse(text, CLS_TIME).toInstant(CLS_ZONE));
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LogRecord r && fields().equals(r.fields());
    }

    @Override
    public int hashCode() {
        return fields().hashCode();
    }

    @Override
    public String toString() {
        return "LogRecord" + fields();
    }

    private final class FieldMap extends AbstractMap<String, String> {
        @Override
        public Set<Entry<String, String>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<String, String>> iterator() {
                    return new Iterator<>() {
                        int next;

                        @Override
                        public boolean hasNext() {
                            return next < size;
                        }

                        @Override
                        public Entry<String, String> next() {
                            if (next >= size) {
                                throw new NoSuchElementException();
                            }
                            int i = next++;
                            return new SimpleImmutableEntry<>(names[i], values[i]);
                        }
                    };
                }

                @Override
                public int size() {
                    return size;
                }
            };
        }

        @Override
        public String get(Object key) {
            return key instanceof String s ? LogRecord.this.get(s) : null;
        }

        @Override
        public boolean containsKey(Object key) {
            return key instanceof String s && Arrays.asList(names).subList(0, size).contains(s);
        }

        @Override
        public int size() {
            return size;
        }
    }
}

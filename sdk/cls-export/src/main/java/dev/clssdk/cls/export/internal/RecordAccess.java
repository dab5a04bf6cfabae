package dev.clssdk.cls.export.internal;

import dev.clssdk.cls.export.LogRecord;

/**
 * Lets the parsers build a {@link LogRecord} over their arrays without a copy, and without a public
 * method that would let callers do so with arrays they keep changing.
 */
public abstract class RecordAccess {

    private static volatile RecordAccess instance;

    protected RecordAccess() {
    }

    /** Called once, by {@link LogRecord}'s static initializer. */
    public static void register(RecordAccess access) {
        if (instance != null) {
            throw new IllegalStateException("already registered");
        }
        instance = access;
    }

    static LogRecord wrap(String[] names, String[] values, int size) {
        RecordAccess a = instance;
        if (a == null) {
            LogRecord.of(java.util.Map.of()); // runs LogRecord's static initializer
            a = instance;
        }
        return a.create(names, values, size);
    }

    protected abstract LogRecord create(String[] names, String[] values, int size);
}

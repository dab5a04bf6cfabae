package dev.clssdk.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * A test-only SLF4J binding (registered in {@code META-INF/services}, shared with the conformance
 * tests through this module's test-jar): every level is enabled, so the SDK formats even its TRACE
 * lines, and while {@link #start()} is in effect each formatted line (with the text of any
 * throwable and its causes) is kept, so tests can check that no secret is ever logged. Outside a
 * capture, lines are dropped.
 */
public final class CapturedLogs implements SLF4JServiceProvider {

    private static final List<String> LINES = new ArrayList<>();
    private static volatile boolean capturing;

    private final ILoggerFactory loggerFactory = new Factory();
    private final IMarkerFactory markerFactory = new BasicMarkerFactory();
    private final MDCAdapter mdcAdapter = new NOPMDCAdapter();

    /** Forgets earlier lines and keeps every line logged from now on, from any thread. */
    public static void start() {
        synchronized (LINES) {
            LINES.clear();
            capturing = true;
        }
    }

    /**
     * The lines kept since {@link #start()}, while the capture goes on.
     *
     * @return a copy
     */
    public static List<String> lines() {
        synchronized (LINES) {
            return new ArrayList<>(LINES);
        }
    }

    /** Stops keeping lines and returns those logged since {@link #start()}. */
    public static List<String> stop() {
        synchronized (LINES) {
            capturing = false;
            List<String> lines = new ArrayList<>(LINES);
            LINES.clear();
            return lines;
        }
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggerFactory;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markerFactory;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdcAdapter;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
        // nothing to set up
    }

    private static final class Factory implements ILoggerFactory {
        private final ConcurrentHashMap<String, Logger> loggers = new ConcurrentHashMap<>();

        @Override
        public Logger getLogger(String name) {
            return loggers.computeIfAbsent(name, CapturingLogger::new);
        }
    }

    private static final class CapturingLogger extends LegacyAbstractLogger {
        private static final long serialVersionUID = 1L;

        CapturingLogger(String name) {
            this.name = name;
        }

        @Override
        public boolean isTraceEnabled() {
            return true;
        }

        @Override
        public boolean isDebugEnabled() {
            return true;
        }

        @Override
        public boolean isInfoEnabled() {
            return true;
        }

        @Override
        public boolean isWarnEnabled() {
            return true;
        }

        @Override
        public boolean isErrorEnabled() {
            return true;
        }

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String messagePattern,
                Object[] arguments, Throwable throwable) {
            if (!capturing) {
                return;
            }
            StringBuilder line = new StringBuilder().append(level).append(' ').append(name).append(": ")
                    .append(MessageFormatter.basicArrayFormat(messagePattern, arguments));
            for (Throwable t = throwable; t != null; t = t.getCause()) {
                line.append(" | ").append(t);
            }
            synchronized (LINES) {
                if (capturing) {
                    LINES.add(line.toString());
                }
            }
        }
    }
}

package dev.clssdk.core.internal.http;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The difference between the server's clock and ours. Every response's {@code Date} header is
 * remembered (unparsed, so this costs nothing on the hot path); after
 * an error of kind {@code CLOCK_SKEW} the client asks for the skew it shows and, if there is one,
 * signs from then on with the corrected time.
 */
public final class ClockSkew {
    /** A difference below this is not treated as skew: the {@code Date} header has one-second resolution. */
    public static final long THRESHOLD_SECONDS = 30;

    private final AtomicLong offsetSeconds = new AtomicLong();
    private volatile Observation last;

    private record Observation(String dateHeader, long localEpochSeconds) {
    }

    /**
     * Remembers a response's {@code Date} header.
     *
     * @param dateHeader the header value, may be {@code null}
     * @param localEpochSeconds our clock when the response arrived
     */
    public void observe(String dateHeader, long localEpochSeconds) {
        if (dateHeader != null) {
            last = new Observation(dateHeader, localEpochSeconds);
        }
    }

    /**
     * The skew shown by the last {@code Date} header: server time minus our time, in seconds.
     *
     * @return the skew, or empty if no parseable header was seen
     */
    public OptionalLong observedSkewSeconds() {
        Observation observation = last;
        if (observation == null) {
            return OptionalLong.empty();
        }
        try {
            long server = ZonedDateTime.parse(observation.dateHeader(), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toEpochSecond();
            return OptionalLong.of(server - observation.localEpochSeconds());
        } catch (DateTimeParseException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * The correction added to our clock when signing.
     *
     * @return seconds
     */
    public long offsetSeconds() {
        return offsetSeconds.get();
    }

    /**
     * Sets the correction added to our clock when signing.
     *
     * @param seconds the correction
     */
    public void correct(long seconds) {
        offsetSeconds.set(seconds);
    }
}

package dev.clssdk.cls.export.cli;

import dev.clssdk.cls.ClsClient;
import dev.clssdk.cls.model.Format;
import dev.clssdk.cls.model.Order;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The command's option values, each checked as it is parsed. picocli reports a failure as
 * {@code Invalid value for option '--order': <message>}, so each message starts with the value as
 * typed, quoted, then says what was expected. Rules the SDK owns (a region, an endpoint) are the
 * SDK's: the value is tried on a client builder, not checked a second way here.
 */
final class Converters {

    private Converters() {
    }

    private static TypeConversionException invalid(String value, String expected) {
        return new TypeConversionException("'" + value + "' (" + expected + ")");
    }

    /** {@code json} or {@code csv}, any case. */
    static final class FormatConverter implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return switch (value.trim().toLowerCase(Locale.ROOT)) {
                case "json", "jsonl" -> Format.JSON;
                case "csv" -> Format.CSV;
                default -> throw invalid(value, "expected json or csv");
            };
        }
    }

    /** {@code asc} or {@code desc}, any case. */
    static final class OrderConverter implements ITypeConverter<Order> {
        @Override
        public Order convert(String value) {
            return switch (value.trim().toLowerCase(Locale.ROOT)) {
                case "asc" -> Order.ASC;
                case "desc" -> Order.DESC;
                default -> throw invalid(value, "expected asc or desc");
            };
        }
    }

    /** Epoch milliseconds, or ISO-8601 with a zone ({@code 2024-01-01T00:00:00Z}, {@code ...+08:00}). */
    static final class TimeConverter implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            String text = value.trim();
            try {
                if (!text.isEmpty() && text.chars().allMatch(Character::isDigit)) {
                    return Long.parseLong(text);
                }
                return text.endsWith("Z") || text.endsWith("z") ? Instant.parse(text.toUpperCase(Locale.ROOT)).toEpochMilli()
                        : OffsetDateTime.parse(text).toInstant().toEpochMilli();
            } catch (RuntimeException e) {
                throw invalid(value, "expected epoch milliseconds or ISO-8601 with a zone, e.g. 2024-01-01T00:00:00Z");
            }
        }
    }

    /** ISO-8601 ({@code PT30M}) or a positive number with {@code s}, {@code m} or {@code h}. */
    static final class DurationConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            String v = value.trim().toLowerCase(Locale.ROOT);
            Duration d;
            try {
                if (v.startsWith("p")) {
                    d = Duration.parse(v.toUpperCase(Locale.ROOT));
                } else {
                    long n = Long.parseLong(v.substring(0, v.length() - 1));
                    d = switch (v.charAt(v.length() - 1)) {
                        case 's' -> Duration.ofSeconds(n);
                        case 'm' -> Duration.ofMinutes(n);
                        case 'h' -> Duration.ofHours(n);
                        default -> null;
                    };
                }
            } catch (RuntimeException e) {
                d = null;
            }
            if (d == null || d.isNegative() || d.isZero()) {
                throw invalid(value, "expected a positive duration such as 90s, 30m, 2h or PT30M");
            }
            return d;
        }
    }

    /** A count of logs: digits, at least 1 (an upper bound is the action's, checked with the request). */
    static final class CountConverter implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                long n = Long.parseLong(value.trim().replace("_", ""));
                if (n >= 1) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below, with what was typed
            }
            throw invalid(value, "expected a whole number of logs, at least 1");
        }
    }

    /** A region, as the SDK's client builder accepts it. */
    static final class RegionConverter implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            return bySdk(value, v -> ClsClient.builder().region(v));
        }
    }

    /** An endpoint URL, as the SDK's client builder accepts it. */
    static final class EndpointConverter implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            return bySdk(value, v -> ClsClient.builder().endpointUrl(v));
        }
    }

    private static String bySdk(String value, Consumer<String> check) {
        try {
            check.accept(value);
            return value;
        } catch (IllegalArgumentException e) {
            // The builder names its own parameters; the command's user knows options.
            String why = e.getMessage() == null ? "not accepted" : e.getMessage().replace("endpointUrl", "the endpoint URL");
            throw invalid(value, why);
        }
    }

    /** A usage error found after parsing (two options that do not go together, say). */
    static CommandLine.ParameterException usage(CommandLine commandLine, String message) {
        return new CommandLine.ParameterException(commandLine, message);
    }
}

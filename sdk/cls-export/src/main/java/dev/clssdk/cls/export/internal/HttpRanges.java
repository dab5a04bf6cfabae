package dev.clssdk.cls.export.internal;

import java.util.Locale;

/**
 * The numbers of the download's headers, read strictly: what the server sends is not trusted to be
 * well formed, so a value that is not plain digits, or that a {@code long} cannot hold, is reported
 * as malformed (never a {@link NumberFormatException}).
 */
final class HttpRanges {

    private HttpRanges() {
    }

    /** {@code Content-Range: bytes start-end/total}; {@code total} is -1 for {@code *}. */
    record ContentRange(long start, long end, long total) {
        long length() {
            return end - start + 1;
        }
    }

    /**
     * A satisfied byte range ({@code bytes 0-99/1000}, {@code bytes 0-99/*}), or {@code null} when the
     * header is absent, malformed, out of a long's range, or not a range of the file it names
     * ({@code end < start}, {@code end >= total}).
     */
    static ContentRange contentRange(String header) {
        if (header == null) {
            return null;
        }
        String value = header.trim();
        if (!value.toLowerCase(Locale.ROOT).startsWith("bytes ")) {
            return null;
        }
        value = value.substring(6).trim();
        int dash = value.indexOf('-');
        int slash = value.indexOf('/');
        if (dash <= 0 || slash < dash) {
            return null;
        }
        long start = nonNegativeLong(value.substring(0, dash));
        long end = nonNegativeLong(value.substring(dash + 1, slash));
        String totalText = value.substring(slash + 1);
        long total = totalText.equals("*") ? -1 : nonNegativeLong(totalText);
        if (start < 0 || end < start || (total < 0 && !totalText.equals("*")) || (total >= 0 && end >= total)) {
            return null;
        }
        return new ContentRange(start, end, total);
    }

    /** Plain decimal digits as a long, or -1 when the text is anything else or too big. */
    static long nonNegativeLong(String text) {
        if (text.isEmpty()) {
            return -1;
        }
        long n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            int digit = c - '0';
            if (n > (Long.MAX_VALUE - digit) / 10) {
                return -1;
            }
            n = n * 10 + digit;
        }
        return n;
    }

    /** A header value for a message: at most 64 characters, printable ASCII. */
    static String quote(String value) {
        String shown = value.length() > 64 ? value.substring(0, 64) + "..." : value;
        return "\"" + shown.replaceAll("[^\\x20-\\x7e]", "?") + "\"";
    }
}

package dev.clssdk.cls.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Export files an attacker would send, written straight to disk as they are generated (a 100 MiB
 * line is never in the test's memory, and is some 100 KB gzipped): lines of exact sizes, and tar
 * headers written by hand where a tar writer would refuse them.
 */
final class HostileFiles {

    interface Body {
        void write(OutputStream out) throws IOException;
    }

    private HostileFiles() {
    }

    /** A gzip file of whatever {@code body} writes (fastest compression: the content is repetitive). */
    static Path gzip(Path file, Body body) throws IOException {
        try (OutputStream out = new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(file), 64 * 1024) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        }, 64 * 1024)) {
            body.write(out);
        }
        return file;
    }

    static void repeat(OutputStream out, byte b, long count) throws IOException {
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, b);
        for (long left = count; left > 0; left -= chunk.length) {
            out.write(chunk, 0, (int) Math.min(chunk.length, left));
        }
    }

    static void text(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    /** <code>{"a":"xx…x"}</code> of exactly {@code lineBytes} bytes, then {@code \n}: the costliest line to parse per byte. */
    static void jsonLineOfOneString(OutputStream out, long lineBytes) throws IOException {
        text(out, "{\"a\":\"");
        repeat(out, (byte) 'x', lineBytes - 8);
        text(out, "\"}\n");
    }

    /** A tar header block (ustar, mode 644, checksum computed); {@code type} '0' file, 'L' GNU long name, 'x'/'g' pax. */
    static void tarHeader(OutputStream out, String name, char type, long size) throws IOException {
        byte[] h = new byte[512];
        put(h, 0, name, 100);
        put(h, 100, "0000644", 8);
        put(h, 108, "0000000", 8);
        put(h, 116, "0000000", 8);
        put(h, 124, String.format("%011o", size), 12);
        put(h, 136, "00000000000", 12);
        h[156] = (byte) type;
        put(h, 257, "ustar", 6);
        put(h, 263, "00", 2);
        Arrays.fill(h, 148, 156, (byte) ' ');
        long sum = 0;
        for (byte b : h) {
            sum += b & 0xff;
        }
        put(h, 148, String.format("%06o", sum), 7);
        out.write(h);
    }

    /** Zeros up to the next 512-byte block after {@code size} bytes of entry data. */
    static void tarPadding(OutputStream out, long size) throws IOException {
        int rest = (int) (size % 512);
        if (rest != 0) {
            out.write(new byte[512 - rest]);
        }
    }

    /** A regular file entry holding {@code content}, padded. */
    static void tarFile(OutputStream out, String name, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        tarHeader(out, name, '0', bytes.length);
        out.write(bytes);
        tarPadding(out, bytes.length);
    }

    /** The two zero blocks that end a tar. */
    static void tarEnd(OutputStream out) throws IOException {
        out.write(new byte[1024]);
    }

    /** One pax record, {@code "<length> key=value\n"}, whose length counts its own digits. */
    static String paxRecord(String key, String value) {
        String rest = " " + key + "=" + value + "\n";
        int length = rest.length() + 1;
        while (Integer.toString(length).length() + rest.length() != length) {
            length = Integer.toString(length).length() + rest.length();
        }
        return length + rest;
    }

    private static void put(byte[] header, int offset, String value, int max) {
        byte[] bytes = value.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(bytes, 0, header, offset, Math.min(bytes.length, max));
    }
}

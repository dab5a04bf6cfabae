package dev.clssdk.cls.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.sun.net.httpserver.HttpServer;
import dev.clssdk.cls.model.ExportInfo;
import dev.clssdk.cls.model.Format;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Run in a JVM of its own with a small heap ({@code -Xmx64m}) by {@link MemoryBoundsTest}: reads
 * each export file named on the command line and prints one line per file, {@code OK <records>},
 * {@code TYPED <exception> <line> <message>} for one of the module's exceptions, or {@code RAW
 * <throwable>} for anything else (an {@link OutOfMemoryError} included). {@code read:<file>} reads a
 * local file; {@code download:<file>} serves it on 127.0.0.1 and reads it through
 * {@link ExportDownloader}, writing each record out as JSON the way the command does.
 */
public final class HeapProbe {

    private HeapProbe() {
    }

    public static void main(String[] args) throws Exception {
        for (String arg : args) {
            int colon = arg.indexOf(':');
            String mode = arg.substring(0, colon);
            Path file = Path.of(arg.substring(colon + 1));
            String result;
            try {
                result = "OK " + (mode.equals("download") ? download(file) : read(file));
            } catch (MalformedRecordException e) {
                result = "TYPED " + e.getClass().getSimpleName() + " " + e.lineNumber() + " " + e.getMessage();
            } catch (ExportException e) {
                result = "TYPED " + e.getClass().getSimpleName() + " 0 " + e.getMessage();
            } catch (Throwable e) {
                result = "RAW " + e;
            }
            System.out.println(file.getFileName() + " " + result.replaceAll("\\R", " "));
        }
        System.out.flush();
        System.exit(0); // whatever threads the HTTP client left
    }

    private static long read(Path file) {
        try (ExportRecords records = ExportRecords.read(file, RecordOptions.defaults())) {
            long n = 0;
            while (records.hasNext()) {
                records.next();
                n++;
            }
            return n;
        }
    }

    private static long download(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        try {
            ExportInfo info = ExportInfo.create().withExportId("probe").withTopicId("t").withStatus("Completed")
                    .withFormat(Format.JSON).withFileSize((long) bytes.length)
                    .withCosPath("http://127.0.0.1:" + server.getAddress().getPort() + "/x.tar.gz?q-signature=probe");
            ExportDownloader downloader = ExportDownloader.builder().allowHttpToLoopbackForTests(true).build();
            long n = 0;
            try (ExportRecords records = downloader.records(info, RecordOptions.defaults());
                    JsonGenerator json = JsonFactory.builder().build().createGenerator(OutputStream.nullOutputStream())) {
                while (records.hasNext()) {
                    LogRecord record = records.next();
                    json.writeStartObject();
                    for (Map.Entry<String, String> field : record.fields().entrySet()) {
                        json.writeStringField(field.getKey(), field.getValue());
                    }
                    json.writeEndObject();
                    n++;
                }
            }
            return n;
        } finally {
            server.stop(0);
        }
    }
}

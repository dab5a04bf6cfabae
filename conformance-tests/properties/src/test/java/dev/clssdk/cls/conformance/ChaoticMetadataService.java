package dev.clssdk.cls.conformance;

import dev.clssdk.core.testing.RawHttpServer;
import dev.clssdk.stub.ContractStub;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A CVM metadata service on 127.0.0.1 for the chaos soak, on raw sockets so that it can misbehave as
 * no HTTP server library lets one: each request for credentials is answered, at random, correctly
 * (most of the time, with one of the given credentials, valid for {@code lifetime}), late, with its
 * headers trickled a byte at a time for ever, not at all, with the connection dropped, with a 500,
 * with garbage, or with a {@code Code} that quotes a secret. Closes every connection when closed.
 */
final class ChaoticMetadataService implements AutoCloseable {
    private static final String ROLE_PATH = "/latest/meta-data/cam/security-credentials/";

    private final List<ContractStub.Credential> credentials;
    private final Duration lifetime;
    private final AtomicLong faults = new AtomicLong();
    private final RawHttpServer server;

    ChaoticMetadataService(List<ContractStub.Credential> credentials, Duration lifetime) throws IOException {
        this.credentials = List.copyOf(credentials);
        this.lifetime = lifetime;
        this.server = new RawHttpServer("chaotic-metadata", this::answer);
    }

    String url() {
        return server.url();
    }

    /** Requests answered with a fault. */
    long faults() {
        return faults.get();
    }

    private void answer(Socket client, String head, InputStream in, OutputStream out) throws IOException, InterruptedException {
        String path = head.substring(head.indexOf(' ') + 1, head.indexOf(' ', head.indexOf(' ') + 1));
        if (path.equals(ROLE_PATH)) {
            send(out, 200, "SoakRole");
            return;
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int roll = random.nextInt(100);
        if (roll >= 60) {
            faults.incrementAndGet();
        }
        if (roll < 60) {
            send(out, 200, credentialsJson());
        } else if (roll < 66) {
            Thread.sleep(1_500); // late, but within the provider's 3 s
            send(out, 200, credentialsJson());
        } else if (roll < 74) {
            byte[] start = "HTTP/1.1 200 OK\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; !client.isClosed(); i++) {
                out.write(i < start.length ? start[i] : 'a');
                out.flush();
                Thread.sleep(300);
            }
        } else if (roll < 80) {
            while (in.read() >= 0) {
                // stall: never answer, until the client gives up
            }
        } else if (roll < 86) {
            client.setSoLinger(true, 0); // dropped: a reset, no answer
        } else if (roll < 90) {
            send(out, 500, "internal error");
        } else if (roll < 95) {
            send(out, 200, "{\"Code\":\"Success\",\"TmpSecretId\":");
        } else {
            ContractStub.Credential c = credentials.get(random.nextInt(credentials.size()));
            send(out, 200, "{\"Code\":\"Denied:" + c.secretId() + ":" + c.secretKey() + ":" + c.token() + "\"}");
        }
    }

    private String credentialsJson() {
        ContractStub.Credential c = credentials.get(ThreadLocalRandom.current().nextInt(credentials.size()));
        long expires = Instant.now().plus(lifetime).getEpochSecond();
        return "{\"Code\":\"Success\",\"TmpSecretId\":\"" + c.secretId() + "\",\"TmpSecretKey\":\"" + c.secretKey()
                + "\",\"Token\":\"" + c.token() + "\",\"ExpiredTime\":" + expires + "}";
    }

    private static void send(OutputStream out, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        out.write(("HTTP/1.1 " + status + " X\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}

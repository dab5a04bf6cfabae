package dev.clssdk.cls.conformance;

import dev.clssdk.jackson.SdkJacksonModule;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clssdk.stub.ContractStub;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sends requests to a stub with the JDK's HTTP client and the {@link TestSigner}: the full HTTP
 * path with a correct signature, independent of the SDK's runtime.
 */
final class StubClient {

    static final String SECRET_ID = "AKIDconformanceEXAMPLE";
    static final String SECRET_KEY = "conformance-secret-key-EXAMPLE";
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new SdkJacksonModule());

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final ContractStub stub;

    StubClient(ContractStub stub) {
        this.stub = stub;
    }

    /** An answer: the HTTP status, the raw body and the {@code Response} member, if the body is an envelope. */
    record Answer(int status, byte[] body, JsonNode response) {
        boolean ok() {
            return response != null && !response.has("Error");
        }

        String errorCode() {
            return response == null ? null : response.path("Error").path("Code").asText(null);
        }
    }

    /** Signs with the default test credentials at the current time and sends. */
    Answer call(String action, byte[] body) {
        return send(action, body, System.currentTimeMillis() / 1000, SECRET_ID, SECRET_KEY, Map.of());
    }

    Answer call(String action, String json) {
        return call(action, json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Signs the body and the timestamp, then sends with any extra or replaced headers. */
    Answer send(String action, byte[] body, long timestamp, String secretId, String secretKey, Map<String, String> overrides) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", TestSigner.CONTENT_TYPE);
        headers.put("X-TC-Action", action);
        headers.put("X-TC-Version", stub.model().apiVersion());
        headers.put("X-TC-Timestamp", Long.toString(timestamp));
        headers.put("Authorization", TestSigner.authorization(secretId, secretKey, stub.model().service(), stub.host(), timestamp, body));
        headers.putAll(overrides);
        return sendRaw(headers, body);
    }

    Answer sendRaw(Map<String, String> headers, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stub.url()))
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach((name, value) -> {
            if (value != null) {
                request.header(name, value);
            }
        });
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.body(), envelope(response.body()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode envelope(byte[] body) {
        try {
            JsonNode tree = JSON.readTree(body);
            return tree != null && tree.has("Response") ? tree.get("Response") : null;
        } catch (IOException e) {
            return null;
        }
    }
}

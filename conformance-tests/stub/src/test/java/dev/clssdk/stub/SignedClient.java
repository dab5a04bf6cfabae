package dev.clssdk.stub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Calls a stub over loopback HTTP with the JDK's client and {@link TestTc3Signer}, signing for the
 * service and version the stub's spec names unless a test says otherwise.
 */
public final class SignedClient {

    public static final String SECRET_ID = "AKIDstubTestEXAMPLE";
    public static final String SECRET_KEY = "stub-test-secret-key-EXAMPLE";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final ContractStub stub;

    public SignedClient(ContractStub stub) {
        this.stub = stub;
    }

    /** The {@code Response} member of an answer, with the HTTP status. */
    public record Answer(int status, JsonNode response) {
        public boolean ok() {
            return response != null && !response.has("Error");
        }

        public String errorCode() {
            return response == null ? null : response.path("Error").path("Code").asText(null);
        }

        public String errorMessage() {
            return response == null ? null : response.path("Error").path("Message").asText(null);
        }
    }

    public Answer call(String action, String json) {
        return call(action, json, stub.model().service(), Map.of());
    }

    /** Signs for {@code service} (the credential scope) and sends with extra or replaced headers. */
    public Answer call(String action, String json, String service, Map<String, String> overrides) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        long now = System.currentTimeMillis() / 1000;
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", TestTc3Signer.CONTENT_TYPE);
        headers.put("X-TC-Action", action);
        headers.put("X-TC-Version", stub.model().apiVersion());
        headers.put("X-TC-Timestamp", Long.toString(now));
        headers.put("Authorization", TestTc3Signer.authorization(SECRET_ID, SECRET_KEY, service, stub.host(), now, body));
        headers.putAll(overrides);
        HttpRequest.Builder request = HttpRequest.newBuilder(stub.uri())
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach((name, value) -> {
            if (value != null) {
                request.header(name, value);
            }
        });
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), JSON.readTree(response.body()).get("Response"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Runs between the plugin's start and stop goals: the stub is there, at the port failsafe was given. */
@Timeout(30)
class StubIT {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void theStubServesAtThePortThePluginHandedOn() throws Exception {
        String url = System.getProperty("stub.url");
        assertNotNull(url, "stub.url (from contractStub.url)");
        assertEquals("http://127.0.0.1:" + System.getProperty("stub.port") + "/", url);
        HttpResponse<String> services = http.send(HttpRequest.newBuilder(URI.create(url + "__stub/services"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, services.statusCode());
        assertTrue(services.body().contains("\"service\":\"cls\""), services.body());
    }

    @Test
    void anUnsignedCallIsRefusedTheWayTencentRefusesIt() throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(System.getProperty("stub.url")))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json; charset=utf-8")
                .header("X-TC-Action", "DescribeTopics")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode());
        assertTrue(answer.body().contains("\"Code\":\"AuthFailure.InvalidAuthorization\""), answer.body());
    }
}

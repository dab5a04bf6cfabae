package dev.clssdk.cls.startup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clssdk.cls.ClsClient;
import dev.clssdk.cls.testing.ClientFixture;
import dev.clssdk.core.testing.RecordingClassLoader;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A client's construction and first call load the classes of that one action, not those of the
 * service's other 207: loading every request and response class (as class literals in the
 * operation constants or a proxy over one interface of all actions did) was a large part of a cold
 * start. Nor, on the default transport, does it load any class of OkHttp, Okio, Kotlin or Jackson,
 * not even for a service error or a validation error. Runs the first call in a class loader of
 * its own, so that what it loads is seen from zero.
 */
class FirstCallClassLoadingTest {

    /** Loaded in the isolated loader: builds a client and makes one call. */
    public static final class FirstCall implements Runnable {
        private final String url;

        public FirstCall(String url) {
            this.url = url;
        }

        @Override
        public void run() {
            try (ClsClient client = ClsClient.builder()
                    .credentials(dev.clssdk.core.auth.CredentialsProvider.of(ClientFixture.SECRET_ID, ClientFixture.SECRET_KEY))
                    .endpointUrl(url)
                    .build()) {
                client.createExport(ClientFixture.createRequest());
                try {
                    client.createExport(ClientFixture.createRequest()); // answered with a service error
                } catch (dev.clssdk.core.ServiceException expected) {
                    // the typed error is what this call is for
                }
                try {
                    dev.clssdk.cls.model.CreateExportRequest.builder().count(-1).build();
                } catch (dev.clssdk.core.ValidationException expected) {
                    // and a validation error
                }
            }
        }
    }

    @Test
    @Timeout(30)
    void theFirstCallLoadsOnlyItsOwnActionsTypes() throws Exception {
        List<String> modelClasses;
        try (ClientFixture fixture = new ClientFixture();
                RecordingClassLoader loader = new RecordingClassLoader()) {
            fixture.server.enqueue(new MockResponse.Builder()
                    .addHeader("Content-Type", "application/json")
                    .body("{\"Response\":{\"ExportId\":\"export-1\",\"RequestId\":\"r-1\"}}")
                    .build());
            fixture.server.enqueue(new MockResponse.Builder()
                    .addHeader("Content-Type", "application/json")
                    .body("{\"Response\":{\"Error\":{\"Code\":\"LimitExceeded\",\"Message\":\"no\"},\"RequestId\":\"r-2\"}}")
                    .build());
            loader.newRunnable(FirstCall.class, fixture.url()).run();
            assertThat(fixture.server.getRequestCount()).isEqualTo(2);
            modelClasses = new ArrayList<>(loader.defined().stream()
                    .filter(name -> name.startsWith("dev.clssdk.cls.model."))
                    .sorted()
                    .toList());
            assertThat(loader.defined()).as("the client itself came from the isolated loader")
                    .contains("dev.clssdk.cls.ClsClient", "dev.clssdk.cls.ClsOperations");
            // The SDK's own JSON reader and writer, and the attempt on the request body, not a tag.
            assertThat(loader.defined()).as("no jackson-core factory, parser or generator; no Kotlin reflection")
                    .doesNotContain("com.fasterxml.jackson.core.JsonFactory",
                            "com.fasterxml.jackson.core.json.UTF8StreamJsonParser",
                            "com.fasterxml.jackson.core.json.UTF8JsonGenerator",
                            "kotlin.jvm.internal.ClassReference");
            // On the default transport, with a service error and a validation error too: no class of
            // Kotlin, OkHttp, Okio or Jackson at all (sdk/core/RUNTIME.md, "Transports").
            assertThat(loader.defined()).as("classes of an HTTP or JSON library")
                    .noneMatch(name -> name.startsWith("kotlin.") || name.startsWith("okhttp3.")
                            || name.startsWith("okio.") || name.startsWith("com.fasterxml."));
        }
        // CreateExport's request and its builder, its response (an output: no builder), and the enums of its
        // members (Format, Order).
        assertThat(modelClasses).as("model classes loaded by construction and one CreateExport call")
                .contains("dev.clssdk.cls.model.CreateExportRequest", "dev.clssdk.cls.model.CreateExportResponse")
                .allMatch(name -> name.startsWith("dev.clssdk.cls.model.CreateExport") || isEnum(name),
                        "of CreateExport, or an enum")
                .hasSizeLessThanOrEqualTo(8);
    }

    private static boolean isEnum(String name) {
        try {
            return Class.forName(name, false, FirstCallClassLoadingTest.class.getClassLoader()).isEnum();
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}

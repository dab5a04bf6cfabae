package dev.clssdk.cls.startup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clssdk.cls.ClsClient;
import dev.clssdk.cls.testing.ClientFixture;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A client's construction and first call load the classes of that one action, not those of the
 * service's other 207: loading every request and response class (as class literals in the
 * operation constants or a proxy over one interface of all actions did) was a large part of a cold
 * start. Nor does it load jackson-core's parser and generator or Kotlin's reflection (which OkHttp
 * 5's request tags start), another tenth of a cold start. Runs the first call in a class loader of
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
            }
        }
    }

    /** Defines every class itself (its parent is the platform loader) and remembers which. */
    private static final class RecordingLoader extends URLClassLoader {
        final Set<String> defined = ConcurrentHashMap.newKeySet();

        RecordingLoader(URL[] urls) {
            super(urls, ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            Class<?> type = super.findClass(name);
            defined.add(name);
            return type;
        }
    }

    @Test
    @Timeout(30)
    void theFirstCallLoadsOnlyItsOwnActionsTypes() throws Exception {
        List<String> modelClasses;
        try (ClientFixture fixture = new ClientFixture();
                RecordingLoader loader = new RecordingLoader(classPath())) {
            fixture.server.enqueue(new MockResponse.Builder()
                    .addHeader("Content-Type", "application/json")
                    .body("{\"Response\":{\"ExportId\":\"export-1\",\"RequestId\":\"r-1\"}}")
                    .build());
            Runnable firstCall = (Runnable) Class.forName(FirstCall.class.getName(), true, loader)
                    .getConstructor(String.class).newInstance(fixture.url());
            firstCall.run();
            assertThat(fixture.server.getRequestCount()).isEqualTo(1);
            modelClasses = new ArrayList<>(loader.defined.stream()
                    .filter(name -> name.startsWith("dev.clssdk.cls.model."))
                    .sorted()
                    .toList());
            assertThat(loader.defined).as("the client itself came from the isolated loader")
                    .contains("dev.clssdk.cls.ClsClient", "dev.clssdk.cls.ClsOperations");
            // The SDK's own JSON reader and writer, and the attempt on the request body, not a tag.
            assertThat(loader.defined).as("no jackson-core factory, parser or generator; no Kotlin reflection")
                    .doesNotContain("com.fasterxml.jackson.core.JsonFactory",
                            "com.fasterxml.jackson.core.json.UTF8StreamJsonParser",
                            "com.fasterxml.jackson.core.json.UTF8JsonGenerator",
                            "kotlin.jvm.internal.ClassReference");
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

    private static URL[] classPath() throws MalformedURLException {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            urls.add(new File(entry).toURI().toURL());
        }
        return urls.toArray(URL[]::new);
    }
}

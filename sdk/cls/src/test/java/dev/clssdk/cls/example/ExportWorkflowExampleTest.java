package dev.clssdk.cls.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clssdk.cls.model.ExportInfo;
import dev.clssdk.cls.model.ExportStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class ExportWorkflowExampleTest {
    @Test
    void exampleCreatesWaitsDescribesAndDeletesAnExport() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(new ExportWorkflowExample.FakeCls());
            server.start(InetAddress.getByName("127.0.0.1"), 0);
            ExportInfo done = ExportWorkflowExample.run("http://127.0.0.1:" + server.getPort(),
                    new PrintStream(printed, true, StandardCharsets.UTF_8));
            assertThat(done.status()).isEqualTo(ExportStatus.COMPLETED);
            assertThat(done.cosPath()).isEqualTo("https://cos.example.com/export-1.json.gz");
        }
        String output = printed.toString(StandardCharsets.UTF_8);
        System.out.print(output);
        assertThat(output.lines()).containsExactly(
                "created export-1 (RequestId req-1)",
                "completed export-1: https://cos.example.com/export-1.json.gz",
                "topic has 1 export(s)",
                "deleted export-1; topic has 0 export(s)");
    }

    @Test
    void mainRunsTheExampleAgainstItsOwnLocalServer() throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            ExportWorkflowExample.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("completed export-1").contains("deleted export-1");
    }
}

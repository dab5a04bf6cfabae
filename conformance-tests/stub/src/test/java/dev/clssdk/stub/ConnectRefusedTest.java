package dev.clssdk.stub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A client that reaches the stub as an HTTPS proxy sends {@code CONNECT}; a plain stub does not
 * tunnel, so it refuses with a status a proxy client reports as a failed tunnel (not a {@code 200}
 * followed by a JSON body, which such a client reads as a broken TLS or HTTP stream).
 */
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ConnectRefusedTest {

    @Test
    void connectIsRefusedWith501AndTheConnectionCloses() throws Exception {
        try (ContractStub stub = ContractStub.builder().credentials(SignedClient.SECRET_ID, SignedClient.SECRET_KEY).start();
                Socket socket = new Socket(InetAddress.getLoopbackAddress(), stub.port())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(("CONNECT cls.tencentcloudapi.com:443 HTTP/1.1\r\nHost: cls.tencentcloudapi.com:443\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(answer).startsWith("HTTP/1.1 501 ");
            assertThat(answer).contains("Connection: close").contains("CONNECT");
            assertThat(answer).doesNotContain("\"Response\"");
            assertThat(stub.requestCount()).as("a refused tunnel is not an API call").isZero();
        }
    }
}

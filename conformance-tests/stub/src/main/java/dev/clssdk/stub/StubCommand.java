package dev.clssdk.stub;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code contract-stub serve}: the stub as a process, for clients in any language. Serves the
 * bundled CLS spec, specs in our form ({@code --spec}) and Tencent's models ({@code --tencent-models},
 * a folder or the tarball), all at once, until it is stopped (Ctrl-C, SIGTERM).
 */
@Command(name = "contract-stub", mixinStandardHelpOptions = true, subcommands = StubCommand.Serve.class,
        description = "A local stand-in for Tencent Cloud APIs, played from their specs, for contract tests.")
public final class StubCommand implements Runnable {

    private static final int EXIT_BAD_INPUT = 2;

    @Spec
    CommandSpec command;

    public static void main(String[] args) {
        System.exit(new CommandLine(new StubCommand()).execute(args));
    }

    @Override
    public void run() {
        command.commandLine().usage(command.commandLine().getOut());
    }

    @Command(name = "serve", mixinStandardHelpOptions = true,
            description = {"Serves one or many services until stopped.",
                    "Services are told apart by the signed credential scope (<date>/<service>/tc3_request),"
                            + " else by Host (<service>[.<region>].tencentcloudapi.com)."})
    static final class Serve implements Callable<Integer> {

        @Option(names = "--spec", paramLabel = "FILE", description = "A spec in our form (OpenAPI YAML/JSON) to serve; repeatable.")
        List<Path> specs = new ArrayList<>();

        @Option(names = "--tencent-models", paramLabel = "PATH",
                description = "Tencent's models: a folder (<service>/<version>/api.json and examples.json) or a"
                        + " .tar/.tar.gz/.tar.xz of one, such as tencent-models.tar.xz; repeatable.")
        List<Path> tencentModels = new ArrayList<>();

        @Option(names = "--services", split = ",", paramLabel = "NAME",
                description = "Only these services of --tencent-models (for example cls,cvm). Default: every one.")
        Set<String> services = new LinkedHashSet<>();

        @Option(names = "--no-bundled-cls", description = "Do not serve the bundled CLS spec (it is served unless another source gives cls).")
        boolean noBundledCls;

        @Option(names = "--host", defaultValue = "127.0.0.1", description = "The address to listen on. Default: ${DEFAULT-VALUE}.")
        String host;

        @Option(names = "--port", defaultValue = "0", description = "The plain-HTTP port; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
        int port;

        @Option(names = "--https-port", paramLabel = "PORT",
                description = "Also serve HTTPS on this port (0 picks a free one), with a self-signed certificate made at start.")
        Integer httpsPort;

        @Option(names = "--cert-out", paramLabel = "FILE",
                description = "Write the certificate (PEM) here, for the client to trust. Default with HTTPS: contract-stub-cert.pem.")
        Path certOut;

        @Option(names = "--truststore-out", paramLabel = "FILE",
                description = "With HTTPS, also write the certificate as a PKCS#12 trust store (password changeit) for JVM clients.")
        Path truststoreOut;

        @Option(names = "--ports-file", paramLabel = "FILE",
                description = "Write http.port, https.port and url (a .properties file) here once listening, for scripts.")
        Path portsFile;

        @Option(names = "--credentials", paramLabel = "SECRET_ID:SECRET_KEY",
                description = "A key pair to accept; repeatable. Default: " + StubServer.DEFAULT_SECRET_ID + ":" + StubServer.DEFAULT_SECRET_KEY + ".")
        List<String> credentials = new ArrayList<>();

        @Option(names = "--topic", paramLabel = "TOPIC_ID", description = "A CLS log topic that exists from the start; repeatable.")
        List<String> topics = new ArrayList<>();

        @Option(names = "--no-throttling", description = "Do not enforce the specs' rate limits.")
        boolean noThrottling;

        @Option(names = "--serve-downloads",
                description = "Completed CLS export tasks get a CosPath on a local download server (HTTPS when --https-port is given).")
        boolean serveDownloads;

        @Spec
        CommandSpec command;

        /** Counted down to stop serving: by the shutdown hook (Ctrl-C, SIGTERM), or by a test. */
        final CountDownLatch stop = new CountDownLatch(1);

        @Override
        public Integer call() throws Exception {
            PrintWriter out = command.commandLine().getOut();
            PrintWriter err = command.commandLine().getErr();
            StubServer.Builder builder = StubServer.builder();
            Set<String> served = new HashSet<>();
            try {
                for (Path spec : specs) {
                    ContractStub.Builder stub = ContractStub.builder().spec(read(spec));
                    builder.service(stub);
                }
                for (Path models : tencentModels) {
                    for (TencentModels.Imported imported : TencentModels.read(models, services, note -> err.println("note: " + note))) {
                        builder.service(ContractStub.builder().spec(imported.spec()));
                        served.add(imported.service());
                    }
                }
                builder.address(InetAddress.getByName(host)).port(port);
            } catch (IOException | RuntimeException e) {
                err.println("error: " + e.getMessage());
                return EXIT_BAD_INPUT;
            }
            if (!noBundledCls && !served.contains("cls") && specs.isEmpty()) {
                builder.service(ContractStub.builder());
            }
            if (credentials.isEmpty()) {
                builder.credentials(StubServer.DEFAULT_SECRET_ID, StubServer.DEFAULT_SECRET_KEY);
            }
            for (String pair : credentials) {
                int colon = pair.indexOf(':');
                if (colon <= 0 || colon == pair.length() - 1) {
                    err.println("error: --credentials must be SECRET_ID:SECRET_KEY, both non-empty");
                    return EXIT_BAD_INPUT;
                }
                builder.credentials(pair.substring(0, colon), pair.substring(colon + 1));
            }
            if (httpsPort != null) {
                builder.https(true).httpsPort(httpsPort);
            }
            builder.eachService(stub -> stub.throttling(!noThrottling).topic(topics.toArray(String[]::new)));
            StubServer server;
            try {
                server = builder.start();
            } catch (RuntimeException e) {
                err.println("error: " + e.getMessage());
                return EXIT_BAD_INPUT;
            }
            Thread hook = new Thread(stop::countDown, "contract-stub-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            try (server) {
                if (serveDownloads) {
                    server.serveDownloads();
                }
                report(server, out);
                stop.await();
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException e) {
                    // the JVM is shutting down: the hook is what stopped us
                }
            }
            return 0;
        }

        private void report(StubServer server, PrintWriter out) throws IOException {
            out.println("contract-stub: serving " + server.stubs().size() + " service version(s)");
            for (ContractStub stub : server.stubs()) {
                out.println("  " + stub.model().service() + " " + stub.model().apiVersion() + " ("
                        + stub.model().operations().size() + " actions)");
            }
            out.println("http:  " + server.url());
            if (server.httpsUrl().isPresent()) {
                Path cert = certOut != null ? certOut : Path.of("contract-stub-cert.pem");
                Files.writeString(cert, server.certificatePem().orElseThrow(), StandardCharsets.US_ASCII);
                out.println("https: " + server.httpsUrl().get() + " (certificate: " + cert.toAbsolutePath() + ")");
                if (truststoreOut != null) {
                    server.writeTrustStore(truststoreOut);
                    out.println("trust store: " + truststoreOut.toAbsolutePath() + " (PKCS#12, password changeit)");
                }
                out.println("CONNECT: tunnels to the stub itself under the same certificate");
            }
            out.println("admin: " + server.url() + "__stub/services");
            out.println("credentials: SecretId " + (credentials.isEmpty() ? StubServer.DEFAULT_SECRET_ID
                    : String.join(", ", credentials.stream().map(c -> c.substring(0, c.indexOf(':'))).toList()))
                    + " (SecretKey as given)");
            if (portsFile != null) {
                StringBuilder properties = new StringBuilder();
                properties.append("http.port=").append(server.port()).append('\n');
                properties.append("url=").append(server.url()).append('\n');
                if (server.httpsPort() >= 0) {
                    properties.append("https.port=").append(server.httpsPort()).append('\n');
                }
                Path temporary = portsFile.resolveSibling(portsFile.getFileName() + ".tmp");
                Files.writeString(temporary, properties, StandardCharsets.UTF_8);
                Files.move(temporary, portsFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            out.flush();
        }

        private static String read(Path spec) throws IOException {
            try {
                return Files.readString(spec, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IOException("cannot read --spec " + spec + ": " + e.getMessage(), e);
            }
        }
    }
}

package dev.clssdk.stub;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * {@code contract-stub serve}: the stub as a process, for clients in any language. Serves the
 * bundled CLS spec, specs in our form ({@code --spec}) and Tencent's models ({@code --tencent-models},
 * a folder or the tarball), all at once, until it is stopped (Ctrl-C, SIGTERM).
 *
 * <p>The options are read here, by hand: a command-line library would be one more jar on the
 * class path of every test that uses the stub's Java API.
 */
public final class StubCommand {

    static final int EXIT_OK = 0;
    static final int EXIT_BAD_INPUT = 2;

    private static final String USAGE = """
            Usage: contract-stub serve [options]
            A local stand-in for Tencent Cloud APIs, played from their specs, for contract tests.

            serve: serves one or many services until stopped. Services are told apart by the signed
            credential scope (<date>/<service>/tc3_request), else by Host (<service>[.<region>].tencentcloudapi.com).

              --spec FILE                 a spec in our form (OpenAPI YAML/JSON) to serve; repeatable
              --tencent-models PATH       Tencent's models: a folder (<service>/<version>/api.json and examples.json)
                                          or a .tar/.tar.gz/.tar.xz of one, such as tencent-models.tar.xz; repeatable
              --services NAME[,NAME...]   only these services of --tencent-models (for example cls,cvm); default: every one
              --no-bundled-cls            do not serve the bundled CLS spec (it is served unless another source gives cls)
              --host ADDRESS              the address to listen on; default: 127.0.0.1
              --port PORT                 the plain-HTTP port; 0 (the default) picks a free one
              --https-port PORT           also serve HTTPS on this port (0 picks a free one), with a self-signed
                                          certificate made at start
              --cert-out FILE             write the certificate (PEM) here, for the client to trust;
                                          default with HTTPS: contract-stub-cert.pem
              --truststore-out FILE       with HTTPS, also write the certificate as a PKCS#12 trust store
                                          (password changeit) for JVM clients
              --ports-file FILE           write http.port, https.port and url (a .properties file) here once
                                          listening, for scripts
              --credentials ID:KEY        a key pair to accept; repeatable; default: %s:%s
              --topic TOPIC_ID            a CLS log topic that exists from the start; repeatable
              --no-throttling             do not enforce the specs' rate limits
              --serve-downloads           completed CLS export tasks get a CosPath on a local download server
                                          (HTTPS when --https-port is given)
              -h, --help                  print this and exit
              -V, --version               print the version and exit
            """.formatted(StubServer.DEFAULT_SECRET_ID, StubServer.DEFAULT_SECRET_KEY);

    private StubCommand() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(out, err, args));
    }

    /** Runs the command line; returns the exit code (0, or 2 for bad input). */
    static int run(PrintWriter out, PrintWriter err, String... args) {
        if (args.length == 0 || isHelp(args[0])) {
            out.print(USAGE);
            out.flush();
            return args.length == 0 ? EXIT_BAD_INPUT : EXIT_OK;
        }
        if (isVersion(args[0])) {
            out.println("contract-stub " + version());
            return EXIT_OK;
        }
        if (!args[0].equals("serve")) {
            err.println("error: unknown command '" + args[0] + "'; the command is serve (contract-stub --help)");
            return EXIT_BAD_INPUT;
        }
        return new Serve().execute(out, err, Arrays.copyOfRange(args, 1, args.length));
    }

    private static boolean isHelp(String arg) {
        return arg.equals("--help") || arg.equals("-h");
    }

    private static boolean isVersion(String arg) {
        return arg.equals("--version") || arg.equals("-V");
    }

    private static String version() {
        String version = StubCommand.class.getPackage().getImplementationVersion();
        return version == null ? "(development build)" : version;
    }

    /** {@code serve}: its options, and the latch that stops it. */
    static final class Serve {

        List<Path> specs = new ArrayList<>();
        List<Path> tencentModels = new ArrayList<>();
        Set<String> services = new LinkedHashSet<>();
        boolean noBundledCls;
        String host = "127.0.0.1";
        int port;
        Integer httpsPort;
        Path certOut;
        Path truststoreOut;
        Path portsFile;
        List<String> credentials = new ArrayList<>();
        List<String> topics = new ArrayList<>();
        boolean noThrottling;
        boolean serveDownloads;

        /** Counted down to stop serving: by the shutdown hook (Ctrl-C, SIGTERM), or by a test. */
        final CountDownLatch stop = new CountDownLatch(1);

        /** Reads the options and serves until {@link #stop}; returns the exit code. */
        int execute(PrintWriter out, PrintWriter err, String... args) {
            try {
                if (!parse(args, out)) {
                    return EXIT_OK;
                }
                return serve(out, err);
            } catch (BadOption e) {
                err.println("error: " + e.getMessage() + " (contract-stub serve --help)");
                return EXIT_BAD_INPUT;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return EXIT_OK;
            } catch (IOException e) {
                err.println("error: " + e.getMessage());
                return EXIT_BAD_INPUT;
            }
        }

        /** Reads the options; false when only help or the version was asked for (and printed). */
        private boolean parse(String[] args, PrintWriter out) {
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                String value = null;
                int equals = arg.indexOf('=');
                if (arg.startsWith("--") && equals > 0) {
                    value = arg.substring(equals + 1);
                    arg = arg.substring(0, equals);
                }
                switch (arg) {
                    case "-h", "--help" -> {
                        out.print(USAGE);
                        out.flush();
                        return false;
                    }
                    case "-V", "--version" -> {
                        out.println("contract-stub " + version());
                        return false;
                    }
                    case "--no-bundled-cls", "--no-throttling", "--serve-downloads" -> {
                        if (value != null) {
                            throw new BadOption(arg + " takes no value");
                        }
                        switch (arg) {
                            case "--no-bundled-cls" -> noBundledCls = true;
                            case "--no-throttling" -> noThrottling = true;
                            default -> serveDownloads = true;
                        }
                    }
                    case "--spec", "--tencent-models", "--services", "--host", "--port", "--https-port", "--cert-out",
                            "--truststore-out", "--ports-file", "--credentials", "--topic" -> {
                        if (value == null) {
                            if (i + 1 >= args.length) {
                                throw new BadOption(arg + " needs a value");
                            }
                            value = args[++i];
                        }
                        option(arg, value);
                    }
                    default -> throw new BadOption("unknown option '" + args[i] + "'");
                }
            }
            return true;
        }

        private void option(String name, String value) {
            switch (name) {
                case "--spec" -> specs.add(path(name, value));
                case "--tencent-models" -> tencentModels.add(path(name, value));
                case "--services" -> {
                    for (String service : value.split(",")) {
                        if (!service.isBlank()) {
                            services.add(service.strip());
                        }
                    }
                }
                case "--host" -> host = value;
                case "--port" -> port = port(name, value);
                case "--https-port" -> httpsPort = port(name, value);
                case "--cert-out" -> certOut = path(name, value);
                case "--truststore-out" -> truststoreOut = path(name, value);
                case "--ports-file" -> portsFile = path(name, value);
                case "--credentials" -> credentials.add(value);
                case "--topic" -> topics.add(value);
                default -> throw new IllegalStateException(name);
            }
        }

        private static Path path(String name, String value) {
            if (value.isBlank()) {
                throw new BadOption(name + " needs a path");
            }
            try {
                return Path.of(value);
            } catch (java.nio.file.InvalidPathException e) {
                throw new BadOption(name + ": '" + value + "' is not a path: " + e.getReason());
            }
        }

        private static int port(String name, String value) {
            try {
                int port = Integer.parseInt(value);
                if (port >= 0 && port <= 65535) {
                    return port;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new BadOption(name + " must be a port number from 0 to 65535, not '" + value + "'");
        }

        private int serve(PrintWriter out, PrintWriter err) throws IOException, InterruptedException {
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
            return EXIT_OK;
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

    /** An option the command does not take, or a value it cannot use. */
    private static final class BadOption extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadOption(String message) {
            super(message);
        }
    }
}

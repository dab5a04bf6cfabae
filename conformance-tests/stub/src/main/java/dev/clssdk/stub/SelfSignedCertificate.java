package dev.clssdk.stub;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * A throwaway key pair and self-signed certificate for the stub's HTTPS listener and
 * {@code CONNECT} tunnel, made at start by the JDK's own {@code keytool} (the JDK has no public
 * API that signs a certificate, and this keeps a certificate library off the stub's class path).
 * The key never leaves the process's temporary key store, which is deleted once loaded.
 */
final class SelfSignedCertificate {

    /** Tencent's endpoints (global, international and the usual regions), {@code localhost} and the loopback addresses. */
    static final List<String> DEFAULT_HOSTS = List.of(
            "*.tencentcloudapi.com", "*.intl.tencentcloudapi.com",
            "*.ap-guangzhou.tencentcloudapi.com", "*.ap-shanghai.tencentcloudapi.com", "*.ap-beijing.tencentcloudapi.com",
            "*.ap-chengdu.tencentcloudapi.com", "*.ap-chongqing.tencentcloudapi.com", "*.ap-nanjing.tencentcloudapi.com",
            "*.ap-hongkong.tencentcloudapi.com", "*.ap-singapore.tencentcloudapi.com", "*.ap-tokyo.tencentcloudapi.com",
            "*.ap-seoul.tencentcloudapi.com", "*.ap-bangkok.tencentcloudapi.com", "*.ap-jakarta.tencentcloudapi.com",
            "*.ap-mumbai.tencentcloudapi.com", "*.na-siliconvalley.tencentcloudapi.com", "*.na-ashburn.tencentcloudapi.com",
            "*.eu-frankfurt.tencentcloudapi.com", "*.sa-saopaulo.tencentcloudapi.com",
            "localhost", "127.0.0.1", "::1");
    private static final long KEYTOOL_TIMEOUT_SECONDS = 60;

    private final KeyStore keyStore;
    private final char[] password;
    private final X509Certificate certificate;

    private SelfSignedCertificate(KeyStore keyStore, char[] password, X509Certificate certificate) {
        this.keyStore = keyStore;
        this.password = password;
        this.certificate = certificate;
    }

    /**
     * Makes a P-256 key and a certificate valid for 30 days naming {@code hosts} (DNS names, a
     * leading {@code *.} allowed, or IP addresses).
     *
     * @throws IOException if keytool is missing, fails or times out
     */
    static SelfSignedCertificate create(List<String> hosts) throws IOException {
        if (hosts.isEmpty()) {
            throw new IllegalArgumentException("a certificate needs at least one host name");
        }
        Path keytool = Path.of(System.getProperty("java.home"), "bin", isWindows() ? "keytool.exe" : "keytool");
        if (!Files.isExecutable(keytool)) {
            throw new IOException("cannot make the stub's certificate: " + keytool + " is missing (a JRE without keytool?)");
        }
        byte[] secret = new byte[18];
        new SecureRandom().nextBytes(secret);
        char[] password = HexFormat.of().formatHex(secret).toCharArray();
        Path dir = Files.createTempDirectory("contract-stub-tls");
        Path store = dir.resolve("stub.p12");
        try {
            List<String> san = new ArrayList<>();
            for (String host : hosts) {
                san.add((host.matches("[0-9.]+|.*:.*") ? "ip:" : "dns:") + host);
            }
            List<String> command = List.of(keytool.toString(), "-genkeypair", "-alias", "stub", "-keyalg", "EC",
                    "-groupname", "secp256r1", "-validity", "30", "-dname", "CN=contract-stub",
                    "-ext", "SAN=" + String.join(",", san), "-keystore", store.toString(), "-storetype", "PKCS12",
                    "-storepass:env", "STUB_STORE_PASS", "-keypass:env", "STUB_STORE_PASS", "-noprompt");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            // The password goes by environment, so it shows in no process listing.
            builder.environment().put("STUB_STORE_PASS", new String(password));
            Process process = builder.start();
            byte[] output;
            try (InputStream in = process.getInputStream()) {
                output = in.readAllBytes();
            }
            if (!process.waitFor(KEYTOOL_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("keytool did not finish within " + KEYTOOL_TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                throw new IOException("keytool failed (exit " + process.exitValue() + "): "
                        + new String(output, StandardCharsets.UTF_8).strip());
            }
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(store)) {
                keyStore.load(in, password);
            }
            return new SelfSignedCertificate(keyStore, password, (X509Certificate) keyStore.getCertificate("stub"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while making the stub's certificate", e);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot read the certificate keytool made: " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(store);
            Files.deleteIfExists(dir);
        }
    }

    /** A server context presenting this certificate. */
    SSLContext sslContext() {
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(keyStore, password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the stub's own key store does not load: " + e.getMessage(), e);
        }
    }

    /** A client context that trusts this certificate and nothing else. */
    SSLContext trustingContext() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trustManager()}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build a context trusting the stub's certificate: " + e.getMessage(), e);
        }
    }

    /** A trust manager that trusts this certificate and nothing else (OkHttp's {@code sslSocketFactory} wants one). */
    X509TrustManager trustManager() {
        try {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("stub", certificate);
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trust);
            for (TrustManager manager : factory.getTrustManagers()) {
                if (manager instanceof X509TrustManager x509) {
                    return x509;
                }
            }
            throw new IllegalStateException("the JDK's trust manager factory made no X509TrustManager");
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build a trust manager for the stub's certificate: " + e.getMessage(), e);
        }
    }

    /** Writes a PKCS#12 trust store holding this certificate only. */
    void writeTrustStore(Path file, char[] storePassword) throws IOException {
        try {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("contract-stub", certificate);
            try (java.io.OutputStream out = Files.newOutputStream(file)) {
                trust.store(out, storePassword);
            }
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot write the trust store " + file + ": " + e.getMessage(), e);
        }
    }

    /** The certificate in PEM form. */
    String pem() {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the certificate does not encode: " + e.getMessage(), e);
        }
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
    }

    @Override
    public String toString() {
        return "SelfSignedCertificate[" + certificate.getSubjectX500Principal() + "]";
    }
}

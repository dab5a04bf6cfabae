package dev.clssdk.cls.export.internal;

import dev.clssdk.cls.export.InsecureCosPathException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A download address, checked (HTTPS, or HTTP to loopback when allowed) and with a redacted form
 * for messages and logs: scheme, host and path only. The pre-signed query string is a credential.
 */
public final class CosUrl {

    private final String url;
    private final String redacted;

    private CosUrl(String url, String redacted) {
        this.url = url;
        this.redacted = redacted;
    }

    public static CosUrl parse(String exportId, String cosPath, boolean allowHttpToLoopback) {
        if (cosPath == null || cosPath.isBlank()) {
            throw new InsecureCosPathException(exportId, "Export " + exportId + " has no CosPath: is the task Completed?");
        }
        URI uri;
        try {
            uri = new URI(cosPath.trim());
        } catch (URISyntaxException e) {
            throw new InsecureCosPathException(exportId, "Export " + exportId + ": the CosPath is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (host == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new InsecureCosPathException(exportId, "Export " + exportId + ": the CosPath is not an http(s) URL");
        }
        String redacted = scheme + "://" + host + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
                + (uri.getRawPath() == null ? "" : uri.getRawPath());
        if (scheme.equals("http") && !(allowHttpToLoopback && isLoopback(host))) {
            throw new InsecureCosPathException(exportId, "Export " + exportId + ": refusing a CosPath that is not HTTPS ("
                    + redacted + "); plain HTTP is allowed only to loopback, in tests");
        }
        return new CosUrl(uri.toString(), redacted);
    }

    private static boolean isLoopback(String host) {
        String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (h.equalsIgnoreCase("localhost")) {
            return true;
        }
        // Literal addresses only: no name lookup decides whether a host is trusted.
        if (!h.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    /** The full address, to request; never log it. */
    public String url() {
        return url;
    }

    /** Scheme, host, port and path: safe for messages. */
    public String redacted() {
        return redacted;
    }

    @Override
    public String toString() {
        return redacted;
    }
}

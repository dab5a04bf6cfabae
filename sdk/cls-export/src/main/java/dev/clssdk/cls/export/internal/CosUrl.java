package dev.clssdk.cls.export.internal;

import dev.clssdk.cls.export.InsecureCosPathException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import okhttp3.HttpUrl;

/**
 * A download address, checked (HTTPS, or HTTP to loopback when allowed) and with a redacted form
 * for messages and logs: scheme, host, port and path only. The pre-signed query string is a credential.
 *
 * <p>The {@code CosPath} comes from the network, so it is checked here, completely, before OkHttp
 * sees it: OkHttp throws a raw {@link IllegalArgumentException} for a URL it refuses (port 0 or
 * 99999, a host label of 64 characters, ...), and two URL parsers that read one string differently
 * are how a "loopback" address ends up somewhere else. So the string must be a URI by RFC 3986
 * ({@link URI}), its port 1 to 65535, OkHttp must accept it, and both must read the same host and
 * port; the loopback decision is made on the host OkHttp will connect to.
 */
public final class CosUrl {

    private final HttpUrl url;
    private final String redacted;

    private CosUrl(HttpUrl url, String redacted) {
        this.url = url;
        this.redacted = redacted;
    }

    public static CosUrl parse(String exportId, String cosPath, boolean allowHttpToLoopback) {
        if (cosPath == null || cosPath.isBlank()) {
            throw refused(exportId, "has no CosPath: is the task Completed?");
        }
        String text = cosPath.trim();
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            // The reason and index only: the message would repeat the whole string, query string included.
            throw refused(exportId, "the CosPath is not a valid URL (" + e.getReason() + " at index " + e.getIndex() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http"))) {
            throw refused(exportId, "the CosPath is not an http(s) URL");
        }
        String authority = uri.getRawAuthority() == null ? "" : uri.getRawAuthority();
        String hostAndPort = authority.substring(authority.lastIndexOf('@') + 1);
        int portColon = portColon(hostAndPort);
        String hostText = portColon < 0 ? hostAndPort : hostAndPort.substring(0, portColon);
        if (portColon >= 0) {
            String port = hostAndPort.substring(portColon + 1);
            if (!isPort(port)) {
                throw refused(exportId, "the CosPath has an invalid port " + quote(port) + " (a port is 1 to 65535)");
            }
        }
        if (hostText.isEmpty()) {
            throw refused(exportId, "the CosPath has no host");
        }
        if (uri.getHost() == null) {
            throw refused(exportId, "the CosPath's host " + quote(hostText) + " is not a valid host name or IP address");
        }
        HttpUrl parsed = HttpUrl.parse(text);
        if (parsed == null) {
            // Scheme and port are checked above: what OkHttp refuses is the host (label too long, bad IDN, ...).
            throw refused(exportId, "the CosPath's host " + quote(hostText) + " is not a valid host name or IP address");
        }
        HttpUrl sameHost = HttpUrl.parse(scheme + "://" + uri.getHost() + "/");
        int port = uri.getPort() < 0 ? HttpUrl.defaultPort(scheme) : uri.getPort();
        if (sameHost == null || !sameHost.host().equals(parsed.host()) || parsed.port() != port
                || !parsed.scheme().equals(scheme)) {
            throw refused(exportId, "the CosPath is ambiguous (URL parsers disagree on its host or port " + quote(hostAndPort)
                    + ")");
        }
        String host = parsed.host().indexOf(':') >= 0 ? "[" + parsed.host() + "]" : parsed.host();
        String redacted = scheme + "://" + host + (port == HttpUrl.defaultPort(scheme) ? "" : ":" + port)
                + parsed.encodedPath();
        if (scheme.equals("http") && !(allowHttpToLoopback && isLoopback(parsed.host()))) {
            throw refused(exportId, "refusing a CosPath that is not HTTPS (" + redacted
                    + "); plain HTTP is allowed only to loopback, in tests");
        }
        return new CosUrl(parsed, redacted);
    }

    private static InsecureCosPathException refused(String exportId, String problem) {
        return new InsecureCosPathException(exportId, "Export " + exportId + ": " + problem);
    }

    /** The index of the colon before the port, or -1; an IPv6 literal's colons are inside brackets. */
    private static int portColon(String hostAndPort) {
        int from = hostAndPort.startsWith("[") ? Math.max(0, hostAndPort.indexOf(']')) : 0;
        return hostAndPort.indexOf(':', from);
    }

    private static boolean isPort(String text) {
        if (text.isEmpty() || text.length() > 5 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int port = Integer.parseInt(text); // at most 5 digits: cannot overflow
        return port >= 1 && port <= 65535;
    }

    /** A part of the address for a message: never the query string, at most 64 characters, printable. */
    private static String quote(String part) {
        String shown = part.length() > 64 ? part.substring(0, 64) + "..." : part;
        return "\"" + shown.replaceAll("[^\\x20-\\x7e]", "?") + "\"";
    }

    private static boolean isLoopback(String host) {
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        // Literal addresses only: no name lookup decides whether a host is trusted.
        if (!host.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    /** The address to request; never log it. */
    public HttpUrl url() {
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

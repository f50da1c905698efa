package id.go.bimakota.pilar.delivery.webhook;

import id.go.bimakota.pilar.common.config.PilarConfig;
import id.go.bimakota.pilar.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a webhook may go: http or https only, and (unless PILAR_WEBHOOK_ALLOW_PRIVATE_NETWORKS) never
 * to an address inside the service's own network, so an endpoint cannot be used to reach the
 * database, the cloud's metadata service or a router (server-side request forgery). Checked when an
 * endpoint is saved and again before every send, since a name may resolve elsewhere later (DNS
 * rebinding); the JVM caches the lookup (30 s), so the HTTP client connects to the address checked.
 */
@ApplicationScoped
public class EndpointUrls {

    /** Why a URL may not be used: the message key and its arguments; {@code passing} when DNS may recover. */
    public record Refusal(String key, Object[] args, boolean passing) {
    }

    private final boolean allowPrivate;

    @Inject
    public EndpointUrls(PilarConfig config) {
        this(config.webhook().allowPrivateNetworks());
    }

    EndpointUrls(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** The checked URL, or a 400 naming {@code field}. */
    URI require(String field, String url) {
        Parsed parsed = parse(url);
        Optional<Refusal> refusal = parsed.refusal.or(() -> refusal(parsed.uri));
        if (refusal.isPresent()) {
            throw ProblemException.invalidField(field, refusal.get().key(), refusal.get().args());
        }
        return parsed.uri;
    }

    /** Empty when the URL may be sent to now. */
    Optional<Refusal> checkBeforeSend(String url) {
        Parsed parsed = parse(url);
        return parsed.refusal.or(() -> refusal(parsed.uri));
    }

    private record Parsed(URI uri, Optional<Refusal> refusal) {
    }

    private static Parsed parse(String url) {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.trim());
        } catch (URISyntaxException e) {
            return new Parsed(null, Optional.of(new Refusal("webhook.url.invalid", new Object[0], false)));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                || uri.getHost().isBlank()) {
            return new Parsed(uri, Optional.of(new Refusal("webhook.url.invalid", new Object[0], false)));
        }
        if (uri.getRawUserInfo() != null) {
            return new Parsed(uri, Optional.of(new Refusal("webhook.url.userInfo", new Object[0], false)));
        }
        return new Parsed(uri, Optional.empty());
    }

    private Optional<Refusal> refusal(URI uri) {
        String host = uri.getHost().replaceAll("^\\[|\\]$", "");
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException | SecurityException e) {
            return Optional.of(new Refusal("webhook.url.unresolvable", new Object[] {host}, true));
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        for (InetAddress address : addresses) {
            if (isInternal(address)) {
                return Optional.of(new Refusal("webhook.url.private", new Object[] {host, address.getHostAddress()},
                        false));
            }
        }
        return Optional.empty();
    }

    /** Loopback, private, link-local, shared (CGNAT), multicast, unspecified or reserved, in IPv4 or IPv6. */
    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 || first >= 240 || (first == 100 && (second & 0xc0) == 64)
                    || (first == 192 && second == 0 && (b[2] & 0xff) == 0) || (first == 198 && (second & 0xfe) == 18);
        }
        if ((b[0] & 0xfe) == 0xfc) {
            return true; // unique local fc00::/7
        }
        if (embedsIpv4(b)) {
            try {
                return isInternal(InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16)));
            } catch (UnknownHostException e) {
                return true;
            }
        }
        return false;
    }

    /** IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) addresses. */
    private static boolean embedsIpv4(byte[] b) {
        boolean zeros = true;
        for (int i = 0; i < 10; i++) {
            zeros &= b[i] == 0;
        }
        boolean mapped = zeros && ((b[10] == (byte) 0xff && b[11] == (byte) 0xff) || (b[10] == 0 && b[11] == 0));
        boolean nat64 = b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b;
        return mapped || nat64;
    }
}

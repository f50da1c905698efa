package id.go.bimakota.pilar.delivery.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which addresses count as the service's own network, and how Retry-After is read; no service needed. */
class EndpointUrlsTest {

    @Test
    void internalAddressesInEveryDisguise() throws Exception {
        for (String internal : List.of("127.0.0.1", "127.8.9.10", "10.0.0.1", "172.16.0.1", "172.31.255.254",
                "192.168.0.1", "169.254.169.254", "100.64.0.1", "100.127.255.254", "0.0.0.0", "224.0.0.1",
                "255.255.255.255", "192.0.0.8", "198.18.0.1", "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1",
                "::ffff:10.0.0.1", "::ffff:127.0.0.1", "64:ff9b::a00:1", "ff02::1")) {
            assertEquals(true, EndpointUrls.isInternal(InetAddress.getByName(internal)), internal);
        }
        for (String external : List.of("8.8.8.8", "203.0.113.10", "172.32.0.1", "100.128.0.1", "192.169.0.1",
                "2001:4860:4860::8888", "64:ff9b::808:808")) {
            assertEquals(false, EndpointUrls.isInternal(InetAddress.getByName(external)), external);
        }
    }

    @Test
    void retryAfterInSecondsOrAsADate() {
        Instant now = Instant.parse("2026-12-04T10:00:00Z");
        assertEquals(Optional.of(Duration.ofSeconds(120)), RetryAfter.parse("120", now));
        assertEquals(Optional.of(Duration.ofSeconds(90)), RetryAfter.parse("Fri, 04 Dec 2026 10:01:30 GMT", now));
        assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse("Fri, 04 Dec 2026 09:00:00 GMT", now));
        assertEquals(Optional.of(RetryAfter.MAX), RetryAfter.parse("99999999", now));
        assertEquals(Optional.empty(), RetryAfter.parse("soon", now));
    }
}

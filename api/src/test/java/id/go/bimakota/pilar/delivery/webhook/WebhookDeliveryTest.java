package id.go.bimakota.pilar.delivery.webhook;

import static id.go.bimakota.pilar.support.Accounts.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import id.go.bimakota.pilar.delivery.OutgoingMessage;
import id.go.bimakota.pilar.delivery.SendOutcome;
import id.go.bimakota.pilar.delivery.WebhookSubscriptions;
import id.go.bimakota.pilar.support.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Signed webhooks received by a real HTTP server and verified with the Standard Webhooks reference
 * library, as an integrator would: before and after a secret rotation, on retries, and an endpoint
 * that answers 410 Gone is disabled. The receiver is on 127.0.0.1, so the channel under test is the
 * service's own parts with private networks allowed (PILAR_WEBHOOK_ALLOW_PRIVATE_NETWORKS=true, as
 * on premises) and a 2 s timeout; endpoints are registered with a public address through the API and
 * then pointed at the receiver, as if their name now resolved there.
 */
@QuarkusTest
class WebhookDeliveryTest {

    static final String BODY = "{\"type\":\"notice.created\",\"timestamp\":\"2026-12-04T01:30:00Z\",\"data\":{"
            + "\"id\":\"0193a1b2-7c4e-7f0a-9e21-5d8c3b7a1f60\",\"number\":\"KL-2026-000045\","
            + "\"kelurahanCode\":\"52.72.03.1004\",\"kecamatanCode\":\"52.72.03\",\"status\":\"SUBMITTED\","
            + "\"purpose\":\"HOME_VISIT\",\"plannedStart\":\"2026-12-07T01:00:00Z\",\"plannedEnd\":\"2026-12-07T03:00:00Z\"}}";

    @Inject
    EndpointTargets targets;

    /** The service's channel as configured in tests: private networks refused. */
    @Inject
    WebhookChannel defaultChannel;

    private WebhookChannel channel;

    @Inject
    WebhookSubscriptions subscriptions;

    @Inject
    TestClock clock;

    private Receiver receiver;

    @BeforeEach
    void start() throws Exception {
        receiver = new Receiver();
        channel = new WebhookChannel(targets, new EndpointUrls(true), clock, Duration.ofSeconds(2));
    }

    @AfterEach
    void stop() {
        receiver.close();
        clock.reset();
    }

    @Test
    void aDeliveryIsSignedAsStandardWebhooksVerifies() throws Exception {
        Registered endpoint = register(List.of("notice.created"));
        UUID delivery = UUID.randomUUID();

        assertEquals(new SendOutcome.Sent(null), channel.send(message(delivery, endpoint.id())));

        Receiver.Received got = receiver.received().get(0);
        new Webhook(endpoint.secret()).verify(got.body(), got.headers());
        assertEquals(BODY, got.body());
        assertEquals(delivery.toString(), got.header("webhook-id"));
        assertEquals("application/json", got.header("content-type"));
        assertTrue(Math.abs(Long.parseLong(got.header("webhook-timestamp")) - clock.instant().getEpochSecond()) <= 1);
        assertTrue(got.header("webhook-signature").startsWith("v1,"));
    }

    @Test
    void aRetryKeepsItsIdAndIsSignedWithTheSecretOfTheMoment() throws Exception {
        Registered endpoint = register(List.of("notice.created"));
        UUID delivery = UUID.randomUUID();
        receiver.answer(503, Map.of("Retry-After", "120"), Duration.ZERO);

        SendOutcome first = channel.send(message(delivery, endpoint.id()));

        assertEquals(new SendOutcome.Retry("HTTP 503", Optional.of(Duration.ofSeconds(120))), first);
        String rotated = asAdmin().post(WebhookEndpointTest.PATH + "/" + endpoint.id() + "/rotate-secret")
                .then().statusCode(200).extract().jsonPath().getString("secret");
        receiver.answer(200, Map.of(), Duration.ZERO);
        clock.advance(Duration.ofMinutes(2));

        assertEquals(new SendOutcome.Sent(null), channel.send(message(delivery, endpoint.id())));

        List<Receiver.Received> got = receiver.received();
        assertEquals(2, got.size());
        assertEquals(got.get(0).header("webhook-id"), got.get(1).header("webhook-id"));
        assertTrue(Long.parseLong(got.get(1).header("webhook-timestamp"))
                >= Long.parseLong(got.get(0).header("webhook-timestamp")) + 120);
        clock.reset(); // the reference verifier checks the timestamp against the real clock (5 minutes)
        new Webhook(endpoint.secret()).verify(got.get(0).body(), got.get(0).headers());
        new Webhook(rotated).verify(got.get(1).body(), got.get(1).headers());
        assertThrows(WebhookVerificationException.class,
                () -> new Webhook(endpoint.secret()).verify(got.get(1).body(), got.get(1).headers()));
    }

    @Test
    void goneDisablesTheEndpoint() {
        Registered endpoint = register(List.of("notice.created", "notice.cancelled"));
        assertTrue(subscriptions.subscribedTo("notice.cancelled").contains(endpoint.id()));
        receiver.answer(410, Map.of(), Duration.ZERO);

        assertInstanceOf(SendOutcome.Gone.class, channel.send(message(UUID.randomUUID(), endpoint.id())));

        asAdmin().get(WebhookEndpointTest.PATH + "/" + endpoint.id()).then().statusCode(200)
                .body("active", equalTo(false)).body("disabledReason", equalTo("Answered 410 Gone"))
                .body("disabledAt", notNullValue());
        assertTrue(!subscriptions.subscribedTo("notice.cancelled").contains(endpoint.id()), "no more deliveries");
        assertInstanceOf(SendOutcome.Failed.class, channel.send(message(UUID.randomUUID(), endpoint.id())));
        assertEquals(1, receiver.received().size());
    }

    @Test
    void noAnswerInTimeIsRetried() {
        Registered endpoint = register(List.of("notice.created"));
        receiver.answer(200, Map.of(), Duration.ofSeconds(3));

        SendOutcome.Retry retry = assertInstanceOf(SendOutcome.Retry.class,
                channel.send(message(UUID.randomUUID(), endpoint.id())));
        assertTrue(retry.error().contains("no answer"), retry.error());
    }

    @Test
    void aClientErrorIsRetriedAndADeletedEndpointFails() {
        Registered endpoint = register(List.of("notice.created"));
        receiver.answer(400, Map.of(), Duration.ZERO);
        assertEquals(new SendOutcome.Retry("HTTP 400", Optional.empty()),
                channel.send(message(UUID.randomUUID(), endpoint.id())));

        asAdmin().delete(WebhookEndpointTest.PATH + "/" + endpoint.id()).then().statusCode(204);

        assertInstanceOf(SendOutcome.Failed.class, channel.send(message(UUID.randomUUID(), endpoint.id())));
        assertInstanceOf(SendOutcome.Failed.class, channel.send(message(UUID.randomUUID(), "not-an-id")));
    }

    @Test
    void subscriptionsNameTheActiveEndpointsOfAnEvent() {
        Registered created = register(List.of("notice.created"));
        Registered cancelled = register(List.of("notice.cancelled"));

        List<UUID> forCreated = subscriptions.subscribedTo("notice.created");
        assertTrue(forCreated.contains(created.id()) && !forCreated.contains(cancelled.id()));
        String etag = asAdmin().get(WebhookEndpointTest.PATH + "/" + created.id()).then().extract().header("ETag");
        asAdmin().header("If-Match", etag).body(Map.of("active", false))
                .patch(WebhookEndpointTest.PATH + "/" + created.id()).then().statusCode(200);
        assertTrue(!subscriptions.subscribedTo("notice.created").contains(created.id()));
    }

    @Test
    void aReceiverConnectionRefusedIsRetried() {
        Registered endpoint = register(List.of("notice.created"));
        receiver.close();

        assertInstanceOf(SendOutcome.Retry.class, channel.send(message(UUID.randomUUID(), endpoint.id())));
    }

    private record Registered(UUID id, String secret) {
    }

    @Test
    void anEndpointWhoseAddressNowLeadsIntoThePrivateNetworkIsNotCalled() {
        Registered endpoint = register(List.of("notice.created"));

        SendOutcome.Failed failed = assertInstanceOf(SendOutcome.Failed.class,
                defaultChannel.send(message(UUID.randomUUID(), endpoint.id())));

        assertTrue(failed.error().contains("127.0.0.1"), failed.error());
        assertEquals(0, receiver.received().size());
    }

    private Registered register(List<String> events) {
        var created = asAdmin().body(Map.of("url", WebhookEndpointTest.PUBLIC_URL, "events", events))
                .post(WebhookEndpointTest.PATH).then().statusCode(201).extract().jsonPath();
        UUID id = UUID.fromString(created.getString("id"));
        QuarkusTransaction.requiringNew().run(() -> WebhookEndpoint.<WebhookEndpoint>findById(id).url = receiver.url());
        return new Registered(id, created.getString("secret"));
    }

    private static OutgoingMessage message(UUID delivery, Object endpointId) {
        return new OutgoingMessage(delivery, "notice.created", endpointId.toString(), null, List.of(), null, null, null,
                BODY);
    }
}

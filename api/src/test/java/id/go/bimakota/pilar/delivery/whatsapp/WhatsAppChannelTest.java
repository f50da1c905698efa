package id.go.bimakota.pilar.delivery.whatsapp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import id.go.bimakota.pilar.common.config.PilarConfig;
import id.go.bimakota.pilar.delivery.OutgoingMessage;
import id.go.bimakota.pilar.delivery.SendOutcome;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The WhatsApp channel against WireMock answering as the Cloud API (graph.facebook.com/v23.0)
 * documents it: the request it receives (path, bearer token, exact body) and how each documented
 * answer is judged. The channel is built here with its settings (the service's own settings leave
 * WhatsApp off), so no second start of the service is needed.
 */
class WhatsAppChannelTest {

    static final String PHONE_NUMBER_ID = "106540352242922";
    static final String TOKEN = "EAAJB-test-token";
    static final String MESSAGES = "/v23.0/" + PHONE_NUMBER_ID + "/messages";
    static final String WAMID = "wamid.HBgNNjI4MTIzNDU2Nzg5MBUCABEYEjQ2QkI1QjA3NkU0M0YxQjQ0MQA=";

    /** The settings PILAR_WHATSAPP_* give, pointing at WireMock; a short timeout keeps the timeout case quick. */
    record Settings(String apiUrl, Optional<String> phoneNumberId, Optional<String> accessToken,
            Optional<String> verifyToken, Optional<String> appSecret, Duration timeout) implements PilarConfig.WhatsApp {
    }

    static WireMockServer wire;
    static WhatsAppChannel channel;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void startPeer() {
        wire = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        wire.start();
        channel = new WhatsAppChannel(new Settings("http://127.0.0.1:" + wire.port() + "/v23.0/",
                Optional.of(PHONE_NUMBER_ID), Optional.of(TOKEN), Optional.empty(), Optional.empty(),
                Duration.ofSeconds(2)), new ObjectMapper(), Clock.systemUTC());
    }

    @AfterAll
    static void stopPeer() {
        wire.stop();
    }

    @BeforeEach
    void reset() {
        wire.resetAll();
    }

    @Test
    void aTemplateMessageIsPostedAsDocumentedAndItsMessageIdKept() throws Exception {
        wire.stubFor(post(urlEqualTo(MESSAGES)).withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .willReturn(okJson("{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"6281234567890\","
                        + "\"wa_id\":\"6281234567890\"}],\"messages\":[{\"id\":\"" + WAMID + "\","
                        + "\"message_status\":\"accepted\"}]}")));
        UUID delivery = UUID.randomUUID();

        SendOutcome outcome = channel.send(message(delivery, "+6281234567890"));

        assertEquals(new SendOutcome.Sent(WAMID), outcome);
        LoggedRequest request = onlyRequest();
        assertEquals("application/json", request.getHeader("Content-Type"));
        assertEquals(json.readTree("{\"messaging_product\":\"whatsapp\",\"to\":\"6281234567890\",\"type\":\"template\","
                + "\"template\":{\"name\":\"pilar_kunjungan_baru\",\"language\":{\"code\":\"id\"},"
                + "\"components\":[{\"type\":\"body\",\"parameters\":[{\"type\":\"text\",\"text\":\"KL-2026-000045\"},"
                + "{\"type\":\"text\",\"text\":\"Senin, 7 Desember 2026, 09.00–11.00 WITA\"},"
                + "{\"type\":\"text\",\"text\":\"https://pilar.bimakota.go.id/j/abc\"}]}]},"
                + "\"biz_opaque_callback_data\":\"" + delivery + "\"}"), json.readTree(request.getBodyAsString()));
    }

    @Test
    void notOnWhatsAppFailsAtOnce() {
        wire.stubFor(post(urlEqualTo(MESSAGES)).willReturn(error(400, 131026, "(#131026) Message Undeliverable.",
                "Message Undeliverable.")));

        SendOutcome outcome = channel.send(message(UUID.randomUUID(), "6281234567890"));

        SendOutcome.Failed failed = assertInstanceOf(SendOutcome.Failed.class, outcome);
        assertTrue(failed.error().contains("131026"), failed.error());
    }

    @Test
    void outsideTheCustomerServiceWindowFailsAtOnce() {
        wire.stubFor(post(urlEqualTo(MESSAGES)).willReturn(error(400, 131047, "(#131047) Re-engagement message",
                "Message failed to send because more than 24 hours have passed since the customer last replied to this number.")));

        SendOutcome outcome = channel.send(message(UUID.randomUUID(), "6281234567890"));

        SendOutcome.Failed failed = assertInstanceOf(SendOutcome.Failed.class, outcome);
        assertTrue(failed.error().contains("131047") && failed.error().contains("24 hours"), failed.error());
    }

    @Test
    void aTemplateThatDoesNotExistFails() {
        wire.stubFor(post(urlEqualTo(MESSAGES)).willReturn(error(404, 132001,
                "(#132001) Template name does not exist in the translation",
                "template name (pilar_kunjungan_baru) does not exist in id")));

        assertInstanceOf(SendOutcome.Failed.class, channel.send(message(UUID.randomUUID(), "6281234567890")));
    }

    @Test
    void aRateLimitIsRetriedAfterRetryAfter() {
        wire.stubFor(post(urlEqualTo(MESSAGES)).willReturn(error(429, 130429, "(#130429) Rate limit hit",
                "Cloud API message throughput has been reached.").withHeader("Retry-After", "30")));

        SendOutcome outcome = channel.send(message(UUID.randomUUID(), "6281234567890"));

        SendOutcome.Retry retry = assertInstanceOf(SendOutcome.Retry.class, outcome);
        assertEquals(Optional.of(Duration.ofSeconds(30)), retry.retryAfter());
        assertTrue(retry.error().contains("130429"), retry.error());
    }

    @Test
    void aPairRateLimitWithoutRetryAfterIsRetried() {
        wire.stubFor(post(urlEqualTo(MESSAGES)).willReturn(error(400, 131056, "(#131056) (Business Account, Consumer "
                + "Account) pair rate limit hit", "Message failed to send because there were too many messages sent "
                + "from this phone number to the same phone number in a short period of time.")));

        SendOutcome.Retry retry = assertInstanceOf(SendOutcome.Retry.class,
                channel.send(message(UUID.randomUUID(), "6281234567890")));
        assertEquals(Optional.empty(), retry.retryAfter());
    }

    @Test
    void aServerErrorIsRetried() {
        wire.stubFor(post(urlEqualTo(MESSAGES)).willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"An unknown error has occurred.\",\"type\":\"OAuthException\","
                        + "\"code\":1,\"is_transient\":true,\"fbtrace_id\":\"AvX2bq\"}}")));

        assertInstanceOf(SendOutcome.Retry.class, channel.send(message(UUID.randomUUID(), "6281234567890")));
    }

    @Test
    void aGatewayPageInsteadOfJsonIsRetried() {
        wire.stubFor(post(urlEqualTo(MESSAGES)).willReturn(aResponse().withStatus(503).withBody("<html>Bad gateway</html>")));

        assertInstanceOf(SendOutcome.Retry.class, channel.send(message(UUID.randomUUID(), "6281234567890")));
    }

    @Test
    void anExpiredTokenIsRetriedWithAnErrorAnOperatorUnderstands() {
        wire.stubFor(post(urlEqualTo(MESSAGES)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"Error validating access token: Session has expired.\","
                        + "\"type\":\"OAuthException\",\"code\":190,\"error_subcode\":463,\"fbtrace_id\":\"Az8\"}}")));

        SendOutcome.Retry retry = assertInstanceOf(SendOutcome.Retry.class,
                channel.send(message(UUID.randomUUID(), "6281234567890")));
        assertTrue(retry.error().contains("PILAR_WHATSAPP_ACCESS_TOKEN"), retry.error());
    }

    @Test
    void noAnswerInTimeIsRetried() {
        wire.stubFor(post(urlEqualTo(MESSAGES)).willReturn(okJson("{}").withFixedDelay(3_000)));

        SendOutcome.Retry retry = assertInstanceOf(SendOutcome.Retry.class,
                channel.send(message(UUID.randomUUID(), "6281234567890")));
        assertTrue(retry.error().contains("no answer"), retry.error());
    }

    @Test
    void anAddressThatIsNoNumberFailsWithoutAsking() {
        assertInstanceOf(SendOutcome.Failed.class, channel.send(message(UUID.randomUUID(), "0812-not-a-number")));
        assertEquals(0, wire.getAllServeEvents().size());
    }

    @Test
    void configuredMeansAvailable() {
        assertEquals(Optional.empty(), channel.unavailableReason());
    }

    @Test
    void noServiceAtTheAddressIsRetried() {
        WhatsAppChannel nowhere = new WhatsAppChannel(new Settings("http://127.0.0.1:9/v23.0", Optional.of(PHONE_NUMBER_ID),
                Optional.of(TOKEN), Optional.empty(), Optional.empty(), Duration.ofSeconds(2)), new ObjectMapper(),
                Clock.systemUTC());

        assertInstanceOf(SendOutcome.Retry.class, nowhere.send(message(UUID.randomUUID(), "6281234567890")));
    }

    private LoggedRequest onlyRequest() {
        List<LoggedRequest> requests = wire.findAll(com.github.tomakehurst.wiremock.client.WireMock
                .postRequestedFor(urlEqualTo(MESSAGES)));
        assertEquals(1, requests.size());
        return requests.get(0);
    }

    static OutgoingMessage message(UUID delivery, String to) {
        return new OutgoingMessage(delivery, "notice.created", to, "pilar_kunjungan_baru",
                List.of("KL-2026-000045", "Senin, 7 Desember 2026, 09.00–11.00 WITA", "https://pilar.bimakota.go.id/j/abc"),
                null, null, null, null);
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder error(int status, int code,
            String message, String details) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"" + message + "\",\"type\":\"OAuthException\",\"code\":" + code
                        + ",\"error_data\":{\"messaging_product\":\"whatsapp\",\"details\":\"" + details + "\"},"
                        + "\"fbtrace_id\":\"A1b2C3\"}}");
    }
}

package id.go.bimakota.pilar.delivery.whatsapp;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Meta's webhook through the real HTTP API, with the payloads Meta documents: the verification
 * handshake, and status reports believed only with the app secret's signature (PILAR_WHATSAPP_APP_SECRET
 * is "test-app-secret" in tests). What the statuses do to real deliveries is tested where deliveries
 * are really sent over WhatsApp: DeliveryEmailTest (one service start for every channel).
 */
@QuarkusTest
class MetaWebhookTest {

    static final String PATH = "/api/v1/webhooks/whatsapp";
    static final String APP_SECRET = "test-app-secret";
    static final String WAMID = "wamid.HBgNNjI4MTIzNDU2Nzg5MBUCABEYEjQ2QkI1QjA3NkU0M0YxQjQ0MQA=";

    @Inject
    WhatsAppChannel channel;

    @Test
    void theHandshakeEchoesTheChallenge() {
        given().queryParam("hub.mode", "subscribe").queryParam("hub.verify_token", "test-verify-token")
                .queryParam("hub.challenge", "1158201444").get(PATH)
                .then().statusCode(200).contentType(startsWith("text/plain")).body(equalTo("1158201444"));
    }

    @Test
    void theHandshakeWithAnotherTokenIsRefused() {
        given().queryParam("hub.mode", "subscribe").queryParam("hub.verify_token", "guessed")
                .queryParam("hub.challenge", "1158201444").get(PATH)
                .then().statusCode(403).contentType(startsWith("application/problem+json"));
        given().queryParam("hub.mode", "unsubscribe").queryParam("hub.verify_token", "test-verify-token")
                .queryParam("hub.challenge", "1158201444").get(PATH).then().statusCode(403);
    }

    @Test
    void aChallengeWithMarkupIsNotEchoed() {
        given().queryParam("hub.mode", "subscribe").queryParam("hub.verify_token", "test-verify-token")
                .queryParam("hub.challenge", "<script>alert(1)</script>").header("Accept-Language", "id").get(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("hub.challenge"))
                .body("errors[0].message", startsWith("harus token polos"));
    }

    @Test
    void aSignedStatusOfAMessageWeDidNotSendIsAcceptedAndIgnored() {
        signed(statuses("{\"id\":\"wamid.unknown\",\"status\":\"delivered\",\"timestamp\":\"1796518800\"}"))
                .post(PATH).then().statusCode(200);
    }

    @Test
    void anUnsignedStatusChangesNothing() {
        String body = statuses("{\"id\":\"" + WAMID + "\",\"status\":\"read\",\"timestamp\":\"1796518900\"}");

        given().contentType("application/json").body(body).post(PATH).then().statusCode(401)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void aWronglySignedStatusChangesNothing() {
        String body = statuses("{\"id\":\"" + WAMID + "\",\"status\":\"read\",\"timestamp\":\"1796518900\"}");
        String otherKey = "sha256=" + HexFormat.of().formatHex(MetaSignature.sign("another-secret",
                body.getBytes(StandardCharsets.UTF_8)));
        String otherBody = "sha256=" + HexFormat.of().formatHex(MetaSignature.sign(APP_SECRET,
                (body + " ").getBytes(StandardCharsets.UTF_8)));

        for (String signature : List.of(otherKey, otherBody, "sha256=", "sha256=zz", "sha1=abc")) {
            given().contentType("application/json").header("X-Hub-Signature-256", signature).body(body).post(PATH)
                    .then().statusCode(401);
        }
    }

    @Test
    void aButtonReplyIsReadAndLeftForNow() throws Exception {
        String body = "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"102290129340398\",\"changes\":[{"
                + "\"value\":{\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_phone_number\":\"6281100000000\","
                + "\"phone_number_id\":\"106540352242922\"},\"contacts\":[{\"profile\":{\"name\":\"Kasi Kesos\"},"
                + "\"wa_id\":\"6281234567890\"}],\"messages\":[{\"context\":{\"from\":\"6281100000000\",\"id\":\"" + WAMID
                + "\"},\"from\":\"6281234567890\",\"id\":\"wamid.reply\",\"timestamp\":\"1796519000\",\"type\":\"button\","
                + "\"button\":{\"payload\":\"ACK:0193a1b2-7c4e-7f0a-9e21-5d8c3b7a1f60\",\"text\":\"Terima\"}}]},"
                + "\"field\":\"messages\"}]}]}";

        signed(body).post(PATH).then().statusCode(200);

        MetaNotification read = MetaNotification.read(new ObjectMapper().readTree(body));
        assertEquals(1, read.messages().size());
        assertEquals(Optional.of("ACK:0193a1b2-7c4e-7f0a-9e21-5d8c3b7a1f60"), read.messages().get(0).buttonPayload());
        assertEquals(Optional.of(WAMID), read.messages().get(0).contextMessageId());
    }

    @Test
    void signedButNotJsonIsABadRequest() {
        signed("[1,2]").post(PATH).then().statusCode(400);
    }

    @Test
    void anUnconfiguredChannelSaysWhatIsMissing() {
        assertEquals(Optional.of("WhatsApp is not configured: PILAR_WHATSAPP_PHONE_NUMBER_ID and "
                + "PILAR_WHATSAPP_ACCESS_TOKEN are not set"), channel.unavailableReason());
    }

    static io.restassured.specification.RequestSpecification signed(String body) {
        String signature = "sha256=" + HexFormat.of().formatHex(MetaSignature.sign(APP_SECRET,
                body.getBytes(StandardCharsets.UTF_8)));
        return given().contentType("application/json").header("X-Hub-Signature-256", signature).body(body);
    }

    static String statuses(String statuses) {
        return "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"102290129340398\",\"changes\":[{"
                + "\"value\":{\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_phone_number\":\"6281100000000\","
                + "\"phone_number_id\":\"106540352242922\"},\"statuses\":[" + statuses + "]},\"field\":\"messages\"}]}]}";
    }
}

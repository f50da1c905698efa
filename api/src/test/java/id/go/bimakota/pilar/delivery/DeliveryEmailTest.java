package id.go.bimakota.pilar.delivery;

import static id.go.bimakota.pilar.support.Accounts.as;
import static id.go.bimakota.pilar.support.Accounts.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.standardwebhooks.Webhook;
import id.go.bimakota.pilar.delivery.webhook.Receiver;
import id.go.bimakota.pilar.support.Accounts;
import id.go.bimakota.pilar.support.Cases;
import id.go.bimakota.pilar.support.Pillars;
import id.go.bimakota.pilar.support.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Notices reach people over every channel, against real protocol peers in the test: email against
 * GreenMail (a real SMTP server), WhatsApp against WireMock answering as the Cloud API, and signed
 * webhooks received by a real HTTP server and verified with the Standard Webhooks reference library.
 * The Done-when scenario of issue 20 end to end, Meta's signed statuses on real deliveries, providers
 * that are down and then recover, "not on WhatsApp", reminders and the escalation with the clock moved,
 * the lead told of an acknowledgement, and a scan of every message, WhatsApp request and webhook body
 * for a PPKS's name, NIK or case text. One profile for all channels: one service start.
 */
@QuarkusTest
@TestProfile(DeliveryEmailTest.Smtp.class)
class DeliveryEmailTest {

    static final int SMTP_PORT = 3125;
    static final int WHATSAPP_PORT = 3127;
    static final String PHONE_NUMBER_ID = "106540352242922";
    static final String WA_TOKEN = "EAAJB-e2e-token";
    static final String MESSAGES = "/v23.0/" + PHONE_NUMBER_ID + "/messages";
    static final String APP_SECRET = "test-app-secret";
    static final String KOLO = "52.72.03.1004";
    static final String NIK = "5272034107480002";
    static final String PPKS_NAME = "Siti Hajar";
    static final String CASE_TEXT = "Lansia tinggal sendiri.";
    static final String NOTICE_TEXT = "Asesmen lansia di rumah";

    public static class Smtp implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.ofEntries(Map.entry("pilar.smtp.host", "127.0.0.1"),
                    Map.entry("pilar.smtp.port", Integer.toString(SMTP_PORT)), Map.entry("pilar.smtp.tls", "NONE"),
                    Map.entry("pilar.smtp.from", "Dinas Sosial Kota Bima <pilar@bimakota.go.id>"),
                    Map.entry("pilar.smtp.timeout", "3s"),
                    Map.entry("pilar.whatsapp.api-url", "http://127.0.0.1:" + WHATSAPP_PORT + "/v23.0"),
                    Map.entry("pilar.whatsapp.phone-number-id", PHONE_NUMBER_ID),
                    Map.entry("pilar.whatsapp.access-token", WA_TOKEN), Map.entry("pilar.whatsapp.timeout", "3s"),
                    Map.entry("pilar.webhook.allow-private-networks", "true"));
        }
    }

    static GreenMail smtp;
    static WireMockServer whatsapp;
    static Receiver integrator;
    private static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> EVERY_MESSAGE = new ArrayList<>();

    @Inject
    TestClock clock;
    @Inject
    DeliveryDispatcher dispatcher;
    @Inject
    DeliveryJobs jobs;

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        whatsapp = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").port(WHATSAPP_PORT));
        whatsapp.start();
        try {
            integrator = new Receiver();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
        whatsapp.stop();
        integrator.close();
    }

    @BeforeEach
    void fresh() throws Exception {
        if (!smtp.isRunning()) {
            smtp.start();
        }
        smtp.purgeEmailFromAllMailboxes();
        whatsapp.resetAll();
        whatsapp.stubFor(WireMock.post(WireMock.urlEqualTo(MESSAGES)).atPriority(10)
                .withHeader("Authorization", WireMock.equalTo("Bearer " + WA_TOKEN)).willReturn(accepted()));
        integrator.answer(204, Map.of(), Duration.ZERO);
    }

    @AfterEach
    void realTimeAndScan() {
        clock.reset();
        noMessageCarriesPersonalData();
    }

    @Test
    void theLurahAndTheirRtGetTheNoticeByEmailWithAPersonalLinkAndOtherRtsGetNothing() {
        Map<String, String> kolo = koloContacts("rt3");
        Pillars.Member psm = Pillars.psm(KOLO);
        String caseId = asAdmin().body(Cases.newCase(KOLO, "LANSIA_TELANTAR", NIK)).post("/api/v1/cases").then()
                .statusCode(201).extract().path("id");
        Map<String, Object> body = notice(Instant.now().plus(3, ChronoUnit.DAYS), "HOME_VISIT");
        body.put("caseIds", List.of(caseId));
        JsonPath created = as(psm.token()).body(body).post("/api/v1/notices").then().statusCode(201).extract().jsonPath();
        String number = created.getString("number");
        String id = created.getString("id");

        MimeMessage lurah = awaitMail("lurah.rt3@example.id", Duration.ofSeconds(10));
        String text = textOf(lurah);
        assertTrue(subjectOf(lurah).startsWith(number), subjectOf(lurah));
        assertTrue(text.contains(number));
        assertTrue(Pattern.compile("https://pilar\\.bimakota\\.go\\.id/j/[A-Za-z0-9_-]{43}").matcher(text).find(), text);
        assertTrue(text.contains("Kolo, RT 003/RW 002"), text);
        assertTrue(text.contains("WITA"), text);
        assertTrue(text.contains("1 Lanjut Usia"), "linked cases as counts per category: " + text);
        awaitMail("ketua.rt3.rt3@example.id", Duration.ofSeconds(10));
        assertEquals(0, mailsTo("ketua.rt4.rt3@example.id").size(), "the Ketua RT of another RT gets nothing");

        List<Map<String, Object>> deliveries = asAdmin().get("/api/v1/notices/" + id + "/deliveries").then()
                .statusCode(200).extract().jsonPath().getList("$");
        Map<String, Object> toLurah = deliveries.stream().filter(d -> kolo.get("lurah").equals(d.get("recipientId")))
                .findFirst().orElseThrow();
        assertEquals("SENT", toLurah.get("state"));
        assertEquals("EMAIL", toLurah.get("channel"));
        assertEquals("LURAH", toLurah.get("recipientPosition"));
        assertEquals("*".repeat("lurah.rt3@example.id".length() - 4) + "e.id", toLurah.get("address"));
        assertFalse(deliveries.stream().anyMatch(d -> kolo.get("rt4").equals(d.get("recipientId"))));
        as(psm.token()).get("/api/v1/notices/" + id + "/deliveries").then().statusCode(200);
        as(Pillars.psm(KOLO).token()).get("/api/v1/notices/" + id + "/deliveries").then().statusCode(403);
        as(Accounts.tokenOf("KELURAHAN")).get("/api/v1/notices/" + id + "/deliveries").then().statusCode(403);

        String day = java.time.LocalDate.ofInstant(Instant.parse(created.getString("plannedStart")),
                java.time.ZoneId.of("Asia/Makassar")).toString();
        JsonPath report = asAdmin().queryParam("from", day).queryParam("to", day).queryParam("groupBy", "kelurahan")
                .get("/api/v1/reports/coordination").then().statusCode(200).extract().jsonPath();
        String row = "rows.find { it.group == '" + KOLO + "' }";
        assertTrue(report.getDouble(row + ".kelurahanReachedBeforeStartPercent") > 0, report.prettify());
        assertTrue(report.getDouble(row + ".medianMinutesToDelivery") < 1, report.prettify());
        assertEquals(0, report.getInt(row + ".failedDeliveries"));
    }

    @Test
    void smtpDownTheNoticeIsStill201AtOnceAndTheEmailGoesAfterTheServerRecovers() {
        koloContacts("down");
        Pillars.Member psm = Pillars.psm(KOLO);
        smtp.stop();
        long started = System.nanoTime();
        String id = as(psm.token()).body(notice(Instant.now().plus(3, ChronoUnit.DAYS), "VERIFICATION"))
                .post("/api/v1/notices").then().statusCode(201).extract().path("id");
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis < 2000, "the notice waited " + millis + " ms for the mail server");
        Map<String, Object> failing = await(() -> lurahDelivery(id), d -> ((Integer) d.get("attempts")) >= 1
                && "QUEUED".equals(d.get("state")), Duration.ofSeconds(15));
        assertTrue(String.valueOf(failing.get("lastError")).startsWith("SMTP"), String.valueOf(failing));

        smtp.start();
        clock.advance(Duration.ofSeconds(10)); // past the second attempt's 5 s (and its jitter)
        dispatcher.drain();
        Map<String, Object> sent = await(() -> lurahDelivery(id), d -> "SENT".equals(d.get("state")), Duration.ofSeconds(10));
        assertEquals(2, sent.get("attempts"));
        awaitMail("lurah.down@example.id", Duration.ofSeconds(5));
    }

    @Test
    void aReminderAndAnEscalationFireOnTimeWithTheClockMoved() throws Exception {
        koloContacts("remind");
        String adminId = asAdmin().get("/api/v1/me").then().extract().path("id");
        String etag = asAdmin().get("/api/v1/me").then().extract().header("ETag");
        asAdmin().header("If-Match", etag).body(Map.of("email", "dinas@example.id", "notifyBy", List.of("EMAIL")))
                .patch("/api/v1/me").then().statusCode(200).body("email", equalTo("dinas@example.id"))
                .body("notifyBy", equalTo(List.of("EMAIL"))).body("id", equalTo(adminId));
        Pillars.Member psm = Pillars.psm(KOLO);
        Instant start = Instant.now().plus(30, ChronoUnit.HOURS);
        String number = as(psm.token()).body(notice(start, "ASSESSMENT")).post("/api/v1/notices").then()
                .statusCode(201).extract().path("number");
        awaitMail("lurah.remind@example.id", Duration.ofSeconds(10));
        smtp.purgeEmailFromAllMailboxes();

        jobs.runDue();
        assertEquals(0, mailsTo("lurah.remind@example.id").size(), "no reminder 30 h before");
        clock.advance(Duration.ofHours(7)); // 23 h before the start
        jobs.runDue();
        MimeMessage reminder = awaitMail("lurah.remind@example.id", Duration.ofSeconds(10));
        assertTrue(subjectOf(reminder).startsWith(number + " – Pengingat"), subjectOf(reminder));
        jobs.runDue();
        dispatcher.drain();
        assertEquals(1, mailsTo("lurah.remind@example.id").size(), "a reminder goes once");
        assertEquals(0, mailsTo("dinas@example.id").size(), "no escalation 23 h before");

        clock.advance(Duration.ofHours(12)); // 11 h before the start, still unanswered
        jobs.runDue();
        MimeMessage escalation = awaitMail("dinas@example.id", Duration.ofSeconds(10));
        assertTrue(subjectOf(escalation).startsWith(number + " – Eskalasi"), subjectOf(escalation));
        asAdmin().header("If-Match", asAdmin().get("/api/v1/me").then().extract().header("ETag"))
                .body(Map.of("notifyBy", List.of())).patch("/api/v1/me").then().statusCode(200)
                .body("notifyBy", equalTo(List.of()));
    }

    @Test
    void acknowledgingTellsTheLeadAndFailedOrSuppressedDeliveriesAreInTheWorklist() {
        Map<String, String> kolo = koloContacts("ack");
        Pillars.Member psm = Pillars.psm(KOLO);
        String etag = as(psm.token()).get("/api/v1/me").then().extract().header("ETag");
        as(psm.token()).header("If-Match", etag).body(Map.of("email", "psm.ack@example.id", "notifyBy", List.of("EMAIL")))
                .patch("/api/v1/me").then().statusCode(200);
        String id = as(psm.token()).body(notice(Instant.now().plus(3, ChronoUnit.DAYS), "HOME_VISIT"))
                .post("/api/v1/notices").then().statusCode(201).extract().path("id");
        as(Accounts.tokenOf("KELURAHAN")).body(Map.of("acknowledgedBy", "Hj. Nurlaila, Kasi Kesos Kolo"))
                .post("/api/v1/notices/" + id + "/acknowledge").then().statusCode(200);
        MimeMessage toLead;
        try {
            toLead = awaitMail("psm.ack@example.id", Duration.ofSeconds(20));
        } catch (AssertionError e) {
            throw new AssertionError(asAdmin().get("/api/v1/notices/" + id + "/deliveries").asString(), e);
        }
        assertTrue(textOf(toLead).contains("diterima oleh Hj. Nurlaila, Kasi Kesos Kolo"));

        // The Kasi Kesos chose email but has no address: SUPPRESSED, visible, and sent again on request.
        Map<String, Object> suppressed = await(() -> deliveryOf(id, kolo.get("kesos")), d -> d != null, Duration.ofSeconds(5));
        assertEquals("SUPPRESSED", suppressed.get("state"));
        assertEquals("no email address", suppressed.get("lastError"));
        List<String> worklist = asAdmin().queryParam("status", "SUPPRESSED").queryParam("kelurahan", KOLO)
                .get("/api/v1/deliveries").then().statusCode(200).extract().jsonPath().getList("items.id");
        assertTrue(worklist.contains(suppressed.get("id")));
        asAdmin().queryParam("status", "LOST").get("/api/v1/deliveries").then().statusCode(400);
        String sentId = (String) await(() -> lurahDelivery(id), d -> "SENT".equals(d.get("state")), Duration.ofSeconds(10))
                .get("id");
        asAdmin().post("/api/v1/deliveries/" + sentId + "/retry").then().statusCode(409);
        asAdmin().post("/api/v1/deliveries/" + suppressed.get("id") + "/retry").then().statusCode(200)
                .body("attempts", equalTo(0));
    }

    @Test
    void aChangeOfPlaceIsSentAndTheMorningDigestListsTheDaysVisitsOnce() throws Exception {
        koloContacts("day");
        Pillars.Member psm = Pillars.psm(KOLO);
        JsonPath created = as(psm.token()).body(notice(Instant.now().plus(3, ChronoUnit.DAYS), "SOCIALIZATION"))
                .post("/api/v1/notices").then().statusCode(201).extract().jsonPath();
        String id = created.getString("id");
        String number = created.getString("number");
        awaitMail("lurah.day@example.id", Duration.ofSeconds(10));
        awaitMail("ketua.rt3.day@example.id", Duration.ofSeconds(10)); // before the purge, or it lands after it
        smtp.purgeEmailFromAllMailboxes();
        String etag = as(psm.token()).get("/api/v1/notices/" + id).then().extract().header("ETag");
        as(psm.token()).header("If-Match", etag).body(Map.of("location", "Kantor Lurah Kolo"))
                .patch("/api/v1/notices/" + id).then().statusCode(200);
        MimeMessage moved = awaitMail("lurah.day@example.id", Duration.ofSeconds(10));
        assertTrue(subjectOf(moved).startsWith(number + " – Tempat kunjungan diubah"), subjectOf(moved));
        assertTrue(textOf(moved).contains("Kantor Lurah Kolo"));
        awaitMail("ketua.rt3.day@example.id", Duration.ofSeconds(10));
        smtp.purgeEmailFromAllMailboxes();

        java.time.ZoneId wita = java.time.ZoneId.of("Asia/Makassar");
        Instant sevenOFive = java.time.LocalDate.ofInstant(Instant.parse(created.getString("plannedStart")), wita)
                .atTime(7, 5).atZone(wita).toInstant();
        clock.advance(Duration.between(Instant.now(), sevenOFive));
        jobs.runDue();
        jobs.runDue();
        // The jump also passes the reminder's moment (24 h before the start) and, depending on the hour
        // the test runs, the escalation's: those mails come too, so the digest is picked by its subject.
        MimeMessage digest = await(() -> digestsTo("lurah.day@example.id"), m -> !m.isEmpty(), Duration.ofSeconds(10)).get(0);
        assertTrue(textOf(digest).contains(number), textOf(digest));
        dispatcher.drain();
        assertEquals(1, digestsTo("lurah.day@example.id").size(), "one digest per kelurahan and day");
        assertEquals(0, digestsTo("ketua.rt3.day@example.id").size(), "the digest goes to the kelurahan office");
    }

    @Test
    void doneWhenANoticeForKoloRt3ReachesTheLurahByEmailTheKasiKesosAndTheirRtByWhatsAppAndTheIntegratorSigned()
            throws Exception {
        Map<String, String> kolo = koloWhatsApp("e2e");
        Map<String, Object> endpoint = registerEndpoint();
        String secret = (String) endpoint.get("secret");
        try {
            Pillars.Member psm = Pillars.psm(KOLO);
            JsonPath created = as(psm.token()).body(notice(Instant.now().plus(3, ChronoUnit.DAYS), "HOME_VISIT"))
                    .post("/api/v1/notices").then().statusCode(201).extract().jsonPath();
            String number = created.getString("number");
            String id = created.getString("id");
            Pattern link = Pattern.compile("https://pilar\\.bimakota\\.go\\.id/j/[A-Za-z0-9_-]{43}");

            String lurahMail = textOf(awaitMail("lurah.e2e@example.id", Duration.ofSeconds(10)));
            assertTrue(lurahMail.contains(number) && link.matcher(lurahMail).find(), lurahMail);
            for (String who : List.of("kesos", "rt3")) {
                JsonNode sent = awaitWhatsApp(kolo.get(who + "Phone"), Duration.ofSeconds(10));
                assertEquals("template", sent.path("type").asText());
                assertEquals("pilar_kunjungan_baru", sent.path("template").path("name").asText());
                assertEquals("id", sent.path("template").path("language").path("code").asText());
                List<String> parameters = parameters(sent);
                assertEquals(MessageTemplate.NOTICE_CREATED.fields().size(), parameters.size(), sent.toString());
                assertEquals(number, parameters.get(0));
                assertTrue(link.matcher(parameters.get(parameters.size() - 1)).matches(), parameters.toString());
                assertTrue(!sent.path("biz_opaque_callback_data").asText().isBlank(), sent.toString());
            }
            Receiver.Received hook = await(() -> integrator.received().stream()
                    .filter(r -> r.body().contains("\"" + number + "\"")).findFirst().orElse(null), r -> true,
                    Duration.ofSeconds(10));
            new Webhook(secret).verify(hook.body(), hook.headers());
            JsonNode event = JSON.readTree(hook.body());
            assertEquals("notice.created", event.path("type").asText());
            assertEquals(id, event.path("data").path("id").asText());
            assertEquals(KOLO, event.path("data").path("kelurahanCode").asText());

            List<Map<String, Object>> deliveries = await(() -> deliveriesOf(id), all -> all.stream()
                    .filter(d -> List.of(kolo.get("lurah"), kolo.get("kesos"), kolo.get("rt3"), endpoint.get("id"))
                            .contains(d.get("recipientId")))
                    .filter(d -> "SENT".equals(d.get("state"))).count() == 4, Duration.ofSeconds(10));
            assertFalse(deliveries.stream().anyMatch(d -> kolo.get("rt4").equals(d.get("recipientId"))));
            assertTrue(whatsAppTo(kolo.get("rt4Phone")).isEmpty(), "the Ketua RT of another RT gets nothing");
            assertEquals("WEBHOOK", deliveryOf(id, (String) endpoint.get("id")).get("channel"));

            String kesos = (String) deliveryOf(id, kolo.get("kesos")).get("providerId");
            String rt3 = (String) deliveryOf(id, kolo.get("rt3")).get("providerId");
            assertTrue(kesos.startsWith("wamid."), kesos);

            // Meta's statuses: believed only when signed, never moving a delivery backwards.
            unsigned(status(kesos, "delivered", 1796518800L, "")).post(META).then().statusCode(401);
            wronglySigned(status(kesos, "delivered", 1796518800L, "")).post(META).then().statusCode(401);
            assertEquals("SENT", deliveryOf(id, kolo.get("kesos")).get("state"));
            signed(status(kesos, "delivered", 1796518800L, "")).post(META).then().statusCode(200);
            assertEquals("DELIVERED", deliveryOf(id, kolo.get("kesos")).get("state"));
            assertEquals(Instant.ofEpochSecond(1796518800L), Instant.parse((String) deliveryOf(id, kolo.get("kesos"))
                    .get("deliveredAt")));
            unsigned(status(kesos, "read", 1796518900L, "")).post(META).then().statusCode(401);
            assertEquals("DELIVERED", deliveryOf(id, kolo.get("kesos")).get("state"));
            signed(status(kesos, "read", 1796518900L, "")).post(META).then().statusCode(200);
            signed(status(kesos, "delivered", 1796518800L, "")).post(META).then().statusCode(200); // late, out of order
            signed(status(kesos, "sent", 1796518700L, "")).post(META).then().statusCode(200);
            signed(status(kesos, "read", 1796518900L, "")).post(META).then().statusCode(200); // twice
            signed(status(kesos, "failed", 1796519000L, FAILED_131026)).post(META).then().statusCode(200);
            Map<String, Object> read = deliveryOf(id, kolo.get("kesos"));
            assertEquals("READ", read.get("state"), read.toString());
            assertEquals(Instant.ofEpochSecond(1796518900L), Instant.parse((String) read.get("readAt")));
            assertNull(read.get("lastError"));

            signed(status(rt3, "failed", 1796519000L, FAILED_131026)).post(META).then().statusCode(200);
            Map<String, Object> failed = deliveryOf(id, kolo.get("rt3"));
            assertEquals("FAILED", failed.get("state"));
            assertEquals("131026 Message undeliverable (Message Undeliverable.)", failed.get("lastError"));
            signed(status(rt3, "delivered", 1796519100L, "")).post(META).then().statusCode(200);
            assertEquals("FAILED", deliveryOf(id, kolo.get("rt3")).get("state"));
            List<String> worklist = asAdmin().queryParam("status", "FAILED").queryParam("kelurahan", KOLO)
                    .get("/api/v1/deliveries").then().statusCode(200).extract().jsonPath().getList("items.id");
            assertTrue(worklist.contains(failed.get("id")));
        } finally {
            deleteEndpoint(endpoint);
        }
    }

    @Test
    void notOnWhatsAppIsFailedAtOnceAndInTheWorklist() {
        Map<String, String> kolo = koloWhatsApp("absent");
        whatsapp.stubFor(WireMock.post(WireMock.urlEqualTo(MESSAGES)).atPriority(1)
                .withRequestBody(WireMock.matchingJsonPath("$.to", WireMock.equalTo(kolo.get("kesosPhone"))))
                .willReturn(cloudApiError(400, 131026, "(#131026) Message Undeliverable.", "Message Undeliverable.")));
        String id = as(Pillars.psm(KOLO).token()).body(notice(Instant.now().plus(3, ChronoUnit.DAYS), "VERIFICATION"))
                .post("/api/v1/notices").then().statusCode(201).extract().path("id");

        Map<String, Object> failed = await(() -> deliveryOf(id, kolo.get("kesos")),
                d -> "FAILED".equals(d.get("state")), Duration.ofSeconds(10));
        assertEquals(1, failed.get("attempts"), "a permanent error is not retried");
        assertTrue(String.valueOf(failed.get("lastError")).contains("131026"), failed.toString());
        await(() -> deliveryOf(id, kolo.get("rt3")), d -> "SENT".equals(d.get("state")), Duration.ofSeconds(10));
        List<String> worklist = asAdmin().queryParam("status", "FAILED").queryParam("kelurahan", KOLO)
                .get("/api/v1/deliveries").then().statusCode(200).extract().jsonPath().getList("items.id");
        assertTrue(worklist.contains(failed.get("id")), worklist.toString());
        assertEquals(1, whatsAppTo(kolo.get("kesosPhone")).size());
    }

    @Test
    void whatsAppBusyThenDownIsRetriedAndSentAfterItRecovers() {
        Map<String, String> kolo = koloWhatsApp("busy");
        var busy = whatsapp.stubFor(WireMock.post(WireMock.urlEqualTo(MESSAGES)).atPriority(1)
                .withRequestBody(WireMock.matchingJsonPath("$.to", WireMock.equalTo(kolo.get("kesosPhone"))))
                .willReturn(cloudApiError(429, 130429, "(#130429) Rate limit hit", "Cloud API message throughput "
                        + "has been reached.").withHeader("Retry-After", "60")));
        String id = as(Pillars.psm(KOLO).token()).body(notice(Instant.now().plus(3, ChronoUnit.DAYS), "ASSESSMENT"))
                .post("/api/v1/notices").then().statusCode(201).extract().path("id");
        Map<String, Object> first = await(() -> deliveryOf(id, kolo.get("kesos")),
                d -> (Integer) d.get("attempts") >= 1 && "QUEUED".equals(d.get("state")), Duration.ofSeconds(10));
        assertTrue(Duration.between(Instant.now(), Instant.parse((String) first.get("nextAttemptAt")))
                .compareTo(Duration.ofSeconds(50)) > 0, "Retry-After honoured: " + first);

        whatsapp.removeStub(busy);
        var down = whatsapp.stubFor(WireMock.post(WireMock.urlEqualTo(MESSAGES)).atPriority(1)
                .withRequestBody(WireMock.matchingJsonPath("$.to", WireMock.equalTo(kolo.get("kesosPhone"))))
                .willReturn(WireMock.aResponse().withStatus(503).withBody("<html>Service Unavailable</html>")));
        clock.advance(Duration.ofSeconds(70));
        dispatcher.drain();
        Map<String, Object> second = await(() -> deliveryOf(id, kolo.get("kesos")),
                d -> (Integer) d.get("attempts") >= 2 && "QUEUED".equals(d.get("state")), Duration.ofSeconds(10));
        assertTrue(String.valueOf(second.get("lastError")).contains("503"), second.toString());

        whatsapp.removeStub(down);
        clock.advance(Duration.ofMinutes(7)); // past the third attempt's 5 min (and its jitter)
        dispatcher.drain();
        Map<String, Object> sent = await(() -> deliveryOf(id, kolo.get("kesos")), d -> "SENT".equals(d.get("state")),
                Duration.ofSeconds(10));
        assertEquals(3, sent.get("attempts"));
        assertEquals(3, whatsAppTo(kolo.get("kesosPhone")).size());
    }

    @Test
    void acknowledgingSendsTheLeadAWhatsAppMessage() {
        koloWhatsApp("lead");
        Pillars.Member psm = Pillars.psm(KOLO);
        String id = as(psm.token()).body(notice(Instant.now().plus(3, ChronoUnit.DAYS), "HOME_VISIT"))
                .post("/api/v1/notices").then().statusCode(201).extract().path("id");
        String number = asAdmin().get("/api/v1/notices/" + id).then().extract().path("number");
        as(Accounts.tokenOf("KELURAHAN")).body(Map.of("acknowledgedBy", "Hj. Nurlaila, Kasi Kesos Kolo"))
                .post("/api/v1/notices/" + id + "/acknowledge").then().statusCode(200);

        JsonNode toLead = awaitWhatsApp(psm.phone().substring(1), Duration.ofSeconds(10));
        assertEquals("pilar_kunjungan_diterima", toLead.path("template").path("name").asText());
        List<String> parameters = parameters(toLead);
        assertEquals(number, parameters.get(0));
        assertEquals("Hj. Nurlaila, Kasi Kesos Kolo", parameters.get(3));
        Map<String, Object> delivery = await(() -> deliveryOf(id, psm.pillarId()), d -> "SENT".equals(d.get("state")),
                Duration.ofSeconds(10));
        assertEquals("WHATSAPP", delivery.get("channel"));
        assertEquals("notice.acknowledged", delivery.get("eventType"));
    }

    // ---------------------------------------------------------------------------------------------

    /** No message the tests produced (every stored delivery, email, WhatsApp request and webhook body) names a PPKS or carries case text. */
    private void noMessageCarriesPersonalData() {
        List<String> texts = QuarkusTransaction.requiringNew().call(() -> Delivery.<Delivery>listAll().stream()
                .map(d -> String.join("\n", String.valueOf(d.subject), String.valueOf(d.bodyText),
                        String.valueOf(d.bodyHtml), String.valueOf(d.parameters), String.valueOf(d.bodyJson)))
                .toList());
        EVERY_MESSAGE.addAll(texts);
        for (MimeMessage m : smtp.getReceivedMessages()) {
            EVERY_MESSAGE.add(subjectOf(m) + "\n" + textOf(m));
        }
        EVERY_MESSAGE.addAll(whatsAppBodies());
        integrator.received().forEach(r -> EVERY_MESSAGE.add(r.body()));
        assertFalse(EVERY_MESSAGE.isEmpty());
        for (String message : EVERY_MESSAGE) {
            assertFalse(message.contains(PPKS_NAME), message);
            assertFalse(message.contains(CASE_TEXT), message);
            assertFalse(message.contains(NOTICE_TEXT), message);
            assertFalse(Pattern.compile("\\d{16}").matcher(message).find(), "a NIK-like number in " + message);
        }
    }

    /** Lurah by email; Kasi Kesos, Ketua RT 003/RW 002 and Ketua RT 004 by WhatsApp (their numbers as WhatsApp wants them). */
    private Map<String, String> koloWhatsApp(String tag) {
        Map<String, String> ids = new HashMap<>();
        ids.put("lurah", contact(Map.of("name", "Lurah " + tag, "position", "LURAH", "phone", phone(),
                "email", "lurah." + tag + "@example.id", "notifyBy", List.of("EMAIL"))));
        for (String[] who : new String[][] {{"kesos", "KASI_KESOS", ""}, {"rt3", "KETUA_RT", "3"}, {"rt4", "KETUA_RT", "4"}}) {
            String phone = phone();
            Map<String, Object> body = new HashMap<>(Map.of("name", who[0] + " " + tag, "position", who[1],
                    "phone", phone, "notifyBy", List.of("WHATSAPP")));
            if (!who[2].isEmpty()) {
                body.put("rw", "2");
                body.put("rt", who[2]);
            }
            ids.put(who[0], contact(body));
            ids.put(who[0] + "Phone", "62" + phone.substring(1));
        }
        return ids;
    }

    private static Map<String, Object> registerEndpoint() {
        return asAdmin().body(Map.of("url", integrator.url(), "events", List.of("notice.created"),
                "description", "e-office Kota Bima (test)")).post("/api/v1/webhook-endpoints").then().statusCode(201)
                .extract().jsonPath().getMap("$");
    }

    private static void deleteEndpoint(Map<String, Object> endpoint) {
        String path = "/api/v1/webhook-endpoints/" + endpoint.get("id");
        asAdmin().header("If-Match", asAdmin().get(path).then().extract().header("ETag")).delete(path)
                .then().statusCode(204);
    }

    /** The Cloud API's answer to an accepted template message, with a fresh message id. */
    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder accepted() {
        return WireMock.okJson("{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"{{jsonPath request.body '$.to'}}\","
                + "\"wa_id\":\"{{jsonPath request.body '$.to'}}\"}],\"messages\":[{\"id\":\"wamid.{{randomValue length=32 "
                + "type='ALPHANUMERIC'}}\",\"message_status\":\"accepted\"}]}").withTransformers("response-template");
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder cloudApiError(int status, int code,
            String message, String details) {
        return WireMock.aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"" + message + "\",\"type\":\"OAuthException\",\"code\":" + code
                        + ",\"error_data\":{\"messaging_product\":\"whatsapp\",\"details\":\"" + details + "\"},"
                        + "\"fbtrace_id\":\"A1b2C3\"}}");
    }

    /** Every message request WireMock received for that number, oldest first. */
    private static List<JsonNode> whatsAppTo(String number) {
        List<JsonNode> found = new ArrayList<>();
        for (String body : whatsAppBodies()) {
            try {
                JsonNode node = JSON.readTree(body);
                if (number.equals(node.path("to").asText())) {
                    found.add(node);
                }
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }

    private static List<String> whatsAppBodies() {
        List<String> bodies = new ArrayList<>(whatsapp.findAll(WireMock.postRequestedFor(WireMock.urlEqualTo(MESSAGES)))
                .stream().map(r -> r.getBodyAsString()).toList());
        return bodies;
    }

    private static JsonNode awaitWhatsApp(String number, Duration within) {
        return await(() -> whatsAppTo(number), m -> !m.isEmpty(), within).get(0);
    }

    private static List<String> parameters(JsonNode message) {
        List<String> texts = new ArrayList<>();
        message.path("template").path("components").path(0).path("parameters")
                .forEach(p -> texts.add(p.path("text").asText()));
        return texts;
    }

    private List<Map<String, Object>> deliveriesOf(String noticeId) {
        return asAdmin().get("/api/v1/notices/" + noticeId + "/deliveries").then().statusCode(200).extract()
                .jsonPath().getList("$");
    }

    static final String META = "/api/v1/webhooks/whatsapp";
    static final String FAILED_131026 = ",\"errors\":[{\"code\":131026,\"title\":\"Message undeliverable\","
            + "\"message\":\"Message undeliverable\",\"error_data\":{\"details\":\"Message Undeliverable.\"}}]";

    /** One status notification as Meta posts it. */
    private static String status(String messageId, String status, long epochSecond, String more) {
        return "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"102290129340398\",\"changes\":[{"
                + "\"value\":{\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_phone_number\":\"6281100000000\","
                + "\"phone_number_id\":\"" + PHONE_NUMBER_ID + "\"},\"statuses\":[{\"id\":\"" + messageId + "\",\"status\":\""
                + status + "\",\"timestamp\":\"" + epochSecond + "\",\"recipient_id\":\"6281234567890\"" + more
                + "}]},\"field\":\"messages\"}]}]}";
    }

    private static io.restassured.specification.RequestSpecification signed(String body) {
        return withSignature(body, APP_SECRET);
    }

    private static io.restassured.specification.RequestSpecification wronglySigned(String body) {
        return withSignature(body, "another-secret");
    }

    private static io.restassured.specification.RequestSpecification withSignature(String body, String secret) {
        String signature;
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    "HmacSHA256"));
            signature = "sha256=" + java.util.HexFormat.of().formatHex(
                    mac.doFinal(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return io.restassured.RestAssured.given().contentType("application/json")
                .header("X-Hub-Signature-256", signature).body(body);
    }

    private static io.restassured.specification.RequestSpecification unsigned(String body) {
        return io.restassured.RestAssured.given().contentType("application/json").body(body);
    }

    /** Lurah and Ketua RT 003/RW 002 (and of RT 004) of Kolo by email, the Kasi Kesos choosing email without an address. */
    private Map<String, String> koloContacts(String tag) {
        Map<String, String> ids = new HashMap<>();
        ids.put("lurah", contact(Map.of("name", "Lurah " + tag, "position", "LURAH", "phone", phone(),
                "email", "lurah." + tag + "@example.id", "notifyBy", List.of("EMAIL"))));
        ids.put("kesos", contact(Map.of("name", "Kasi Kesos " + tag, "position", "KASI_KESOS", "phone", phone(),
                "notifyBy", List.of("EMAIL"))));
        ids.put("rt3", contact(Map.of("name", "Ketua RT 3 " + tag, "position", "KETUA_RT", "rw", "2", "rt", "3",
                "phone", phone(), "email", "ketua.rt3." + tag + "@example.id", "notifyBy", List.of("EMAIL"))));
        ids.put("rt4", contact(Map.of("name", "Ketua RT 4 " + tag, "position", "KETUA_RT", "rw", "2", "rt", "4",
                "phone", phone(), "email", "ketua.rt4." + tag + "@example.id", "notifyBy", List.of("EMAIL"))));
        return ids;
    }

    /** A new contact; the previous Ketua RT of the same RT (an earlier test's) steps down first. */
    private static String contact(Map<String, Object> body) {
        var response = asAdmin().body(body).post("/api/v1/areas/kelurahan/" + KOLO + "/contacts").then().extract();
        if (response.statusCode() == 409) {
            String existing = response.path("existingContactId");
            asAdmin().delete("/api/v1/contacts/" + existing).then().statusCode(204);
            return contact(body);
        }
        assertEquals(201, response.statusCode(), response.asString());
        return response.path("id");
    }

    private static String phone() {
        return "0812" + (10_000_000 + (int) (Math.random() * 89_999_999));
    }

    static Map<String, Object> notice(Instant start, String purpose) {
        return new HashMap<>(Map.of("kelurahanCode", KOLO, "rw", 2, "rt", 3, "location", "Balai RT 003",
                "plannedStart", start.toString(), "plannedEnd", start.plus(2, ChronoUnit.HOURS).toString(),
                "purpose", purpose, "description", NOTICE_TEXT, "requestsToKelurahan", "Mohon didampingi Ketua RT 003"));
    }

    private Map<String, Object> lurahDelivery(String noticeId) {
        List<Map<String, Object>> all = asAdmin().get("/api/v1/notices/" + noticeId + "/deliveries").then()
                .statusCode(200).extract().jsonPath().getList("$");
        return all.stream().filter(d -> "LURAH".equals(d.get("recipientPosition"))
                && "notice.created".equals(d.get("eventType"))).findFirst().orElse(null);
    }

    private Map<String, Object> deliveryOf(String noticeId, String recipientId) {
        List<Map<String, Object>> all = asAdmin().get("/api/v1/notices/" + noticeId + "/deliveries").then()
                .statusCode(200).extract().jsonPath().getList("$");
        return all.stream().filter(d -> recipientId.equals(d.get("recipientId"))).findFirst().orElse(null);
    }

    private static <T> T await(Supplier<T> read, java.util.function.Predicate<T> done, Duration within) {
        Instant until = Instant.now().plus(within);
        T value = read.get();
        while (value == null || !done.test(value)) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("not reached within " + within + ": " + value);
            }
            sleep();
            value = read.get();
        }
        return value;
    }

    private static MimeMessage awaitMail(String to, Duration within) {
        List<MimeMessage> mails = await(() -> mailsTo(to), m -> !m.isEmpty(), within);
        return mails.get(0);
    }

    private static List<MimeMessage> digestsTo(String to) {
        return mailsTo(to).stream().filter(m -> subjectOf(m).startsWith("Kunjungan hari ini")).toList();
    }

    private static List<MimeMessage> mailsTo(String to) {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            try {
                for (var address : m.getRecipients(Message.RecipientType.TO)) {
                    if (address.toString().contains(to)) {
                        found.add(m);
                    }
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }

    /** Every text part of a message, decoded (plain text and HTML). */
    static String textOf(jakarta.mail.Part part) {
        try {
            Object content = part.getContent();
            if (content instanceof jakarta.mail.Multipart multipart) {
                StringBuilder all = new StringBuilder();
                for (int i = 0; i < multipart.getCount(); i++) {
                    all.append(textOf(multipart.getBodyPart(i))).append('\n');
                }
                return all.toString();
            }
            return String.valueOf(content);
        } catch (jakarta.mail.MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subjectOf(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static UUID uuid(Object value) {
        return UUID.fromString(value.toString());
    }
}

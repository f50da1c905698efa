package id.go.bimakota.pilar.delivery;

import static id.go.bimakota.pilar.support.Accounts.as;
import static id.go.bimakota.pilar.support.Accounts.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
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
 * Notices reach people by email, against GreenMail (a real SMTP server in the test): the Done-when
 * scenario of issue 20 for email, a provider that is down and then recovers, reminders and the
 * escalation with the clock moved, the lead told of an acknowledgement, and a scan of every message
 * for a PPKS's name, NIK or case text.
 */
@QuarkusTest
@TestProfile(DeliveryEmailTest.Smtp.class)
class DeliveryEmailTest {

    static final int SMTP_PORT = 3125;
    static final String KOLO = "52.72.03.1004";
    static final String NIK = "5272034107480002";
    static final String PPKS_NAME = "Siti Hajar";
    static final String CASE_TEXT = "Lansia tinggal sendiri.";
    static final String NOTICE_TEXT = "Asesmen lansia di rumah";

    public static class Smtp implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pilar.smtp.host", "127.0.0.1", "pilar.smtp.port", Integer.toString(SMTP_PORT),
                    "pilar.smtp.tls", "NONE", "pilar.smtp.from", "Dinas Sosial Kota Bima <pilar@bimakota.go.id>",
                    "pilar.smtp.timeout", "3s");
        }
    }

    static GreenMail smtp;
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
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @BeforeEach
    void fresh() throws Exception {
        if (!smtp.isRunning()) {
            smtp.start();
        }
        smtp.purgeEmailFromAllMailboxes();
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
        smtp.purgeEmailFromAllMailboxes();
        String etag = as(psm.token()).get("/api/v1/notices/" + id).then().extract().header("ETag");
        as(psm.token()).header("If-Match", etag).body(Map.of("location", "Kantor Lurah Kolo"))
                .patch("/api/v1/notices/" + id).then().statusCode(200);
        MimeMessage moved = awaitMail("lurah.day@example.id", Duration.ofSeconds(10));
        assertTrue(subjectOf(moved).startsWith(number + " – Tempat kunjungan diubah"), subjectOf(moved));
        assertTrue(textOf(moved).contains("Kantor Lurah Kolo"));
        smtp.purgeEmailFromAllMailboxes();

        java.time.ZoneId wita = java.time.ZoneId.of("Asia/Makassar");
        Instant sevenOFive = java.time.LocalDate.ofInstant(Instant.parse(created.getString("plannedStart")), wita)
                .atTime(7, 5).atZone(wita).toInstant();
        clock.advance(Duration.between(Instant.now(), sevenOFive));
        jobs.runDue();
        jobs.runDue();
        MimeMessage digest = awaitMail("lurah.day@example.id", Duration.ofSeconds(10));
        assertTrue(subjectOf(digest).startsWith("Kunjungan hari ini"), subjectOf(digest));
        assertTrue(textOf(digest).contains(number), textOf(digest));
        dispatcher.drain();
        assertEquals(1, mailsTo("lurah.day@example.id").size(), "one digest per kelurahan and day");
        assertEquals(0, mailsTo("ketua.rt3.day@example.id").size(), "the digest goes to the kelurahan office");
    }

    // ---------------------------------------------------------------------------------------------

    /** No message the tests produced (every stored delivery, every received email) names a PPKS or carries case text. */
    private void noMessageCarriesPersonalData() {
        List<String> texts = QuarkusTransaction.requiringNew().call(() -> Delivery.<Delivery>listAll().stream()
                .map(d -> String.join("\n", String.valueOf(d.subject), String.valueOf(d.bodyText),
                        String.valueOf(d.bodyHtml), String.valueOf(d.parameters), String.valueOf(d.bodyJson)))
                .toList());
        EVERY_MESSAGE.addAll(texts);
        for (MimeMessage m : smtp.getReceivedMessages()) {
            EVERY_MESSAGE.add(subjectOf(m) + "\n" + textOf(m));
        }
        assertFalse(EVERY_MESSAGE.isEmpty());
        for (String message : EVERY_MESSAGE) {
            assertFalse(message.contains(PPKS_NAME), message);
            assertFalse(message.contains(CASE_TEXT), message);
            assertFalse(message.contains(NOTICE_TEXT), message);
            assertFalse(Pattern.compile("\\d{16}").matcher(message).find(), "a NIK-like number in " + message);
        }
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

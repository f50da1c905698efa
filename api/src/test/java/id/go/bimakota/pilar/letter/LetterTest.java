package id.go.bimakota.pilar.letter;

import static id.go.bimakota.pilar.support.Accounts.as;
import static id.go.bimakota.pilar.support.Accounts.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.bimakota.pilar.support.Accounts;
import id.go.bimakota.pilar.support.AtOnce;
import id.go.bimakota.pilar.support.Cases;
import id.go.bimakota.pilar.support.Pillars;
import id.go.bimakota.pilar.support.Pillars.Member;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** The letter of a notice through the real HTTP API: what it says, who gets it, its number, its QR code and page. */
@QuarkusTest
class LetterTest {

    static final String KOLO = "52.72.03.1004";
    static final String PARUGA_KECAMATAN = "52.72.03";
    static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    static final Path PNG = Path.of("target", "letter", "letter-page-1.png").toAbsolutePath();

    static Map<String, Object> notice(LocalDate day, int fromHour, int toHour) {
        Instant start = day.atTime(LocalTime.of(fromHour, 0)).atZone(WITA).toInstant();
        Instant end = day.atTime(LocalTime.of(toHour, 0)).atZone(WITA).toInstant();
        return new HashMap<>(Map.of("kelurahanCode", KOLO, "rw", 2, "rt", 3, "location", "Rumah Ketua RT 003",
                "plannedStart", start.toString(), "plannedEnd", end.toString(), "purpose", "ASSESSMENT",
                "description", "Asesmen lansia", "requestsToKelurahan", "Mohon didampingi Ketua RT 003"));
    }

    static String file(String token, Map<String, Object> body) {
        return as(token).body(body).post("/api/v1/notices").then().statusCode(201).extract().jsonPath().getString("id");
    }

    static Response letter(String token, String id) {
        return given().auth().oauth2(token).accept("application/pdf").get("/api/v1/notices/" + id + "/letter");
    }

    static byte[] pdf(String token, String id) {
        Response r = letter(token, id);
        r.then().statusCode(200).contentType("application/pdf");
        return r.asByteArray();
    }

    /** A NIK of the right shape (a woman born 5 July 1990 in Kota Bima), random serial. */
    static String nik() {
        return "5272034507900" + (100 + ThreadLocalRandom.current().nextInt(899));
    }

    static String newCase(String category, String nik, String name) {
        Map<String, Object> body = Cases.newCase(KOLO, category, nik);
        @SuppressWarnings("unchecked")
        Map<String, Object> subject = (Map<String, Object>) body.get("subject");
        subject.put("fullName", name);
        body.put("description", "RAHASIA-KASUS tinggal sendiri tanpa keluarga");
        return asAdmin().body(body).post("/api/v1/cases").then().statusCode(201).extract().jsonPath().getString("id");
    }

    @Test
    void theLetterHoldsEveryPartWithTheRightValuesAndNoPersonalData() throws Exception {
        Member lead = Pillars.psm(KOLO);
        Member tksk = Pillars.register("TKSK", null, PARUGA_KECAMATAN);
        String nik1 = nik();
        String case1 = newCase("LANSIA_TELANTAR", nik1, "Siti Hajar Binti Uji");
        String case2 = newCase("LANSIA_TELANTAR", nik(), "Wa Ode Uji");
        String case3 = newCase("ANAK_TELANTAR", null, "Muhammad Anak Uji");
        LocalDate day = LocalDate.now(WITA).plusDays(3);
        Map<String, Object> body = notice(day, 9, 11);
        body.put("teamPillarIds", List.of(tksk.pillarId()));
        body.put("caseIds", List.of(case1, case2, case3));
        String id = file(lead.token(), body);
        String kl = asAdmin().get("/api/v1/notices/" + id).then().extract().jsonPath().getString("number");

        byte[] pdf = pdf(lead.token(), id);
        String text = Letters.text(pdf);
        LocalDate today = LocalDate.now(WITA);

        // kop surat
        assertTrue(text.contains("PEMERINTAH KOTA BIMA"), text);
        assertTrue(text.contains("DINAS SOSIAL"), text);
        assertTrue(text.contains("Kota Bima, Nusa Tenggara Barat"), text);
        assertTrue(text.contains("Telepon (0374) 000000"), text);
        assertTrue(text.contains("dinsos@bimakota.go.id"), text);
        // place, date, number, sifat, lampiran, hal
        assertTrue(text.contains("Bima, " + Letters.date(today)), text);
        Matcher number = Letters.NUMBER.matcher(text);
        assertTrue(number.find(), text);
        assertEquals(Letters.ROMAN[today.getMonthValue() - 1], number.group(2));
        assertEquals(String.valueOf(today.getYear()), number.group(3));
        assertTrue(text.contains("Sifat : Biasa"), text);
        assertTrue(text.contains("Lampiran : –"), text);
        assertTrue(text.contains("Hal : Pemberitahuan Kunjungan Lapangan"), text);
        assertFalse(text.contains("Perubahan ke-"), text);
        // addressee
        assertTrue(text.contains("Yth. Lurah Kolo u.p. Kasi Kesos di tempat"), text);
        // the visit
        assertTrue(text.contains(Letters.dayAndDate(day) + ", 09.00–11.00 WITA"), text);
        assertTrue(text.contains("RT/RW : 003/002"), text);
        assertTrue(text.contains("Rumah Ketua RT 003, Kelurahan Kolo"), text);
        assertTrue(text.contains("Asesmen Pemerlu Pelayanan Kesejahteraan Sosial (PPKS)"), text);
        assertTrue(text.contains("Kecamatan Asakota"), text);
        // the team: names, pillar types, phones
        assertTrue(text.contains("1. " + lead.fullName() + " – Pekerja Sosial Masyarakat (ketua tim), " + lead.phone()), text);
        assertTrue(text.contains("2. " + tksk.fullName() + " – Tenaga Kesejahteraan Sosial Kecamatan, " + tksk.phone()), text);
        // the request to the kelurahan, the cases as counts per category, how to answer
        assertTrue(text.contains("Mohon didampingi Ketua RT 003"), text);
        assertTrue(text.contains("PPKS terkait : 3 orang (Anak Telantar: 1; Lanjut Usia Telantar: 2)"), text);
        assertTrue(text.contains("https://pilar.bimakota.go.id/api/v1/notices/" + id + "/acknowledge"), text);
        assertTrue(text.contains("/api/v1/notices/" + id + "/request-reschedule"), text);
        // signature block (by hand) and copies
        assertTrue(text.contains("Kepala Dinas Sosial Kota Bima, Drs. Contoh Pejabat, M.Si. Pembina Tingkat I NIP. 197001012000031001"), text);
        assertFalse(text.toLowerCase().contains("elektronik"), "never claims an electronic signature: " + text);
        assertTrue(text.contains("Tembusan: 1. Camat Asakota 2. Ketua RW 002 Kelurahan Kolo 3. Ketua RT 003/RW 002 Kelurahan Kolo 4. Arsip"), text);
        // footer and verification link
        assertTrue(text.contains(kl + " · Nomor " + number.group()), text);
        String url = Letters.verifyUrl(text);
        // no NIK, no PPKS name, no case text
        for (String secret : List.of(nik1, "Siti Hajar Binti Uji", "Wa Ode Uji", "Muhammad Anak Uji", "RAHASIA-KASUS",
                "Asesmen lansia")) {
            assertFalse(text.contains(secret), secret + " must not be in the letter");
        }
        assertEquals(1, Letters.pages(pdf), "one page");

        BufferedImage page = Letters.firstPage(pdf, PNG);
        assertEquals(url, Letters.qr(page), "the QR code is the verification link");
    }

    @Test
    void aCompletedVisitsLetterCarriesNoVisitReport() throws Exception {
        Member lead = Pillars.register("TAGANA", null, null);
        Instant start = Instant.now().plusSeconds(2);
        Map<String, Object> body = notice(LocalDate.now(WITA), 9, 11);
        body.put("plannedStart", start.toString());
        body.put("plannedEnd", start.plus(2, ChronoUnit.HOURS).toString());
        body.put("purpose", "DISASTER_RESPONSE");
        String id = file(lead.token(), body);
        Thread.sleep(Math.max(0, start.toEpochMilli() - System.currentTimeMillis() + 100));
        as(lead.token()).body(Map.of("outcome", "RAHASIA-LAPORAN tiga rumah rusak berat", "householdsVisited", 3,
                "followUpNeeded", true)).post("/api/v1/notices/" + id + "/complete").then().statusCode(200);
        String text = Letters.text(pdf(lead.token(), id));
        assertTrue(text.contains("Kunjungan ini telah dilaksanakan."), text);
        assertTrue(text.contains("Tanggap darurat bencana"), text);
        assertFalse(text.contains("RAHASIA-LAPORAN") || text.contains("rumah rusak"), "no visit-report text: " + text);
        String page = given().get(Letters.verifyUrl(text).substring("https://pilar.bimakota.go.id".length())).then()
                .statusCode(200).extract().asString();
        assertTrue(page.contains("Selesai dilaksanakan"), page);
        assertFalse(page.contains("RAHASIA-LAPORAN"), page);
    }

    @Test
    void theNumberIsKeptAndTheLetterFollowsAReschedule() throws Exception {
        Member lead = Pillars.psm(KOLO);
        String officer = Accounts.tokenOf("KELURAHAN");
        LocalDate day = LocalDate.now(WITA).plusDays(4);
        String id = file(lead.token(), notice(day, 9, 11));
        Response first = letter(lead.token(), id);
        first.then().statusCode(200).header("ETag", not(equalTo(null)));
        String etag = first.header("ETag");
        String text = Letters.text(first.asByteArray());
        String number = Letters.number(text);

        // Unchanged: 304 without a body; same number on every later issue.
        given().auth().oauth2(lead.token()).accept("application/pdf").header("If-None-Match", etag)
                .get("/api/v1/notices/" + id + "/letter").then().statusCode(304).header("ETag", etag);

        as(officer).body(Map.of("proposedStart", day.plusDays(1).atTime(13, 0).atZone(WITA).toInstant().toString(),
                "proposedEnd", day.plusDays(1).atTime(15, 30).atZone(WITA).toInstant().toString(), "reason", "Lurah rapat"))
                .post("/api/v1/notices/" + id + "/request-reschedule").then().statusCode(200);
        as(lead.token()).body(Map.of("plannedStart", day.plusDays(1).atTime(13, 0).atZone(WITA).toInstant().toString(),
                "plannedEnd", day.plusDays(1).atTime(15, 30).atZone(WITA).toInstant().toString()))
                .post("/api/v1/notices/" + id + "/reschedule").then().statusCode(200);

        Response changed = given().auth().oauth2(lead.token()).accept("application/pdf").header("If-None-Match", etag)
                .get("/api/v1/notices/" + id + "/letter");
        changed.then().statusCode(200);
        assertNotEquals(etag, changed.header("ETag"));
        String after = Letters.text(changed.asByteArray());
        assertEquals(number, Letters.number(after), "the number stays");
        assertTrue(after.contains("Perubahan ke-1"), after);
        assertTrue(after.contains(Letters.dayAndDate(day.plusDays(1)) + ", 13.00–15.30 WITA"), after);
        assertFalse(after.contains(Letters.dayAndDate(day) + ", 09.00"), after);
        String page = given().get(Letters.verifyUrl(after).substring("https://pilar.bimakota.go.id".length())).then()
                .statusCode(200).extract().asString();
        assertTrue(page.contains("Jadwal diubah, menunggu konfirmasi kelurahan"), page);
        assertTrue(page.contains("13.00–15.30 WITA (perubahan ke-1)"), page);
        assertFalse(page.contains("Lurah rapat"), "no reasons on the public page");
    }

    @Test
    void theLeadTheTeamTheKelurahanAndTheDinasGetTheLetterOthersGetTheSame404() {
        Member lead = Pillars.psm(KOLO);
        Member team = Pillars.psm(KOLO);
        Member other = Pillars.psm(KOLO);
        Map<String, Object> body = notice(LocalDate.now(WITA).plusDays(5), 8, 10);
        body.put("teamPillarIds", List.of(team.pillarId()));
        String id = file(lead.token(), body);
        letter(lead.token(), id).then().statusCode(200);
        letter(team.token(), id).then().statusCode(200);
        letter(Accounts.tokenOf("KELURAHAN"), id).then().statusCode(200);
        letter(Accounts.adminToken(), id).then().statusCode(200);
        String paruga = Accounts.newUser("KELURAHAN", "52.72.03.1005").accessToken();
        String unknown = java.util.UUID.randomUUID().toString();
        String expected = given().auth().oauth2(other.token()).header("Accept-Language", "id")
                .get("/api/v1/notices/" + unknown + "/letter").then().statusCode(404)
                .contentType("application/problem+json").extract().jsonPath().getString("title");
        for (String token : List.of(other.token(), paruga)) {
            given().auth().oauth2(token).header("Accept-Language", "id").get("/api/v1/notices/" + id + "/letter").then()
                    .statusCode(404).contentType("application/problem+json").body("title", equalTo(expected))
                    .body("detail", equalTo("Notice " + id + " tidak ada."));
        }
        given().auth().oauth2(lead.token()).header("Accept-Language", "id").get("/api/v1/notices/not-a-uuid/letter").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("id"));
        given().auth().oauth2(lead.token()).accept("application/json").get("/api/v1/notices/" + id + "/letter").then()
                .statusCode(406).contentType("application/problem+json");
        given().get("/api/v1/notices/" + id + "/letter").then().statusCode(401);
    }

    @Test
    void theVerificationPageShowsTheStatusAfterAcknowledgementAndCancellation() throws Exception {
        Member lead = Pillars.psm(KOLO);
        String officer = Accounts.tokenOf("KELURAHAN");
        String id = file(lead.token(), notice(LocalDate.now(WITA).plusDays(6), 9, 11));
        String text = Letters.text(pdf(lead.token(), id));
        String path = Letters.verifyUrl(text).substring("https://pilar.bimakota.go.id".length());

        String page = given().accept("text/html").get(path).then().statusCode(200).contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Content-Security-Policy", not(containsString("script-src")))
                .header("Cache-Control", "no-store").extract().asString();
        assertTrue(page.contains(Letters.number(text)), page);
        assertTrue(page.contains("Menunggu konfirmasi kelurahan"), page);
        assertTrue(page.contains("Kolo"), page);
        assertTrue(page.contains("09.00–11.00 WITA"), page);
        assertTrue(page.contains("Kepala Dinas Sosial Kota Bima"), page);
        assertFalse(page.contains(lead.fullName()) || page.contains(lead.phone()), "no pillar names or phones");
        assertFalse(page.contains("<script"), page);
        assertFalse(page.contains("http://") || page.contains("https://"), "nothing loaded from elsewhere: " + page);
        assertTrue(page.length() < 8_000, "small: " + page.length());

        as(officer).body(Map.of("acknowledgedBy", "Kasi Kesos Kolo")).post("/api/v1/notices/" + id + "/acknowledge")
                .then().statusCode(200);
        page = given().get(path).then().statusCode(200).extract().asString();
        assertTrue(page.contains("Sudah dikonfirmasi kelurahan"), page);
        assertFalse(page.contains("Kasi Kesos Kolo"), page);

        as(lead.token()).body(Map.of("reason", "Hujan deras")).post("/api/v1/notices/" + id + "/cancel").then().statusCode(200);
        page = given().get(path).then().statusCode(200).extract().asString();
        assertTrue(page.contains("Dibatalkan"), page);
        assertFalse(page.contains("Hujan deras"), page);
        assertTrue(Letters.text(pdf(lead.token(), id)).contains("DIBATALKAN"));

        for (String unknown : List.of("/v/aaaaaaaaaaaaaaaaaaaa", "/v/x", "/v/%3Cscript%3E")) {
            String notFound = given().get(unknown).then().statusCode(404).contentType(containsString("text/html"))
                    .header("Content-Security-Policy", containsString("default-src 'none'")).extract().asString();
            assertTrue(notFound.contains("Surat tidak ditemukan"), notFound);
            assertFalse(notFound.contains("<script"), notFound);
        }
    }

    @Test
    void theLetterNumberSequenceIsGapFreeAndUniqueUnder50ConcurrentFirstIssues() throws Exception {
        Member lead = Pillars.psm(KOLO);
        LocalDate day = LocalDate.now(WITA).plusDays(7);
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 50; i++) {
            ids.add(file(lead.token(), notice(day.plusDays(i % 5), 8 + i % 10, 9 + i % 10)));
        }
        String admin = Accounts.adminToken();
        List<byte[]> pdfs = AtOnce.run(50, i -> () -> pdf(i % 2 == 0 ? lead.token() : admin, ids.get(i)));
        TreeSet<Integer> seqs = new TreeSet<>();
        Set<String> numbers = new java.util.HashSet<>();
        for (byte[] pdf : pdfs) {
            Matcher m = Letters.NUMBER.matcher(Letters.text(pdf));
            assertTrue(m.find());
            numbers.add(m.group());
            seqs.add(Integer.parseInt(m.group(1)));
        }
        assertEquals(50, numbers.size(), "unique");
        assertEquals(49, seqs.last() - seqs.first(), "no gaps: " + seqs);

        // 20 concurrent first issues of one notice give it one number, and use up no other.
        String one = file(lead.token(), notice(day, 19, 20));
        List<byte[]> same = AtOnce.run(20, i -> () -> pdf(lead.token(), one));
        Set<String> sameNumbers = new java.util.HashSet<>();
        for (byte[] pdf : same) {
            sameNumbers.add(Letters.number(Letters.text(pdf)));
        }
        assertEquals(1, sameNumbers.size(), sameNumbers.toString());
        Matcher m = Letters.NUMBER.matcher(sameNumbers.iterator().next());
        assertTrue(m.find());
        assertEquals(seqs.last() + 1, Integer.parseInt(m.group(1)), "the next number, no gap");
    }

    @Test
    void theDeskPrintsTheDaysLettersInOnePdf() throws Exception {
        Member lead = Pillars.psm(KOLO);
        LocalDate day = LocalDate.now(WITA).plusDays(20);
        String a = file(lead.token(), notice(day, 8, 9));
        String b = file(lead.token(), notice(day, 13, 14));
        String cancelled = file(lead.token(), notice(day, 15, 16));
        as(lead.token()).body(Map.of("reason", "Batal")).post("/api/v1/notices/" + cancelled + "/cancel").then().statusCode(200);
        String kelurahan = Accounts.tokenOf("KELURAHAN");

        Response r = given().auth().oauth2(kelurahan).accept("application/pdf").queryParam("date", day.toString())
                .get("/api/v1/agenda/letters");
        r.then().statusCode(200).contentType("application/pdf");
        String text = Letters.text(r.asByteArray());
        String numberA = asAdmin().get("/api/v1/notices/" + a).then().extract().jsonPath().getString("number");
        String numberB = asAdmin().get("/api/v1/notices/" + b).then().extract().jsonPath().getString("number");
        String numberC = asAdmin().get("/api/v1/notices/" + cancelled).then().extract().jsonPath().getString("number");
        assertTrue(text.contains(numberA) && text.contains(numberB), text);
        assertFalse(text.contains(numberC), "cancelled visits are left out");
        assertTrue(text.indexOf("08.00–09.00") < text.indexOf("13.00–14.00"), "soonest first");
        assertEquals(2, Letters.pages(r.asByteArray()));
        // The letters issued for the desk are the notices' letters: same numbers as fetched one by one.
        assertTrue(text.contains(Letters.number(Letters.text(pdf(lead.token(), b)))));

        given().auth().oauth2(Accounts.adminToken()).queryParam("date", day.toString()).queryParam("kelurahan", KOLO)
                .get("/api/v1/agenda/letters").then().statusCode(200);
        String empty = Letters.text(given().auth().oauth2(kelurahan).queryParam("date", day.plusDays(1).toString())
                .get("/api/v1/agenda/letters").then().statusCode(200).extract().asByteArray());
        assertTrue(empty.contains("Tidak ada kunjungan lapangan di Kelurahan Kolo"), empty);

        given().auth().oauth2(kelurahan).header("Accept-Language", "id").queryParam("kelurahan", "52.72.03.1005")
                .get("/api/v1/agenda/letters").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(lead.token()).get("/api/v1/agenda/letters").then().statusCode(403);
        given().auth().oauth2(kelurahan).header("Accept-Language", "id").queryParam("date", "2026-13-45")
                .get("/api/v1/agenda/letters").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("date")).body("errors[0].message", containsString("harus tanggal"));
        given().auth().oauth2(Accounts.adminToken()).header("Accept-Language", "id").queryParam("kelurahan", "99")
                .get("/api/v1/agenda/letters").then().statusCode(400).body("errors[0].field", equalTo("kelurahan"));
    }
}

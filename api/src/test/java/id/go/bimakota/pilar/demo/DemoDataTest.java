package id.go.bimakota.pilar.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.bimakota.pilar.support.Accounts;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The demo data set, seen through the HTTP API as someone trying the service would see it. */
@QuarkusTest
@TestProfile(DemoDataTest.WithDemoData.class)
class DemoDataTest {

    /**
     * Demo data on, in an H2 file of its own: the other test classes share target/test-db, and this
     * profile restarts Quarkus on a database that must start empty.
     *
     * <p>The URL is overridden as {@code %test.quarkus.datasource.jdbc.url}, not the plain key: in the
     * PostgreSQL run (profiles {@code test,pg}) the {@code %pg.} URL of application.properties takes
     * precedence over any {@code %test.} value (the last profile wins), so this test runs there too,
     * against the PostgreSQL test database, which Flyway cleans when this profile starts.
     */
    public static class WithDemoData implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pilar.demo-data", "true",
                    "%test.quarkus.datasource.jdbc.url", "jdbc:h2:file:./target/test-db-demo/pilar-bima;MODE=PostgreSQL;"
                            + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        }
    }

    static final String KOLO = "52.72.03.1004";
    static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    @Inject
    DemoData demoData;

    static JsonPath login(String username) {
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "password", DemoData.PASSWORD))
                .post("/api/v1/auth/token").then().statusCode(200).extract().jsonPath();
    }

    static RequestSpecification as(String username) {
        return Accounts.as(login(username).getString("accessToken"));
    }

    @Test
    void theDemoLoginsWorkWithTheDocumentedPassword() {
        for (String pillar : List.of("psm.kolo", "tksk.asakota", "tagana.bima")) {
            JsonPath user = login(pillar);
            assertEquals("PILLAR", user.getString("user.role"), pillar);
            assertTrue(user.getString("user.pillarId") != null, pillar + " is linked to its pillar");
        }
        JsonPath lurah = login("lurah.kolo");
        assertEquals("KELURAHAN", lurah.getString("user.role"));
        assertEquals(KOLO, lurah.getString("user.kelurahanCode"));
        assertEquals("KELURAHAN", login("lurah.paruga").getString("user.role"));
        // the bootstrap administrator is untouched
        Accounts.asAdmin().get("/api/v1/me").then().statusCode(200).body("username", equalTo("admin"));
    }

    @Test
    void noticesAreThereInEveryState() {
        for (String status : List.of("SUBMITTED", "ACKNOWLEDGED", "RESCHEDULE_REQUESTED", "CANCELLED", "COMPLETED")) {
            Accounts.asAdmin().queryParam("status", status).get("/api/v1/notices").then().statusCode(200)
                    .body("items", not(hasSize(0)))
                    .body("items.status", everyItem(equalTo(status)));
        }
        Accounts.asAdmin().queryParam("status", "COMPLETED").get("/api/v1/notices").then()
                .body("items.visitReport.outcome", everyItem(notNullValue()))
                .body("items.completedWithoutAcknowledgement", hasItem(true));
    }

    @Test
    void koloHasOverlappingVisitsTomorrowAndTheTkskJoinedOne() {
        LocalDate tomorrow = LocalDate.now(WITA).plusDays(1);
        String tksk = login("tksk.asakota").getString("user.pillarId");
        JsonPath kolo = as("psm.kolo").queryParam("kelurahan", KOLO)
                .queryParam("from", tomorrow.atStartOfDay(WITA).toOffsetDateTime().toString())
                .queryParam("to", tomorrow.plusDays(1).atStartOfDay(WITA).toOffsetDateTime().toString())
                .get("/api/v1/notices").then().statusCode(200)
                .body("items", hasSize(greaterThanOrEqualTo(3)))
                .body("items.status", hasItems("ACKNOWLEDGED", "SUBMITTED", "RESCHEDULE_REQUESTED"))
                .extract().jsonPath();
        List<List<Object>> overlaps = kolo.getList("items.overlaps");
        assertTrue(overlaps.stream().allMatch(o -> !o.isEmpty()), "every Kolo visit tomorrow overlaps another");
        List<List<String>> teams = kolo.getList("items.teamPillarIds");
        assertTrue(teams.stream().anyMatch(t -> t.contains(tksk)), "the TKSK joined a visit instead of duplicating it");

        // the Kolo officer's inbox: Kolo only, waiting notices first
        List<String> inbox = as("lurah.kolo").get("/api/v1/notices").then().statusCode(200)
                .body("items.kelurahanCode", everyItem(equalTo(KOLO)))
                .extract().jsonPath().getList("items.status");
        assertEquals("SUBMITTED", inbox.get(0));
        // another kelurahan's officer does not see Kolo's notices
        String koloNotice = kolo.getString("items[0].id");
        as("lurah.paruga").get("/api/v1/notices/" + koloNotice).then().statusCode(404);
    }

    @Test
    void theAgendaOfTodayAndTomorrowIsAlive() {
        LocalDate today = LocalDate.now(WITA);
        Accounts.asAdmin().queryParam("date", today.toString()).get("/api/v1/agenda").then().statusCode(200)
                .body("kecamatan", not(hasSize(0)))
                .body("kecamatan.kelurahan.flatten().notices.flatten()", hasSize(greaterThanOrEqualTo(4)));
        Accounts.asAdmin().queryParam("date", today.plusDays(1).toString()).get("/api/v1/agenda").then()
                .statusCode(200)
                .body("kecamatan.find { it.code == '52.72.03' }.kelurahan.find { it.code == '" + KOLO + "' }.notices",
                        hasSize(greaterThanOrEqualTo(3)));
    }

    @Test
    void koloCoverageListsItsPillarsAndContacts() {
        Accounts.asAdmin().get("/api/v1/areas/kelurahan/" + KOLO + "/coverage").then().statusCode(200)
                .body("pillars.PSM.fullName", hasItem("Nurhayati"))
                .body("pillars.TKSK.fullName", hasItem("Arifin M. Saleh"))
                .body("pillars.TAGANA", hasSize(greaterThanOrEqualTo(3)))
                .body("pillars.PORDAM", not(hasSize(0)))
                .body("pillars.FASILITATOR", not(hasSize(0)))
                .body("pillars.PENDAMPING_SOSIAL.fullName", hasItem("Hamdan"))
                .body("contacts.position", hasItems("LURAH", "KASI_KESOS", "KETUA_RW", "KETUA_RT"))
                .body("contacts.find { it.position == 'KETUA_RT' && it.rtRw == '003/002' }.name", equalTo("Syamsul Bahri"))
                .body("contacts.phone", everyItem(org.hamcrest.Matchers.startsWith("+628")));
    }

    @Test
    void casesArePresentInEveryStateAndPillarsOfEveryTypeIncludingTransfers() {
        for (String status : List.of("REPORTED", "VERIFIED", "IN_SERVICE", "REFERRED", "CLOSED", "REJECTED")) {
            Accounts.asAdmin().queryParam("status", status).get("/api/v1/cases").then().statusCode(200)
                    .body("items", not(hasSize(0)));
        }
        JsonPath all = Accounts.asAdmin().queryParam("limit", 200).get("/api/v1/pillars").then().statusCode(200)
                .extract().jsonPath();
        List<String> types = all.getList("items.type");
        assertTrue(types.containsAll(List.of("PSM", "TKSK", "PORDAM", "TAGANA", "FASILITATOR", "PENDAMPING_SOSIAL")));
        assertEquals(5, all.getList("items.findAll { it.type == 'TKSK' }").size(), "one TKSK per kecamatan");
        assertTrue(all.getList("items.originRegion").containsAll(List.of("Kabupaten Bima", "Kabupaten Dompu")));
        assertTrue(all.getList("items.status").contains("TRANSFERRED_OUT"));
        assertTrue(all.getList("items.phone", String.class).stream().allMatch(p -> p.startsWith("+628")));
    }

    @Test
    void aCaseTimelineTellsTheStoryInOrder() {
        String id = as("psm.kolo").queryParam("q", "Siti Hajar").get("/api/v1/cases").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].status", equalTo("VERIFIED"))
                .extract().jsonPath().getString("items[0].id");
        JsonPath timeline = as("psm.kolo").queryParam("limit", 200).get("/api/v1/cases/" + id + "/timeline").then()
                .statusCode(200).extract().jsonPath();
        List<String> types = timeline.getList("items.type");
        assertEquals("CREATED", types.get(0));
        assertTrue(types.containsAll(List.of("TRANSITION", "FIELD_VISIT")), types.toString());
        assertEquals("lurah.kolo", timeline.getString("items[0].actor.username"), "reported by the kelurahan");
        Instant reported = Instant.parse(timeline.getString("items[0].at"));
        assertTrue(reported.isBefore(Instant.now().minus(Duration.ofDays(7))), "reported days ago: " + reported);
        List<String> actions = timeline.getList("items.action");
        assertTrue(actions.contains("notice-complete") && actions.indexOf("notice-complete") < actions.indexOf("verify"),
                "verified after the visit was reported: " + actions);
    }

    @Test
    void aRestartDoesNotLoadItAgain() {
        int before = Accounts.asAdmin().queryParam("limit", 200).get("/api/v1/pillars").then().statusCode(200)
                .extract().jsonPath().getList("items").size();
        assertTrue(demoData.isEnabled());
        assertFalse(demoData.loadIfEmpty(), "the database already has pillars");
        Accounts.asAdmin().queryParam("limit", 200).get("/api/v1/pillars").then().body("items", hasSize(before));
    }
}

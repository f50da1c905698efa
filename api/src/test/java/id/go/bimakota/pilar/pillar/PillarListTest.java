package id.go.bimakota.pilar.pillar;

import static id.go.bimakota.pilar.pillar.Pillars.ASAKOTA;
import static id.go.bimakota.pilar.pillar.Pillars.JATIWANGI;
import static id.go.bimakota.pilar.pillar.Pillars.KOLO;
import static id.go.bimakota.pilar.pillar.Pillars.PARUGA;
import static id.go.bimakota.pilar.pillar.Pillars.RASANAE_BARAT;
import static id.go.bimakota.pilar.support.Accounts.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Filters, name search and cursor paging of GET /pillars. Each test narrows to its own names with q. */
@QuarkusTest
class PillarListTest {

    /** Every id the list gives for these filters, following nextCursor with pages of {@code limit}. */
    private static List<String> ids(Map<String, ?> filters, int limit) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            var request = asAdmin().queryParams(filters).queryParam("limit", limit);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/pillars").then().statusCode(200).extract().jsonPath();
            List<String> items = page.getList("items.id");
            org.junit.jupiter.api.Assertions.assertTrue(items.size() <= limit);
            ids.addAll(items);
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return ids;
    }

    @Test
    void qIgnoresCaseAndAccents() {
        String token = Pillars.token();
        String id = Pillars.create(Pillars.psm("Sítì Ḥajar " + token, KOLO));
        assertEquals(List.of(id), ids(Map.of("q", "SITI HAJAR " + token.toUpperCase()), 50));
        assertEquals(List.of(id), ids(Map.of("q", "hajar " + token.toLowerCase()), 50));
        assertEquals(List.of(id), ids(Map.of("q", "  Siti   Ḥajar  " + token), 50));
        assertEquals(List.of(), ids(Map.of("q", "Siti% " + token), 50));
    }

    @Test
    void pagesFollowTheNameOrderWithoutGapsOrRepeats() {
        String token = Pillars.token();
        List<String> expected = new ArrayList<>();
        for (String name : List.of("Andi", "Budi", "Citra", "Dewi", "Eka", "Fajar", "Gita")) {
            expected.add(Pillars.create(Pillars.psm(token + " " + name, KOLO)));
        }
        assertEquals(expected, ids(Map.of("q", token), 2));
        assertEquals(expected, ids(Map.of("q", token), 7));
        assertEquals(expected.subList(0, 3), asAdmin().queryParam("q", token).queryParam("limit", 3)
                .get("/api/v1/pillars").then().extract().jsonPath().getList("items.id"));
    }

    @Test
    void filtersByTypeStatusKecamatanAndKelurahan() {
        String token = Pillars.token();
        String psmKolo = Pillars.create(Pillars.psm(token + " A PSM Kolo", KOLO));
        String psJatiwangi = Pillars.create(Pillars.pillar(token + " B PS Jatiwangi", "PENDAMPING_SOSIAL",
                Map.of("kelurahanCodes", List.of(JATIWANGI))));
        String psmParuga = Pillars.create(Pillars.psm(token + " C PSM Paruga", PARUGA));
        String tkskAsakota = Pillars.create(Pillars.tksk(token + " D TKSK Asakota", ASAKOTA));
        String tkskRasanae = Pillars.create(Pillars.tksk(token + " E TKSK Rasanae", RASANAE_BARAT));
        String tagana = Pillars.create(Pillars.cityWide(token + " F Tagana", "TAGANA"));
        String pordamHome = Pillars.create(Pillars.pillar(token + " G Pordam", "PORDAM", Map.of("kecamatanCode", ASAKOTA)));
        String inactive = Pillars.create(Pillars.psm(token + " H PSM Kolo nonaktif", KOLO));
        asAdmin().body(Map.of("reason", "Mengundurkan diri")).post("/api/v1/pillars/" + inactive + "/deactivate")
                .then().statusCode(200);

        assertEquals(List.of(psmKolo, psmParuga, inactive), ids(Map.of("q", token, "type", "PSM"), 2));
        assertEquals(List.of(inactive), ids(Map.of("q", token, "status", "INACTIVE"), 2));
        assertEquals(List.of(psmKolo, psJatiwangi, tkskAsakota, pordamHome, inactive),
                ids(Map.of("q", token, "kecamatan", ASAKOTA), 2));
        assertEquals(List.of(psmKolo, inactive), ids(Map.of("q", token, "kelurahan", KOLO), 2));
        assertEquals(List.of(psmKolo, tkskAsakota, tagana, pordamHome, inactive),
                ids(Map.of("q", token, "kelurahan", KOLO, "includeCoverage", "true"), 2));
        assertEquals(List.of(psmKolo, tkskAsakota, tagana, pordamHome),
                ids(Map.of("q", token, "kelurahan", KOLO, "includeCoverage", "true", "status", "ACTIVE"), 3));
        assertEquals(List.of(tkskAsakota),
                ids(Map.of("q", token, "kelurahan", KOLO, "includeCoverage", "true", "type", "TKSK"), 2));
        assertEquals(List.of(), ids(Map.of("q", token, "kelurahan", KOLO, "kecamatan", RASANAE_BARAT), 2));
        assertEquals(List.of(psmParuga, tkskRasanae), ids(Map.of("q", token, "kecamatan", RASANAE_BARAT), 2));

        // a new assignment moves the pillar between the filters
        asAdmin().header("If-Match", "\"0\"").body(Map.of("kelurahanCodes", List.of(PARUGA)))
                .patch("/api/v1/pillars/" + psmKolo).then().statusCode(200);
        assertEquals(List.of(inactive), ids(Map.of("q", token, "kelurahan", KOLO), 2));
        assertEquals(List.of(psmKolo, psmParuga), ids(Map.of("q", token, "kelurahan", PARUGA), 2));
    }

    @Test
    void badFiltersAre400NamingTheParameter() {
        asAdmin().queryParam("type", "RELAWAN").get("/api/v1/pillars").then().statusCode(400)
                .body("errors[0].field", equalTo("type")).body("errors[0].message", containsString("TAGANA"));
        asAdmin().queryParam("status", "AKTIF").get("/api/v1/pillars").then().statusCode(400)
                .body("errors[0].field", equalTo("status")).body("errors[0].message", containsString("TRANSFERRED_OUT"));
        asAdmin().queryParam("kelurahan", "52.72.03.1099").get("/api/v1/pillars").then().statusCode(400)
                .body("errors[0].field", equalTo("kelurahan"));
        asAdmin().queryParam("kecamatan", "52.72").get("/api/v1/pillars").then().statusCode(400)
                .body("errors[0].field", equalTo("kecamatan"));
        asAdmin().queryParam("includeCoverage", "ya").get("/api/v1/pillars").then().statusCode(400)
                .body("errors[0].field", equalTo("includeCoverage"));
        asAdmin().queryParam("limit", 201).get("/api/v1/pillars").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        asAdmin().queryParam("cursor", "bm90LWEtY3Vyc29y").get("/api/v1/pillars").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        asAdmin().queryParam("q", "x".repeat(101)).get("/api/v1/pillars").then().statusCode(400)
                .body("errors[0].field", equalTo("q"));
    }
}

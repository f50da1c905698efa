package id.go.bimakota.pilar.pillar;

import static id.go.bimakota.pilar.pillar.Pillars.ASAKOTA;
import static id.go.bimakota.pilar.pillar.Pillars.KOLO;
import static id.go.bimakota.pilar.pillar.Pillars.PARUGA;
import static id.go.bimakota.pilar.pillar.Pillars.RASANAE_BARAT;
import static id.go.bimakota.pilar.support.Accounts.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.bimakota.pilar.support.Accounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CoverageResourceTest {

    @Test
    void listsEveryoneServingTheKelurahanAndNothingFromOtherAreas() {
        String token = Pillars.token();
        String psm = Pillars.create(Pillars.psm("PSM Kolo " + token, KOLO));
        String fasilitator = Pillars.create(Pillars.pillar("Fasilitator " + token, "FASILITATOR",
                Map.of("kelurahanCodes", List.of(PARUGA, KOLO))));
        String tksk = Pillars.create(Pillars.tksk("TKSK Asakota " + token, ASAKOTA));
        String tagana = Pillars.create(Pillars.cityWide("Tagana " + token, "TAGANA"));
        String pordam = Pillars.create(Pillars.pillar("Pordam " + token, "PORDAM", Map.of("kecamatanCode", RASANAE_BARAT)));
        String psmParuga = Pillars.create(Pillars.psm("PSM Paruga " + token, PARUGA));
        String psmJatiwangi = Pillars.create(Pillars.psm("PSM Jatiwangi " + token, Pillars.JATIWANGI));
        String tkskRasanae = Pillars.create(Pillars.tksk("TKSK Rasanae " + token, RASANAE_BARAT));
        String leftKolo = Pillars.create(Pillars.psm("PSM Berhenti " + token, KOLO));
        asAdmin().body(Map.of("reason", "Mengundurkan diri")).post("/api/v1/pillars/" + leftKolo + "/deactivate").then()
                .statusCode(200);
        String lurah = asAdmin().body(Map.of("name", "Lurah Kolo " + token, "position", "LURAH", "phone", Pillars.phone()))
                .post("/api/v1/areas/kelurahan/" + KOLO + "/contacts").then().statusCode(201)
                .extract().jsonPath().getString("id");

        JsonPath coverage = asAdmin().get("/api/v1/areas/kelurahan/" + KOLO + "/coverage").then().statusCode(200)
                .body("kelurahan.code", equalTo(KOLO)).body("kelurahan.name", equalTo("Kolo"))
                .body("pillars.PSM.id", hasItem(psm))
                .body("pillars.FASILITATOR.id", hasItem(fasilitator))
                .body("pillars.TKSK.id", hasItem(tksk))
                .body("pillars.TAGANA.id", hasItem(tagana))
                .body("pillars.PORDAM.id", hasItem(pordam))
                .body("pillars.PSM.id", not(hasItem(psmParuga)))
                .body("pillars.PSM.id", not(hasItem(psmJatiwangi)))
                .body("pillars.PSM.id", not(hasItem(leftKolo)))
                .body("pillars.TKSK.id", not(hasItem(tkskRasanae)))
                .body("pillars.PENDAMPING_SOSIAL", org.hamcrest.Matchers.notNullValue())
                .body("contacts.id", hasItem(lurah))
                .extract().jsonPath();
        Map<String, Object> tkskEntry = coverage.getMap("pillars.TKSK.find { it.id == '" + tksk + "' }");
        assertTrue(tkskEntry.get("phone").toString().startsWith("+628"), tkskEntry.toString());
        assertTrue(tkskEntry.get("fullName").toString().startsWith("TKSK Asakota"), tkskEntry.toString());

        // whatever other tests registered: everyone listed really serves Kolo
        for (String type : List.of("PSM", "FASILITATOR", "PENDAMPING_SOSIAL", "TKSK")) {
            for (String id : coverage.<String>getList("pillars." + type + ".id")) {
                JsonPath pillar = asAdmin().get("/api/v1/pillars/" + id).then().statusCode(200).extract().jsonPath();
                assertTrue(pillar.getString("status").equals("ACTIVE"), id);
                boolean serves = type.equals("TKSK") ? ASAKOTA.equals(pillar.getString("kecamatanCode"))
                        : pillar.getList("kelurahanCodes").contains(KOLO);
                assertTrue(serves, type + " " + id + " does not serve Kolo");
            }
        }
        for (String id : coverage.<String>getList("contacts.kelurahanCode")) {
            assertTrue(id.equals(KOLO));
        }
    }

    @Test
    void eachRoleSeesWhatItMay() {
        String kolo = "/api/v1/areas/kelurahan/" + KOLO + "/coverage";
        String paruga = "/api/v1/areas/kelurahan/" + PARUGA + "/coverage";
        Accounts.as(Accounts.tokenOf("KELURAHAN")).get(kolo).then().statusCode(200);
        Accounts.as(Accounts.tokenOf("KELURAHAN")).get(paruga).then().statusCode(404)
                .contentType("application/problem+json");
        Accounts.as(Accounts.tokenOf("PILLAR")).get(paruga).then().statusCode(200);
        RestAssured.get(kolo).then().statusCode(401).header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer"));
        asAdmin().get("/api/v1/areas/kelurahan/52.72.03.1099/coverage").then().statusCode(404);
        asAdmin().get("/api/v1/areas/kelurahan/52.72.3/coverage").then().statusCode(400);
        // the plain kelurahan address still belongs to the open area endpoint
        RestAssured.get("/api/v1/areas/kelurahan/" + KOLO).then().statusCode(200).body("name", equalTo("Kolo"));
    }
}

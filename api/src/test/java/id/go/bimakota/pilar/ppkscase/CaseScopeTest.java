package id.go.bimakota.pilar.ppkscase;

import static id.go.bimakota.pilar.ppkscase.CaseWorkflowTest.KOLO;
import static id.go.bimakota.pilar.ppkscase.CaseWorkflowTest.create;
import static id.go.bimakota.pilar.support.Cases.newCase;
import static id.go.bimakota.pilar.support.Accounts.as;
import static id.go.bimakota.pilar.support.Accounts.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import id.go.bimakota.pilar.support.Accounts;
import id.go.bimakota.pilar.support.Pillars;
import id.go.bimakota.pilar.support.Pillars.Member;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Nobody sees a case outside their scope, whatever the filters say. */
@QuarkusTest
class CaseScopeTest {

    static final String PARUGA = "52.72.01.1001";
    static final String NIK = "5272034507450002";

    @Test
    void pillarsSeeTheKelurahanTheyCoverAndTheCasesTheyHandle() {
        Member koloPsm = Pillars.psm(KOLO);
        Member parugaPsm = Pillars.psm(PARUGA);
        Member asakotaTksk = Pillars.register("TKSK", null, "52.72.03");
        String koloCase = create(koloPsm.token(), newCase(KOLO, "FAKIR_MISKIN", null));

        as(parugaPsm.token()).get("/api/v1/cases/" + koloCase).then().statusCode(404);
        for (Map<String, String> filters : List.of(Map.<String, String>of(), Map.of("kelurahan", KOLO),
                Map.of("kecamatan", "52.72.03"), Map.of("q", "Siti"))) {
            as(parugaPsm.token()).queryParams(filters).queryParam("limit", 200).get("/api/v1/cases").then()
                    .statusCode(200).body("items.id", not(hasItem(koloCase)))
                    .body("items.address.kelurahanCode", everyItem(equalTo(PARUGA)));
        }
        as(asakotaTksk.token()).get("/api/v1/cases/" + koloCase).then().statusCode(200);
        as(asakotaTksk.token()).queryParam("kelurahan", KOLO).queryParam("limit", 200).get("/api/v1/cases").then()
                .statusCode(200).body("items.id", hasItem(koloCase));
        as(parugaPsm.token()).body(Map.of("text", "coba")).post("/api/v1/cases/" + koloCase + "/notes").then()
                .statusCode(404);
    }

    @Test
    void fullNikOnlyForThoseWhoHandleTheCaseAndEachReadIsAudited() {
        Member lead = Pillars.psm(KOLO);
        Member coveringOnly = Pillars.psm(KOLO);
        String id = create(lead.token(), newCase(KOLO, "ANAK_TELANTAR", NIK));
        as(lead.token()).get("/api/v1/cases/" + id).then().statusCode(200).body("subject.nik", equalTo(NIK));
        as(coveringOnly.token()).get("/api/v1/cases/" + id).then().statusCode(200)
                .body("subject.nik", equalTo("5272**********02")).body("allowedActions", org.hamcrest.Matchers.empty());
        as(coveringOnly.token()).get("/api/v1/cases/" + id + "/timeline").then().statusCode(403);
        as(lead.token()).queryParam("kelurahan", KOLO).get("/api/v1/cases").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.subject.nik", equalTo("5272**********02"));
        asAdmin().queryParam("entityId", id).queryParam("action", "NIK_READ").get("/api/v1/audit").then()
                .statusCode(200).body("items[0].actorUsername", equalTo(lead.login().username()));
    }

    @Test
    void kelurahanOfficersSeeTheirKelurahanWithoutDescriptionOrNotes() {
        Member psm = Pillars.psm(KOLO);
        String koloCase = create(psm.token(), newCase(KOLO, "LANSIA_TELANTAR", NIK.replace("0002", "0003")));
        String parugaCase = create(psm.token(), newCase(PARUGA, "LANSIA_TELANTAR", null));
        String kolo = Accounts.newUser("KELURAHAN", KOLO).accessToken();
        as(kolo).get("/api/v1/cases/" + koloCase).then().statusCode(200)
                .body("description", nullValue()).body("source", nullValue()).body("address.street", nullValue())
                .body("address.rt", equalTo(3)).body("address.rw", equalTo(2))
                .body("category", equalTo("LANSIA_TELANTAR")).body("subject.nik", equalTo("5272**********03"));
        as(kolo).get("/api/v1/cases/" + parugaCase).then().statusCode(404);
        as(kolo).get("/api/v1/cases/" + koloCase + "/timeline").then().statusCode(403);
        as(kolo).queryParam("kelurahan", PARUGA).get("/api/v1/cases").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
        as(kolo).queryParam("limit", 200).get("/api/v1/cases").then().statusCode(200)
                .body("items.address.kelurahanCode", everyItem(equalTo(KOLO)))
                .body("items.description", everyItem(nullValue()));
    }

    @Test
    void kelurahanOfficersReportForTheirOwnKelurahanAsTheKelurahan() {
        String kolo = Accounts.newUser("KELURAHAN", KOLO).accessToken();
        Map<String, Object> body = newCase(PARUGA, "GELANDANGAN", null);
        body.put("source", Map.of("kind", "KELURAHAN", "name", "Kasi Kesos Kolo"));
        as(kolo).body(body).post("/api/v1/cases").then().statusCode(403);
        Map<String, Object> own = newCase(KOLO, "GELANDANGAN", null);
        as(kolo).body(own).post("/api/v1/cases").then().statusCode(400).body("errors[0].field", equalTo("source.kind"));
        own.put("source", Map.of("kind", "KELURAHAN", "name", "Kasi Kesos Kolo"));
        as(kolo).body(own).post("/api/v1/cases").then().statusCode(201).body("leadPillarId", nullValue());
    }
}

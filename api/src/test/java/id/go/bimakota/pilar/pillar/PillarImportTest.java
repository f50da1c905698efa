package id.go.bimakota.pilar.pillar;

import static id.go.bimakota.pilar.support.Accounts.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.bimakota.pilar.common.web.Csv;
import io.restassured.response.ValidatableResponse;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PillarImportTest {

    private static final String HEADER = "fullName,type,nik,gender,phone,email,kelurahanCodes,kecamatanCode,"
            + "memberNumber,originRegion,joinedOn";
    private static final List<String> KELURAHAN = List.of("52.72.01.1001", "52.72.02.1004", "52.72.03.1004",
            "52.72.04.1003", "52.72.05.1001");

    /** The Pendamping Sosial who transferred in from Kabupaten Bima and Kabupaten Dompu, with a test token. */
    private static List<List<String>> pendampingSosial(String token, int count) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String kelurahan = KELURAHAN.get(i % KELURAHAN.size());
            String codes = i % 4 == 0 ? kelurahan + ";" + KELURAHAN.get((i + 1) % KELURAHAN.size()) : kelurahan;
            rows.add(new ArrayList<>(List.of("Pendamping " + token + " " + (char) ('A' + i), "PENDAMPING_SOSIAL",
                    Pillars.nik(), i % 2 == 0 ? "P" : "L", Pillars.phone(), "", codes, "", "",
                    i % 3 == 0 ? "Kabupaten Dompu" : "Kabupaten Bima", "2023-02-01")));
        }
        return rows;
    }

    private static String csv(String header, List<List<String>> rows) {
        StringBuilder csv = new StringBuilder(header).append("\r\n");
        rows.forEach(row -> csv.append(Csv.line(row)));
        return csv.toString();
    }

    private static ValidatableResponse upload(String csv, Map<String, ?> params) {
        return asAdmin().contentType("text/csv; charset=UTF-8").queryParams(params).body(csv)
                .post("/api/v1/pillars/import").then();
    }

    private static List<String> listed(String token) {
        return asAdmin().queryParam("q", token).queryParam("limit", 200).get("/api/v1/pillars").then().statusCode(200)
                .extract().jsonPath().getList("items.id");
    }

    @Test
    void fifteenTransferredPendampingSosialImportInOneRequest() {
        String token = Pillars.token();
        List<List<String>> rows = pendampingSosial(token, 15);
        List<String> ids = upload(csv(HEADER, rows), Map.of()).statusCode(200)
                .body("dryRun", equalTo(false)).body("atomic", equalTo(true)).body("written", equalTo(true))
                .body("created", equalTo(15)).body("failed", equalTo(0))
                .body("rows", hasSize(15)).body("rows.status", everyItem(equalTo("CREATED")))
                .body("rows[0].row", equalTo(1)).body("rows[14].row", equalTo(15))
                .body("rows.id", everyItem(notNullValue()))
                .extract().jsonPath().getList("rows.id");
        assertEquals(15, listed(token).size());
        List<String> row4 = rows.get(3);
        asAdmin().get("/api/v1/pillars/" + ids.get(3)).then().statusCode(200)
                .body("fullName", equalTo(row4.get(0))).body("type", equalTo("PENDAMPING_SOSIAL"))
                .body("nik", equalTo(row4.get(2))).body("gender", equalTo("P"))
                .body("phone", equalTo(Pillars.e164(row4.get(4))))
                .body("kelurahanCodes", equalTo(List.of(row4.get(6).split(";")).stream().sorted().toList()))
                .body("originRegion", equalTo("Kabupaten Bima")).body("joinedOn", equalTo("2023-02-01"))
                .body("status", equalTo("ACTIVE"));
    }

    @Test
    void aDryRunReportsTheBadRowAndWritesNothing() {
        String token = Pillars.token();
        List<List<String>> rows = pendampingSosial(token, 15);
        rows.get(6).set(4, "12345"); // row 7: bad phone
        rows.get(6).set(6, "52.72.03.1099"); // and an unknown kelurahan
        upload(csv(HEADER, rows), Map.of("dryRun", "true")).statusCode(200)
                .body("dryRun", equalTo(true)).body("written", equalTo(false))
                .body("created", equalTo(0)).body("failed", equalTo(1))
                .body("rows.findAll { it.status == 'ERROR' }.row", equalTo(List.of(7)))
                .body("rows[6].errors.field", equalTo(List.of("phone", "kelurahanCodes")))
                .body("rows[6].id", nullValue())
                .body("rows.findAll { it.status == 'VALID' }", hasSize(14));
        assertEquals(List.of(), listed(token));
    }

    @Test
    void anImportIsAllOrNothingUnlessAtomicIsFalse() {
        String token = Pillars.token();
        List<List<String>> rows = pendampingSosial(token, 5);
        rows.get(1).set(2, "5272033102900001"); // row 2: NIK with 31 February
        rows.get(3).set(4, rows.get(0).get(4)); // row 4: the phone of row 1
        upload(csv(HEADER, rows), Map.of()).statusCode(200)
                .body("written", equalTo(false)).body("created", equalTo(0)).body("failed", equalTo(2))
                .body("rows.status", equalTo(List.of("VALID", "ERROR", "VALID", "ERROR", "VALID")))
                .body("rows[1].errors.field", equalTo(List.of("nik")))
                .body("rows[3].errors.field", equalTo(List.of("phone")));
        assertEquals(List.of(), listed(token));

        upload(csv(HEADER, rows), Map.of("atomic", "false")).statusCode(200)
                .body("written", equalTo(true)).body("created", equalTo(3)).body("failed", equalTo(2))
                .body("rows.status", equalTo(List.of("CREATED", "ERROR", "CREATED", "ERROR", "CREATED")));
        assertEquals(3, listed(token).size());

        // the same people again: every NIK and phone is taken now
        upload(csv(HEADER, List.of(rows.get(0))), Map.of()).statusCode(200)
                .body("rows[0].status", equalTo("ERROR")).body("rows[0].errors.field", equalTo(List.of("nik", "phone")));
    }

    @Test
    void columnsMayComeInAnyOrderAndQuotedValuesAndAByteOrderMarkAreFine() {
        String token = Pillars.token();
        String phone = Pillars.phone();
        String csv = "\uFEFFtype,phone,fullName,kecamatanCode,memberNumber\n"
                + "TAGANA," + phone + ",\"Tagana " + token + ", Raba\",52.72.04,TGN-5272-0113\n";
        String id = upload(csv, Map.of()).statusCode(200).body("created", equalTo(1))
                .extract().jsonPath().getString("rows[0].id");
        asAdmin().get("/api/v1/pillars/" + id).then().statusCode(200)
                .body("fullName", equalTo("Tagana " + token + ", Raba")).body("kecamatanCode", equalTo("52.72.04"))
                .body("memberNumber", equalTo("TGN-5272-0113"));
    }

    @Test
    void badFilesAre400WithoutRowResults() {
        upload(HEADER + ",whatsapp\r\n", Map.of()).statusCode(400).body("errors.field", equalTo(List.of("whatsapp")));
        upload("fullName,type\r\nNama,PSM\r\n", Map.of()).statusCode(400).body("errors.field", equalTo(List.of("phone")));
        upload(HEADER + "\r\n", Map.of()).statusCode(400).body("errors.field", equalTo(List.of("body")));
        upload(HEADER + "\r\n", Map.of("dryRun", "kadang")).statusCode(400);
        asAdmin().body("{}").post("/api/v1/pillars/import").then().statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void rowsOfTheWrongWidthOrWithBadValuesNameTheColumn() {
        String token = Pillars.token();
        String csv = "fullName,type,phone,gender,joinedOn,kelurahanCodes\n"
                + "Satu " + token + ",PSM," + Pillars.phone() + ",L,2023-02-01,52.72.03.1004\n"
                + "Dua " + token + ",PSM," + Pillars.phone() + "\n"
                + "Tiga " + token + ",RELAWAN," + Pillars.phone() + ",X,01-02-2023,52.72.03.1004\n";
        upload(csv, Map.of("dryRun", "true")).statusCode(200)
                .body("rows.status", equalTo(List.of("VALID", "ERROR", "ERROR")))
                .body("rows[1].errors.field", equalTo(List.of("row")))
                .body("rows[2].errors.field", equalTo(List.of("type", "gender", "joinedOn")));
    }
}

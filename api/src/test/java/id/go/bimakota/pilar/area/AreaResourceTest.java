package id.go.bimakota.pilar.area;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AreaResourceTest {

    @Test
    void listsTheFiveKecamatanWithTheirKelurahanCounts() {
        given().get("/api/v1/areas/kecamatan").then().statusCode(200)
                .body("items.code", contains("52.72.01", "52.72.02", "52.72.03", "52.72.04", "52.72.05"))
                .body("items.name", contains("Rasanae Barat", "Rasanae Timur", "Asakota", "Raba", "Mpunda"))
                .body("items.kelurahanCount", contains(6, 8, 6, 11, 10))
                .body("nextCursor", nullValue());
    }

    @Test
    void followingTheCursorListsExactlyTheKelurahanOfTheOfficialList() throws IOException {
        List<String> codes = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("limit", 10);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/areas/kelurahan").then().statusCode(200).extract().jsonPath();
            codes.addAll(page.getList("items.code"));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null);
        assertEquals(5, pages);
        assertEquals(officialKelurahanCodes(), codes);
        assertEquals(41, codes.size());
    }

    @Test
    void defaultPageHoldsAllFortyOne() {
        given().get("/api/v1/areas/kelurahan").then().statusCode(200)
                .body("items", hasSize(41)).body("nextCursor", nullValue())
                .body("items.find { it.code == '52.72.01.1013' }.name", equalTo("Pane"));
    }

    @Test
    void filtersByKecamatan() {
        given().queryParam("kecamatan", "52.72.03").get("/api/v1/areas/kelurahan").then().statusCode(200)
                .body("items", hasSize(6))
                .body("items.kecamatanCode", everyItem(equalTo("52.72.03")))
                .body("items.kecamatanName", everyItem(equalTo("Asakota")))
                .body("items.name", contains("Melayu", "Jatiwangi", "Jatibaru", "Kolo", "Jatibaru Timur", "Ule"));
    }

    @Test
    void unknownOrMalformedKecamatanFilterIsA400NamingTheParameter() {
        given().queryParam("kecamatan", "52.72.09").get("/api/v1/areas/kelurahan").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("kecamatan"));
        given().queryParam("kecamatan", "x").get("/api/v1/areas/kelurahan").then().statusCode(400)
                .body("errors[0].field", equalTo("kecamatan"));
    }

    @Test
    void getsOneKelurahan() {
        given().get("/api/v1/areas/kelurahan/52.72.03.1004").then().statusCode(200)
                .body("code", equalTo("52.72.03.1004")).body("name", equalTo("Kolo"))
                .body("kecamatanCode", equalTo("52.72.03")).body("kecamatanName", equalTo("Asakota"));
    }

    @Test
    void wellFormedUnknownCodeIs404AndMalformedIs400() {
        given().get("/api/v1/areas/kelurahan/52.72.03.1099").then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo("/problems/not-found"));
        for (String bad : List.of("abc", "52.72", "52.72.03.10041")) {
            given().get("/api/v1/areas/kelurahan/" + bad).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("code"));
        }
    }

    private static List<String> officialKelurahanCodes() throws IOException {
        try (InputStream in = AreaResourceTest.class.getResourceAsStream("/reference/kota-bima-wilayah.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .filter(line -> !line.isBlank()).map(line -> line.substring(0, line.indexOf(','))).sorted()
                    .toList();
        }
    }
}

package id.go.bimakota.pilar.ppkscase;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReferenceDataTest {

    @Test
    void listsTheTwentySixPpksCategoriesInOfficialOrder() {
        var body = given().get("/api/v1/ppks-categories").then().statusCode(200)
                .body("items", hasSize(26))
                .body("items[0].code", equalTo("ANAK_BALITA_TELANTAR"))
                .body("items[0].nameId", equalTo("Anak Balita Telantar"))
                .extract().jsonPath();
        List<Integer> ordinals = body.getList("items.ordinal");
        assertEquals(IntStream.rangeClosed(1, 26).boxed().toList(), ordinals);
        assertEquals(26, body.getList("items.description").stream().filter(d -> !d.toString().isBlank()).count());
    }

    @Test
    void listsTheSixPillarTypes() {
        given().get("/api/v1/pillar-types").then().statusCode(200)
                .body("items.code", contains("PSM", "TKSK", "PORDAM", "TAGANA", "FASILITATOR", "PENDAMPING_SOSIAL"))
                .body("items.group", contains("PILAR_SOSIAL", "PILAR_SOSIAL", "PILAR_SOSIAL", "PILAR_SOSIAL",
                        "UNSUR_SOSIAL_LAIN", "UNSUR_SOSIAL_LAIN"))
                .body("items.usualArea", contains("KELURAHAN", "KECAMATAN", "KOTA", "KOTA", "KELURAHAN", "KELURAHAN"))
                .body("items[1].nameId", equalTo("Tenaga Kesejahteraan Sosial Kecamatan"));
    }
}

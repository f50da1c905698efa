package id.go.bimakota.pilar.common;

import static id.go.bimakota.pilar.support.Accounts.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.bimakota.pilar.support.Pillars;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 22: Bean Validation speaks Bahasa Indonesia too, and a missing body is named as the body. */
@QuarkusTest
class IndonesianValidationTest {

    @Test
    void frameworkMessagesAreIndonesian() {
        String psm = Pillars.psm("52.72.03.1004").token();
        Map<String, String> byField = as(psm).header("Accept-Language", "id")
                .body(Map.of("kelurahanCode", "52.72.03.1004", "purpose", "HOME_VISIT", "location", "x".repeat(500)))
                .post("/api/v1/notices").then().statusCode(400).extract().jsonPath()
                .getMap("errors.collectEntries { [it.field, it.message] }");
        assertEquals("wajib diisi", byField.get("plannedStart"), byField.toString());
        assertEquals(true, byField.get("location").startsWith("panjangnya harus antara"), byField.toString());
    }

    @Test
    void aMissingBodyIsNamedWithItsRequiredFields() {
        String psm = Pillars.psm("52.72.03.1004").token();
        for (String language : List.of("id", "en")) {
            List<Map<String, String>> errors = as(psm).header("Accept-Language", language).contentType("application/json")
                    .post("/api/v1/notices").then().statusCode(400).body("errors.field", hasItem("body"))
                    .extract().jsonPath().getList("errors");
            assertEquals(1, errors.size(), errors.toString());
            String message = errors.get(0).get("message");
            assertEquals(true, message.contains("kelurahanCode") && message.contains("plannedStart")
                    && message.contains(language.equals("id") ? "isian wajib" : "required fields"), message);
        }
        as(psm).header("Accept-Language", "id").contentType("application/json").body("null")
                .post("/api/v1/notices").then().statusCode(400).body("errors[0].field", equalTo("body"));
    }
}

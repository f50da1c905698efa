package id.go.bimakota.pilar.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The published contract ({@code openapi.yaml} at the root) is exactly what the service serves. */
@QuarkusTest
class OpenApiContractTest {

    static final Path PUBLISHED = Path.of("..", "openapi.yaml");

    @Test
    void publishedContractEqualsServedDocument() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        String served = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        JsonNode servedDoc = yaml.readTree(served);
        assertTrue(Files.exists(PUBLISHED), "openapi.yaml is missing at the repository root");
        JsonNode publishedDoc = yaml.readTree(PUBLISHED.toFile());
        if (!servedDoc.equals(publishedDoc)) {
            Path actual = Path.of("target", "openapi-served.yaml");
            Files.writeString(actual, served);
            assertEquals(servedDoc.toPrettyString(), publishedDoc.toPrettyString(),
                    "openapi.yaml differs from the served document. Regenerate it: cp api/" + actual + " openapi.yaml");
        }
    }

    @Test
    void infoDescribesTheService() throws IOException {
        JsonNode info = new ObjectMapper(new YAMLFactory()).readTree(PUBLISHED.toFile()).get("info");
        assertEquals("Pilar Bima API", info.get("title").asText());
        assertTrue(info.get("description").asText().contains("Kota Bima"));
        assertTrue(info.has("version") && info.has("contact"));
    }
}

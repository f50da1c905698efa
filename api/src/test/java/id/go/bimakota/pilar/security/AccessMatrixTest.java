package id.go.bimakota.pilar.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import id.go.bimakota.pilar.support.Accounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.quarkus.test.common.http.TestHTTPResource;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The one table of who may call what: every operation of the served OpenAPI document × every
 * caller (anonymous, ADMIN, PILLAR, KELURAHAN) → the status a minimal request gets. An operation
 * missing from the table fails the build, so no future endpoint ships unprotected.
 *
 * <p>Requests use a random UUID for {id}, Kolo (52.72.03.1004) for {code}, an empty JSON object
 * as body and {@code If-Match: "0"}; so an allowed caller typically gets 200, 400 (empty body) or
 * 404 (unknown id), and a refused one 401 or 403. The KELURAHAN user belongs to Kolo.
 */
@QuarkusTest
class AccessMatrixTest {

    /** Expected statuses of one operation for anonymous, ADMIN, PILLAR and KELURAHAN callers. */
    public record Row(String method, String path, int anonymous, int admin, int pillar, int kelurahan) {
        String operation() {
            return method + " " + path;
        }
    }

    /** The table, kept per feature in files of this package so features grow it independently. */
    static final List<Row> TABLE = Stream.of(AccountAccess.ROWS, PillarAccess.ROWS, CaseAccess.ROWS,
            NoticeAccess.ROWS, BackupAccess.ROWS, DeliveryAccess.ROWS, WebhookAccess.ROWS).flatMap(List::stream).toList();

    @TestHTTPResource("/")
    URI base;

    /** A live feed never ends: only its status line and content type are read. */
    private void checkStream(Row row, String caller, String token, int expected, List<String> mismatches) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(row.path())).timeout(Duration.ofSeconds(10));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request.build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            response.body().close();
            if (response.statusCode() != expected) {
                mismatches.add(row.operation() + " as " + caller + ": expected " + expected + " but got "
                        + response.statusCode());
            }
        } catch (IOException | InterruptedException e) {
            mismatches.add(row.operation() + " as " + caller + ": " + e);
        }
    }

    @Test
    void everyOperationOfTheContractIsInTheTable() {
        Map<String, Object> paths = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        TreeSet<String> served = new TreeSet<>();
        paths.forEach((path, operations) -> ((Map<?, ?>) operations).keySet().stream()
                .map(m -> m.toString().toUpperCase())
                .filter(m -> List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(m))
                .forEach(m -> served.add(m + " " + path)));
        TreeSet<String> tabled = TABLE.stream().map(Row::operation).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(served, tabled, "Add each new operation to AccessMatrixTest.TABLE with its expected statuses");
    }

    @Test
    void everyCallerGetsTheExpectedStatus() {
        List<String> mismatches = new ArrayList<>();
        for (Row row : TABLE) {
            check(row, "anonymous", null, row.anonymous(), mismatches);
            check(row, "ADMIN", Accounts.tokenOf("ADMIN"), row.admin(), mismatches);
            check(row, "PILLAR", Accounts.tokenOf("PILLAR"), row.pillar(), mismatches);
            check(row, "KELURAHAN", Accounts.tokenOf("KELURAHAN"), row.kelurahan(), mismatches);
        }
        if (!mismatches.isEmpty()) {
            fail(String.join("\n", mismatches));
        }
    }

    private void check(Row row, String caller, String token, int expected, List<String> mismatches) {
        if (row.path().endsWith("/events")) {
            checkStream(row, caller, token, expected, mismatches);
            return;
        }
        RequestSpecification request = given().contentType(ContentType.JSON).header("If-Match", "\"0\"");
        if (token != null) {
            request.auth().oauth2(token);
        }
        if (!row.method().equals("GET") && !row.method().equals("DELETE")) {
            request.body("{}");
        }
        String path = row.path().replace("{id}", UUID.randomUUID().toString()).replace("{code}", "52.72.03.1004");
        var response = request.request(row.method(), path);
        if (response.statusCode() != expected) {
            mismatches.add(row.operation() + " as " + caller + ": expected " + expected + " but got "
                    + response.statusCode() + " " + response.asString());
        }
        if (response.statusCode() >= 400 && !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
            mismatches.add(row.operation() + " as " + caller + ": error without problem+json");
        }
    }
}

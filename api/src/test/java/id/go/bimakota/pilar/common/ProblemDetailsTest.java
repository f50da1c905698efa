package id.go.bimakota.pilar.common;

import id.go.bimakota.pilar.common.web.RequestIds;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProblemDetailsTest {

    @Test
    void unknownPathIsAProblem404() {
        given().get("/api/v1/nothing-here").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"))
                .body("title", equalTo("Not found"))
                .body("status", equalTo(404))
                .body("instance", equalTo("/api/v1/nothing-here"))
                .body("requestId", notNullValue());
    }

    @Test
    void wrongMethodIs405() {
        given().delete("/api/v1/areas/kecamatan").then().statusCode(405)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/method-not-allowed"));
    }

    @Test
    void unacceptableMediaTypeIs406() {
        given().accept("application/xml").get("/api/v1/areas/kecamatan").then().statusCode(406)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-acceptable"));
    }

    @Test
    void badPagingIs400NamingTheParameter() {
        for (String limit : new String[] {"0", "201", "-1", "ten"}) {
            given().queryParam("limit", limit).get("/api/v1/areas/kelurahan").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/validation"))
                    .body("errors[0].field", equalTo("limit"));
        }
        given().queryParam("cursor", "%%%not-base64").get("/api/v1/areas/kelurahan").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void indonesianWhenAskedFor() {
        given().header("Accept-Language", "id-ID,id;q=0.9,en;q=0.5").queryParam("limit", 0)
                .get("/api/v1/areas/kelurahan").then().statusCode(400)
                .header("Content-Language", "id")
                .body("title", equalTo("Permintaan tidak valid"))
                .body("errors[0].message", equalTo("harus bilangan bulat dari 1 sampai 200"));
        given().header("Accept-Language", "en").queryParam("limit", 0)
                .get("/api/v1/areas/kelurahan").then().statusCode(400)
                .body("title", equalTo("Invalid request"));
    }

    @Test
    void everyResponseCarriesTheServersOwnRequestId() {
        given().get("/api/v1/areas/kecamatan").then().statusCode(200)
                .header(RequestIds.HEADER, matchesPattern("[0-9a-f]{32}"));
        // a client's id is kept as clientRequestId (log, audit), never taken as the server's (issue 19)
        given().header(RequestIds.HEADER, "field-app-1234").get("/api/v1/areas/kecamatan").then()
                .header(RequestIds.HEADER, matchesPattern("[0-9a-f]{32}"));
        given().header(RequestIds.HEADER, "<script>").get("/api/v1/nothing").then()
                .header(RequestIds.HEADER, matchesPattern("[0-9a-f]{32}"));
    }

    @Test
    void bodiesOverOneMebibyteAre413Problems() {
        String big = "{\"username\": \"" + "x".repeat(1_100_000) + "\", \"password\": \"y\"}";
        given().contentType("application/json").body(big).post("/api/v1/auth/token").then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/payload-too-large"))
                .body("status", equalTo(413));
    }

    @Test
    void unexpectedFailureIsAGeneric500ThatLeaksNothing() {
        Response response = given().get("/test-only/fail");
        response.then().statusCode(500)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/internal"))
                .body("requestId", equalTo(response.header(RequestIds.HEADER)));
        String body = response.asString();
        for (String leak : new String[] {"SELECT", "h2", "Exception", "java.", "secret", "at id.go"}) {
            org.hamcrest.MatcherAssert.assertThat(body, not(containsString(leak)));
        }
    }
}

package id.go.bimakota.pilar.audit;

import static id.go.bimakota.pilar.support.Accounts.PASSWORD;
import static id.go.bimakota.pilar.support.Accounts.as;
import static id.go.bimakota.pilar.support.Accounts.asAdmin;
import static id.go.bimakota.pilar.support.Accounts.login;
import static id.go.bimakota.pilar.support.Accounts.newUser;
import static id.go.bimakota.pilar.support.Accounts.tokenOf;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.bimakota.pilar.support.Accounts.Login;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditResourceTest {

    @Test
    void showsLoginsUserCreationAndChangesWithActorAndRequestId() {
        Login user = newUser("KELURAHAN", "52.72.05.1001");
        given().contentType(ContentType.JSON).body(Map.of("username", user.username(), "password", "salah-sekali"))
                .post("/api/v1/auth/token").then().statusCode(401);
        String etag = asAdmin().get("/api/v1/users/" + user.userId()).then().extract().header("ETag");
        String requestId = asAdmin().header("If-Match", etag).body(Map.of("displayName", "Kasi Kesos Baru"))
                .patch("/api/v1/users/" + user.userId()).then().statusCode(200).extract().header("X-Request-Id");

        asAdmin().queryParam("entityId", user.userId()).get("/api/v1/audit").then().statusCode(200)
                .body("items.action", hasItem("USER_CREATED"))
                .body("items.action", hasItem("USER_UPDATED"))
                .body("items.find { it.action == 'USER_UPDATED' }.requestId", equalTo(requestId))
                .body("items.find { it.action == 'USER_UPDATED' }.actorUsername", equalTo("admin"))
                .body("items.find { it.action == 'USER_UPDATED' }.actorRole", equalTo("ADMIN"))
                .body("items.find { it.action == 'USER_UPDATED' }.changedFields", equalTo(List.of("displayName")))
                .body("items.find { it.action == 'USER_UPDATED' }.clientAddress", notNullValue());
        asAdmin().queryParam("entityType", "Login").queryParam("entityId", user.username()).get("/api/v1/audit")
                .then().statusCode(200)
                .body("items.action", hasItem("LOGIN_SUCCEEDED"))
                .body("items.action", hasItem("LOGIN_FAILED"));
    }

    @Test
    void pagesNewestFirstWithoutGapsOrRepeats() {
        Login user = newUser("PILLAR", null);
        for (int i = 0; i < 5; i++) {
            login(user.username(), PASSWORD);
        }
        List<String> ids = new ArrayList<>();
        List<String> times = new ArrayList<>();
        String cursor = null;
        do {
            var request = asAdmin().queryParam("actor", user.username()).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/api/v1/audit").then().statusCode(200).extract().jsonPath();
            ids.addAll(page.getList("items.id"));
            times.addAll(page.getList("items.at"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        // the 5 logins here and the one newUser made
        assertEquals(6, ids.size());
        assertEquals(6, ids.stream().distinct().count());
        List<String> sorted = new ArrayList<>(times);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, times);
    }

    @Test
    void filtersByActionAndTimeAndRejectsBadInstants() {
        asAdmin().queryParam("action", "LOGIN_SUCCEEDED").queryParam("from", "2020-01-01T00:00:00+08:00")
                .get("/api/v1/audit").then().statusCode(200)
                .body("items.action", everyItem(equalTo("LOGIN_SUCCEEDED")));
        asAdmin().queryParam("to", "2000-01-01T00:00:00Z").get("/api/v1/audit").then().statusCode(200)
                .body("items", hasSize(0));
        asAdmin().queryParam("from", "yesterday").get("/api/v1/audit").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
    }

    @Test
    void onlyAdminsReadTheAuditLog() {
        as(tokenOf("PILLAR")).get("/api/v1/audit").then().statusCode(403);
        as(tokenOf("KELURAHAN")).get("/api/v1/audit").then().statusCode(403);
        given().get("/api/v1/audit").then().statusCode(401);
    }
}

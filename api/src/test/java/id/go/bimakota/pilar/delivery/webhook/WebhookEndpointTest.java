package id.go.bimakota.pilar.delivery.webhook;

import static id.go.bimakota.pilar.support.Accounts.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.bimakota.pilar.support.WebhookEndpoints;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The integrators' webhook endpoints through the real HTTP API, with private networks refused (the
 * default): registration shows the secret once, reads never do, PATCH takes If-Match, rotation gives
 * a new secret, and a URL that leads into the service's own network is a 400 naming url.
 */
@QuarkusTest
class WebhookEndpointTest {

    /** The endpoints registered here go nowhere: deleted, so later notices make no deliveries to them. */
    @AfterEach
    void deleteUnroutableEndpoints() {
        WebhookEndpoints.deleteUnroutable();
    }

    static final String PATH = "/api/v1/webhook-endpoints";
    /** TEST-NET-3 (RFC 5737): public as far as the check goes, and needs no DNS in the test. */
    static final String PUBLIC_URL = "https://203.0.113.10/hooks/pilar";

    @Test
    void registeringShowsTheSecretOnceAndReadsNever() {
        JsonPath created = asAdmin().body(Map.of("url", PUBLIC_URL, "events", List.of("notice.created",
                "notice.cancelled"), "description", "E-office Kota Bima")).post(PATH)
                .then().statusCode(201).header("Location", startsWith("http")).header("ETag", "\"0\"")
                .body("secret", startsWith("whsec_")).body("active", equalTo(true)).extract().jsonPath();
        String id = created.getString("id");
        byte[] key = Base64.getDecoder().decode(created.getString("secret").substring("whsec_".length()));
        assertTrue(key.length >= 24, "at least 24 random bytes");
        assertEquals(List.of("notice.cancelled", "notice.created"), created.getList("events"));

        asAdmin().get(PATH + "/" + id).then().statusCode(200).header("ETag", "\"0\"").body("secret", nullValue())
                .body("url", equalTo(PUBLIC_URL)).body("description", equalTo("E-office Kota Bima"));
        String list = asAdmin().queryParam("limit", 200).get(PATH).then().statusCode(200).body("items.id", hasItem(id))
                .extract().asString();
        assertTrue(!list.contains("whsec_"), "no secret in the list");
        asAdmin().delete(PATH + "/" + id).then().statusCode(204);
    }

    @Test
    void theListIsCursorPaged() {
        Set<String> mine = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            mine.add(create(PUBLIC_URL, List.of("notice.created")));
        }
        Set<String> seen = new HashSet<>();
        String cursor = null;
        do {
            var request = asAdmin().queryParam("limit", 1);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get(PATH).then().statusCode(200).extract().jsonPath();
            assertEquals(1, page.getList("items").size());
            assertTrue(seen.add(page.getString("items[0].id")), "no item twice");
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertTrue(seen.containsAll(mine));
        mine.forEach(id -> asAdmin().delete(PATH + "/" + id).then().statusCode(204));
    }

    @Test
    void patchTakesIfMatchAndChangesOnlyWhatItNames() {
        String id = create(PUBLIC_URL, List.of("notice.created"));
        asAdmin().body(Map.of("description", "x")).patch(PATH + "/" + id).then().statusCode(428);
        asAdmin().header("If-Match", "\"7\"").body(Map.of("description", "x")).patch(PATH + "/" + id)
                .then().statusCode(412).body("current.id", equalTo(id));

        asAdmin().header("If-Match", "\"0\"").body(Map.of("events", List.of("notice.acknowledged",
                "notice.reschedule-requested"), "url", "https://203.0.113.11/v2")).patch(PATH + "/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("url", equalTo("https://203.0.113.11/v2"))
                .body("events", equalTo(List.of("notice.acknowledged", "notice.reschedule-requested")))
                .body("secret", nullValue());
        asAdmin().header("If-Match", "\"1\"").body(Map.of("active", false)).patch(PATH + "/" + id)
                .then().statusCode(200).body("active", equalTo(false)).body("disabledAt", notNullValue());
        asAdmin().header("If-Match", "\"2\"").body(Map.of("active", true)).patch(PATH + "/" + id)
                .then().statusCode(200).body("active", equalTo(true)).body("disabledAt", nullValue());

        asAdmin().header("If-Match", "\"1\"").delete(PATH + "/" + id).then().statusCode(412);
        asAdmin().delete(PATH + "/" + id).then().statusCode(204);
        asAdmin().get(PATH + "/" + id).then().statusCode(404);
    }

    @Test
    void rotationGivesANewSecretShownOnce() {
        JsonPath created = asAdmin().body(Map.of("url", PUBLIC_URL, "events", List.of("notice.created"))).post(PATH)
                .then().statusCode(201).extract().jsonPath();
        String id = created.getString("id");

        String rotated = asAdmin().post(PATH + "/" + id + "/rotate-secret").then().statusCode(200).header("ETag", "\"1\"")
                .body("secret", startsWith("whsec_")).extract().jsonPath().getString("secret");

        assertNotEquals(created.getString("secret"), rotated);
        asAdmin().get(PATH + "/" + id).then().body("secret", nullValue()).body("version", equalTo(1));
        asAdmin().delete(PATH + "/" + id).then().statusCode(204);
        asAdmin().post(PATH + "/" + id + "/rotate-secret").then().statusCode(404);
    }

    @Test
    void urlsIntoTheServicesOwnNetworkAreRefused() {
        for (String url : List.of("http://127.0.0.1:8080/q/health", "http://localhost/hook", "http://10.1.2.3/hook",
                "http://172.16.0.5/hook", "http://192.168.1.1/", "http://169.254.169.254/latest/meta-data/",
                "http://[::1]/hook", "http://[fd00::1]/hook", "http://[::ffff:10.0.0.1]/hook", "http://0.0.0.0/",
                "http://100.64.0.1/")) {
            asAdmin().body(Map.of("url", url, "events", List.of("notice.created"))).post(PATH)
                    .then().statusCode(400).body("errors.field", equalTo(List.of("url")));
        }
        String id = create(PUBLIC_URL, List.of("notice.created"));
        asAdmin().header("If-Match", "\"0\"").body(Map.of("url", "http://127.0.0.1/hook")).patch(PATH + "/" + id)
                .then().statusCode(400).body("errors.field", equalTo(List.of("url")));
        asAdmin().get(PATH + "/" + id).then().body("url", equalTo(PUBLIC_URL));
        asAdmin().delete(PATH + "/" + id).then().statusCode(204);
    }

    @Test
    void otherSchemesAndUnknownEventsAreRefusedWithEveryFieldNamed() {
        asAdmin().header("Accept-Language", "id").body(Map.of("url", "ftp://203.0.113.10/x", "events",
                List.of("notice.created", "case.created"))).post(PATH)
                .then().statusCode(400).body("errors.field", equalTo(List.of("url", "events")))
                .body("errors[0].message", startsWith("harus URL http atau https"))
                .body("errors[1].message", startsWith("peristiwa case.created tidak dikenal"));
        for (String url : List.of("file:///etc/passwd", "javascript:alert(1)", "https://user:pw@203.0.113.10/",
                "/relative/path", "https://")) {
            asAdmin().body(Map.of("url", url, "events", List.of("notice.created"))).post(PATH)
                    .then().statusCode(400).body("errors.field", hasItem("url"));
        }
        asAdmin().body(Map.of("url", PUBLIC_URL, "events", List.of())).post(PATH)
                .then().statusCode(400).body("errors.field", hasItem("events"));
        asAdmin().body(Map.of("url", PUBLIC_URL)).post(PATH).then().statusCode(400)
                .body("errors.field", hasItem("events")).body("errors.field", not(hasItem("url")));
    }

    static String create(String url, List<String> events) {
        return asAdmin().body(Map.of("url", url, "events", events)).post(PATH).then().statusCode(201)
                .extract().jsonPath().getString("id");
    }
}

package id.go.bimakota.pilar.support;

import static id.go.bimakota.pilar.support.Accounts.asAdmin;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;

/**
 * Clean-up of webhook endpoints that tests register at TEST-NET-3 (203.0.113.0/24, RFC 5737): the
 * dispatcher really sends to every endpoint, and each delivery to such an address hangs until the 15 s
 * timeout, so every notice a later test files in the same JVM would make deliveries that go nowhere.
 */
public final class WebhookEndpoints {

    public static final String UNROUTABLE = "203.0.113.";
    private static final String PATH = "/api/v1/webhook-endpoints";

    private WebhookEndpoints() {
    }

    /** Deletes every endpoint whose URL points into TEST-NET-3. */
    public static void deleteUnroutable() {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            var request = asAdmin().queryParam("limit", 100);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get(PATH).then().statusCode(200).extract().jsonPath();
            List<String> urls = page.getList("items.url");
            List<String> pageIds = page.getList("items.id");
            for (int i = 0; i < urls.size(); i++) {
                if (urls.get(i).contains(UNROUTABLE)) {
                    ids.add(pageIds.get(i));
                }
            }
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        for (String id : ids) {
            String etag = asAdmin().get(PATH + "/" + id).then().statusCode(200).extract().header("ETag");
            asAdmin().header("If-Match", etag).delete(PATH + "/" + id).then().statusCode(204);
        }
    }
}

package id.go.bimakota.pilar.client;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.bimakota.pilar.client.model.Contact;
import id.go.bimakota.pilar.client.model.NoticeOverlap;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * The contract tests rest on {@link Contract#assertSameJson}; this shows it fails on each kind of drift
 * (parsed with the client's own ObjectMapper, as the client does), so a passing contract test means something.
 */
class ContractCheckTest {

    private static final String OVERLAP = """
            {"id":"n-2","number":"KL-2026-000046","purpose":"ASSESSMENT","plannedStart":"2026-12-01T02:00:00Z",
             "plannedEnd":"2026-12-01T04:00:00.000Z","status":"SUBMITTED","rw":2,"rt":null,"leadPillarName":"Ahmad",
             "leadPillarPhone":"+6281311112222"}""";

    private static void check(String json, Class<?> model) throws Exception {
        JsonNode raw = Contract.parse(json);
        Contract.assertSameJson(raw, Json.mapper().treeToValue(raw, model));
    }

    @Test
    void whatTheModelHoldsExactlyPasses() throws Exception {
        check(OVERLAP, NoticeOverlap.class);
    }

    @Test
    void aFieldTheModelLacksFails() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> check(OVERLAP.replace("\"rw\":2", "\"rw\":2,\"kelurahanName\":\"Kolo\""), NoticeOverlap.class));
        assertTrue(e.getMessage().contains("$.kelurahanName"), e.getMessage());
    }

    @Test
    void anEnumValueTheClientDoesNotKnowFails() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> check(OVERLAP.replace("ASSESSMENT", "TRAINING"), NoticeOverlap.class));
        assertTrue(e.getMessage().contains("$.purpose"), e.getMessage());
    }

    @Test
    void aValueOfAnotherTypeFails() {
        // rw as the number 2 where the service sends the text "002" would read, but lose the padding.
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> check("""
                {"id":"k-1","kelurahanCode":"52.72.03.1004","name":"H. Abdullah","position":"KETUA_RW","rw":"002",
                 "phone":"+6285200001111","active":true,"version":1}""".replace("\"002\"", "2.5"), Contact.class));
        assertTrue(e.getMessage().contains("$.rw"), e.getMessage());
    }

    @Test
    void aNestedObjectMissingAFieldFails() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> check("""
                {"items":[{"id":"k-1","name":"X","position":"LURAH","active":true,"version":1,"extra":{"a":1}}]}""",
                ContactPage.class));
        assertTrue(e.getMessage().contains("$.items[0].extra"), e.getMessage());
    }

    record ContactPage(java.util.List<Contact> items) {
    }
}

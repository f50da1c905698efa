package id.go.bimakota.pilar.notice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bimakota.pilar.common.storage.HumanNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;

/**
 * Stores live-feed events in the transaction of the change they announce, numbered in commit
 * order. The feed reads them back from the database, so every instance sees every event.
 */
@ApplicationScoped
public class NoticeEvents {

    private final HumanNumbers numbers;
    private final ObjectMapper json;

    private final Clock clock;

    public NoticeEvents(HumanNumbers numbers, ObjectMapper json, Clock clock) {
        this.clock = clock;
        this.numbers = numbers;
        this.json = json;
    }

    /** A summary without personal data: the feed reaches everyone whose scope includes the notice. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(String type, Notice n) {
        Map<String, Object> payload = n.summary();
        payload.put("leadPillarId", n.leadPillarId);
        NoticeEvent event = new NoticeEvent();
        event.seq = numbers.nextValue("EVENT");
        event.at = clock.instant();
        event.type = type;
        event.noticeId = n.id;
        event.kelurahanCode = n.kelurahanCode;
        try {
            event.payload = json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        event.persist();
    }
}

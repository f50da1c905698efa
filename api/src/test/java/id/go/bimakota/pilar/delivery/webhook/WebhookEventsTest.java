package id.go.bimakota.pilar.delivery.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.bimakota.pilar.notice.NoticeAction;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The events an endpoint may subscribe to are exactly the live feed's notice events. */
class WebhookEventsTest {

    @Test
    void theSubscribableEventsAreTheNoticeEvents() {
        Set<String> feed = Stream.concat(Stream.of("notice.created"), Arrays.stream(NoticeAction.values())
                .map(NoticeAction::event)).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(feed, new TreeSet<>(WebhookEvents.ALL));
    }
}

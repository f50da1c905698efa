package id.go.bimakota.pilar.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import id.go.bimakota.pilar.client.OutboxItem.Kind;
import id.go.bimakota.pilar.client.OutboxItem.State;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which pending items may go side by side, and which must keep their enqueue order. */
class LanePlannerTest {

    private long seq;

    @Test
    void noPendingItemsNoLanes() {
        assertEquals(List.of(), lanes(4, sent("a", "n-1")));
    }

    @Test
    void unrelatedItemsGetALaneEach() {
        assertEquals(List.of(List.of("a"), List.of("b"), List.of("c")),
                lanes(4, newNotice("a"), newNotice("b"), newNotice("c")));
    }

    @Test
    void aParallelismOfOnePutsEveryPendingItemInOneLaneInEnqueueOrder() {
        assertEquals(List.of(List.of("a", "b", "c")), lanes(1, newNotice("a"), newNotice("b"), newNotice("c")));
    }

    @Test
    void anItemFollowsThePendingItemItRefersTo() {
        assertEquals(List.of(List.of("a", "c"), List.of("b")),
                lanes(4, newNotice("a"), newNotice("b"), action("c", "outbox:a", "a")));
    }

    @Test
    void actionsOnTheSameNoticeKeepTheirOrder() {
        assertEquals(List.of(List.of("a", "c"), List.of("b")),
                lanes(4, action("a", "n-1"), action("b", "n-2"), action("c", "n-1")));
    }

    /** One action names the notice by the ref of its sent creation, the other by its server id. */
    @Test
    void aRefToASentItemIsTheSameNoticeAsItsServerId() {
        assertEquals(List.of(List.of("b", "c"), List.of("d")),
                lanes(4, sent("a", "n-1"), action("b", "outbox:a", "a"), action("c", "n-1"), action("d", "n-2")));
    }

    /** A sent item is done: what refers to it need not wait for anything. */
    @Test
    void aRefToASentItemWithoutServerIdOrdersNothing() {
        assertEquals(List.of(List.of("b"), List.of("c")),
                lanes(4, sent("a", null), action("b", "outbox:a", "a"), action("c", "outbox:a", "a")));
    }

    @Test
    void sharedKeysChainLanesTogether() {
        // c follows a (ref), d acts on the same notice as c: one lane a, c, d; b apart.
        assertEquals(List.of(List.of("a", "c", "d"), List.of("b")),
                lanes(4, newNotice("a"), newNotice("b"), action("c", "n-9", "a"), action("d", "n-9")));
    }

    @Test
    void rejectedAndSentItemsAreNotPlanned() {
        assertEquals(List.of(List.of("c")), lanes(4, sent("a", "n-1"), rejected("b"), newNotice("c")));
    }

    private List<List<String>> lanes(int parallelism, StoredItem... items) {
        List<List<String>> ids = new ArrayList<>();
        for (List<StoredItem> lane : LanePlanner.lanes(List.of(items), parallelism)) {
            List<String> laneIds = new ArrayList<>();
            lane.forEach(item -> laneIds.add(item.id()));
            ids.add(laneIds);
        }
        return ids;
    }

    private StoredItem newNotice(String id) {
        return item(id, Kind.NEW_NOTICE, null, State.PENDING, null);
    }

    /** An acknowledgement of {@code target}, which may be a ref, depending on the items {@code dependsOn}. */
    private StoredItem action(String id, String target, String... dependsOn) {
        return item(id, Kind.ACKNOWLEDGE_NOTICE, target, State.PENDING, null, dependsOn);
    }

    private StoredItem sent(String id, String serverId) {
        return item(id, Kind.NEW_NOTICE, null, State.SENT, serverId);
    }

    private StoredItem rejected(String id) {
        return item(id, Kind.NEW_NOTICE, null, State.REJECTED, null);
    }

    private StoredItem item(String id, Kind kind, String target, State state, String serverId, String... dependsOn) {
        return new StoredItem(StoredItem.FORMAT, id, ++seq, kind, target, JsonNodeFactory.instance.objectNode(),
                "key-" + id, "psm.kolo", Instant.EPOCH, state, 0, null, serverId, null, null, List.of(dependsOn));
    }
}

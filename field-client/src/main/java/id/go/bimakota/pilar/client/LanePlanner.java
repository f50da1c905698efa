package id.go.bimakota.pilar.client;

import id.go.bimakota.pilar.client.OutboxItem.State;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits the pending items of a flush into lanes: an item shares a lane with the pending items it
 * refers to and with the items acting on the same notice or case. A lane is sent one item after
 * another in enqueue order; different lanes may go at the same time. Pure: no disk, no network.
 */
final class LanePlanner {

    private LanePlanner() {
    }

    /**
     * The lanes of the PENDING items among {@code items} (every item of the outbox, in enqueue order),
     * themselves in enqueue order of their first item. With a {@code parallelism} of 1 every pending
     * item is in one lane.
     */
    static List<List<StoredItem>> lanes(List<StoredItem> items, int parallelism) {
        List<StoredItem> pending = new ArrayList<>();
        Map<String, StoredItem> byId = new HashMap<>();
        for (StoredItem item : items) {
            byId.put(item.id(), item);
            if (item.state() == State.PENDING) {
                pending.add(item);
            }
        }
        if (pending.isEmpty()) {
            return List.of();
        }
        if (parallelism == 1 || pending.size() == 1) {
            return List.of(List.copyOf(pending));
        }
        // Union-find over the items; two items that share an ordering key end up with one root.
        int[] parent = new int[pending.size()];
        Map<String, Integer> firstWithKey = new HashMap<>();
        for (int i = 0; i < pending.size(); i++) {
            parent[i] = i;
            for (String key : orderingKeys(pending.get(i), byId)) {
                Integer earlier = firstWithKey.putIfAbsent(key, i);
                if (earlier != null) {
                    parent[root(parent, i)] = root(parent, earlier);
                }
            }
        }
        Map<Integer, List<StoredItem>> lanes = new LinkedHashMap<>();
        for (int i = 0; i < pending.size(); i++) {
            lanes.computeIfAbsent(root(parent, i), root -> new ArrayList<>()).add(pending.get(i));
        }
        List<List<StoredItem>> result = new ArrayList<>();
        lanes.values().forEach(lane -> result.add(List.copyOf(lane)));
        return List.copyOf(result);
    }

    /**
     * What an item must stay in order with: itself, the pending items it refers to, and the notice or
     * case it acts on, by server id even where it names it by the ref of a sent item.
     */
    private static Set<String> orderingKeys(StoredItem item, Map<String, StoredItem> byId) {
        Set<String> keys = new HashSet<>();
        keys.add("item " + item.id());
        for (String dependency : item.dependsOn()) {
            StoredItem other = byId.get(dependency);
            if (other != null && other.state() == State.PENDING) {
                keys.add("item " + dependency);
            }
        }
        if (item.target() != null) {
            String ref = Refs.itemId(item.target());
            StoredItem referred = ref == null ? null : byId.get(ref);
            if (ref == null) {
                keys.add("subject " + item.target());
            } else if (referred != null && referred.serverId() != null) {
                keys.add("subject " + referred.serverId());
            }
        }
        return keys;
    }

    /** The representative of {@code i}'s set in a union-find forest, halving paths on the way. */
    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}

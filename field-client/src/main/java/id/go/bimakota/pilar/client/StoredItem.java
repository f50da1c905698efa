package id.go.bimakota.pilar.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bimakota.pilar.client.OutboxItem.Kind;
import id.go.bimakota.pilar.client.OutboxItem.State;
import id.go.bimakota.pilar.client.model.OutboxRequest;
import id.go.bimakota.pilar.client.model.Problem;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/**
 * An outbox item as it is written to its file. {@code body} is kept as JSON, so every attempt sends
 * exactly the same bytes for the same Idempotency-Key. {@code format} lets a later client version
 * read files an older one left behind.
 */
record StoredItem(
        int format,
        String id,
        long seq,
        Kind kind,
        String target,
        JsonNode body,
        String idempotencyKey,
        String username,
        Instant enqueuedAt,
        State state,
        int attempts,
        Instant lastAttemptAt,
        String serverId,
        String serverNumber,
        Problem problem,
        List<String> dependsOn) {

    static final int FORMAT = 1;

    StoredItem {
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
    }

    /** The item as apps see it, its request read back from the stored JSON. */
    OutboxItem view(ObjectMapper mapper) {
        OutboxRequest request;
        try {
            request = mapper.treeToValue(body, kind.requestType());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        return new OutboxItem(id, kind, target, request, state, idempotencyKey, enqueuedAt, attempts, lastAttemptAt,
                serverId, serverNumber, problem);
    }

    StoredItem attempted(Instant at, Problem transientProblem) {
        return new StoredItem(format, id, seq, kind, target, body, idempotencyKey, username, enqueuedAt, state,
                attempts + 1, at, serverId, serverNumber, transientProblem, dependsOn);
    }

    StoredItem sent(String newServerId, String newServerNumber) {
        return new StoredItem(format, id, seq, kind, target, body, idempotencyKey, username, enqueuedAt, State.SENT,
                attempts, lastAttemptAt, newServerId, newServerNumber, null, dependsOn);
    }

    StoredItem rejected(Problem reason) {
        return new StoredItem(format, id, seq, kind, target, body, idempotencyKey, username, enqueuedAt,
                State.REJECTED, attempts, lastAttemptAt, serverId, serverNumber, reason, dependsOn);
    }
}

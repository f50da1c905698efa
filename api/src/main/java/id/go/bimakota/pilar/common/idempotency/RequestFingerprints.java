package id.go.bimakota.pilar.common.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * SHA-256 of what a request asks for: method, path, query and the body as canonical JSON. The body
 * is taken from the deserialized arguments and written with sorted keys, so whitespace and key order
 * of the client's JSON do not matter, but any change of a value does.
 */
@ApplicationScoped
public class RequestFingerprints {

    private final ObjectMapper mapper;

    public RequestFingerprints(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    String of(String method, String path, String query, List<Object> body) {
        MessageDigest sha256 = sha256();
        for (String part : new String[] {method, path, query == null ? "" : query}) {
            sha256.update(part.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) '\n');
        }
        sha256.update(canonicalJson(body));
        return HexFormat.of().formatHex(sha256.digest());
    }

    private byte[] canonicalJson(List<Object> body) {
        try {
            return mapper.writeValueAsBytes(sorted(mapper.valueToTree(body)));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalStateException("The body of an @Idempotent method must be serializable as JSON", e);
        }
    }

    /** The same tree with the members of every object in key order. */
    private JsonNode sorted(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Map<String, JsonNode> members = new TreeMap<>();
            object.properties().forEach(e -> members.put(e.getKey(), sorted(e.getValue())));
            ObjectNode copy = mapper.createObjectNode();
            members.forEach(copy::set);
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = mapper.createArrayNode();
            array.forEach(element -> copy.add(sorted(element)));
            return copy;
        }
        return node;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}

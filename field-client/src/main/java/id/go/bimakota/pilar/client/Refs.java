package id.go.bimakota.pilar.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Finds and replaces {@link OutboxItem#ref()} placeholders in an outbox request. */
final class Refs {

    private Refs() {
    }

    /** The ids of the outbox items that {@code target} and {@code body} refer to, in order of appearance. */
    static Set<String> in(String target, JsonNode body) {
        Set<String> ids = new LinkedHashSet<>();
        collect(target, ids);
        collect(body, ids);
        return ids;
    }

    /** The id of the outbox item {@code value} refers to, or null if it is not a reference. */
    static String itemId(String value) {
        return isRef(value) ? value.substring(OutboxItem.REF_PREFIX.length()) : null;
    }

    /** {@code value} with a reference replaced by the server id it stands for. */
    static String resolve(String value, Map<String, String> serverIds) {
        return isRef(value) ? serverIds.get(value.substring(OutboxItem.REF_PREFIX.length())) : value;
    }

    /** A copy of {@code node} with every reference replaced by the server id it stands for. */
    static JsonNode resolve(JsonNode node, Map<String, String> serverIds) {
        if (node.isTextual()) {
            return TextNode.valueOf(resolve(node.textValue(), serverIds));
        }
        if (node instanceof ObjectNode object) {
            ObjectNode copy = object.objectNode();
            object.fields().forEachRemaining(field -> copy.set(field.getKey(), resolve(field.getValue(), serverIds)));
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = array.arrayNode();
            array.forEach(element -> copy.add(resolve(element, serverIds)));
            return copy;
        }
        return node;
    }

    private static void collect(JsonNode node, Set<String> ids) {
        if (node.isTextual()) {
            collect(node.textValue(), ids);
        }
        for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
            collect(children.next(), ids);
        }
    }

    private static void collect(String value, Set<String> ids) {
        if (isRef(value)) {
            ids.add(value.substring(OutboxItem.REF_PREFIX.length()));
        }
    }

    private static boolean isRef(String value) {
        return value != null && value.startsWith(OutboxItem.REF_PREFIX);
    }
}

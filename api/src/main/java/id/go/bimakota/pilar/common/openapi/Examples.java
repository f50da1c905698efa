package id.go.bimakota.pilar.common.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * A whole-body example for every JSON request and success answer that has none, put together from the
 * Kota Bima examples of its fields, so that integrators (and the linters, which check each example
 * against its schema) see complete, valid bodies. Fields without an example are left out unless required.
 */
final class Examples {

    private static final int MAX_DEPTH = 6;

    private Examples() {
    }

    static void complete(Operation operation, Components components) {
        if (operation.getRequestBody() != null) {
            fill(operation.getRequestBody().getContent(), components);
        }
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("2") && response.getRef() == null) {
                fill(response.getContent(), components);
            }
        });
    }

    private static void fill(Content content, Components components) {
        MediaType json = content == null || content.getMediaTypes() == null ? null
                : content.getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
        if (json == null || json.getSchema() == null || json.getExample() != null
                || json.getExamples() != null && !json.getExamples().isEmpty()) {
            return;
        }
        Object example = of(json.getSchema(), components, 0);
        if (example != null) {
            json.setExample(example);
        }
    }

    /** The example value of a schema, or null when nothing sensible can be said. */
    private static Object of(Schema schema, Components components, int depth) {
        if (schema == null || depth > MAX_DEPTH) {
            return null;
        }
        if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
            return schema.getExamples().get(0);
        }
        if (schema.getRef() != null) {
            return of(resolve(schema.getRef(), components), components, depth + 1);
        }
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
            return schema.getEnumeration().get(0);
        }
        if (schema.getProperties() != null) {
            return object(schema, components, depth);
        }
        if (schema.getItems() != null) {
            Object item = of(schema.getItems(), components, depth + 1);
            return item == null ? List.of() : List.of(item);
        }
        return scalar(schema);
    }

    private static Map<String, Object> object(Schema schema, Components components, int depth) {
        Map<String, Object> example = new LinkedHashMap<>();
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        schema.getProperties().forEach((name, property) -> {
            Object value = of(property, components, depth + 1);
            // Optional sub-objects (a visit report, an acknowledgement) belong to other states: left out.
            if (value != null && (required.contains(name) || !(value instanceof Map))) {
                example.put(name, value);
            }
        });
        return required.stream().allMatch(example::containsKey) ? example : null;
    }

    private static Object scalar(Schema schema) {
        if (schema.getType() == null || schema.getType().isEmpty()) {
            return null;
        }
        return switch (schema.getType().get(0)) {
            case OBJECT -> Map.of();
            case BOOLEAN -> Boolean.FALSE;
            case INTEGER -> schema.getMinimum() == null ? 1 : schema.getMinimum().intValue();
            default -> null;
        };
    }

    private static Schema resolve(String ref, Components components) {
        return components.getSchemas() == null ? null : components.getSchemas().get(ref.substring(ref.lastIndexOf('/') + 1));
    }
}

package id.go.bimakota.pilar.common.openapi;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/** Small helpers over the schemas of the contract. */
final class Schemas {

    static final String EXAMPLE_ID = "3f8a1c2e-5b7d-4e91-a6c3-0d2b9e4f7a10";

    private Schemas() {
    }

    static Content problemContent(Map<String, Object> example) {
        return OASFactory.createContent().addMediaType(ErrorResponses.PROBLEM_JSON, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem")).example(example));
    }

    /**
     * SmallRye describes java.time and UUID values with generic examples (2022-03-10...); ours are dates of
     * Kota Bima's working year, in UTC as the API writes them.
     */
    static void useLocalScalarExamples(Components components) {
        example(components, "Instant", "2026-12-01T01:00:00Z");
        example(components, "LocalDate", "2026-11-20");
        example(components, "UUID", EXAMPLE_ID);
    }

    /**
     * SmallRye puts {@code enumeration} of a {@code List<String>} field on the array; the values are those
     * of its items.
     */
    static void moveArrayEnumsToItems(Components components) {
        if (components.getSchemas() == null) {
            return;
        }
        for (Schema schema : components.getSchemas().values()) {
            if (schema.getProperties() == null) {
                continue;
            }
            for (Schema property : schema.getProperties().values()) {
                if (property.getItems() != null && property.getEnumeration() != null) {
                    property.getItems().setEnumeration(property.getEnumeration());
                    property.setEnumeration(null);
                }
            }
        }
    }

    /**
     * SmallRye leaves out the type of a parameter whose {@code @Schema} gives only a format, pattern or enum.
     * Parameters of this API are text that the services parse (dates, codes, enum names), numbers only where
     * bounds are given (limit).
     */
    static void typeUntypedParameter(Schema schema) {
        if (schema != null && schema.getRef() == null && (schema.getType() == null || schema.getType().isEmpty())) {
            boolean numeric = schema.getMinimum() != null || schema.getMaximum() != null;
            schema.addType(numeric ? Schema.SchemaType.INTEGER : Schema.SchemaType.STRING);
        }
    }

    /** The schema of a JSON body, with a {@code $ref} resolved against the components. */
    static Schema jsonSchema(Content content, Components components) {
        if (content == null || content.getMediaTypes() == null) {
            return null;
        }
        MediaType json = content.getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
        Schema schema = json == null ? null : json.getSchema();
        if (schema != null && schema.getRef() != null && components.getSchemas() != null) {
            return components.getSchemas().get(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1));
        }
        return schema;
    }

    static boolean isVersioned(Schema schema) {
        return schema != null && schema.getProperties() != null && schema.getProperties().containsKey("version");
    }

    private static void example(Components components, String name, Object value) {
        Schema schema = components.getSchemas() == null ? null : components.getSchemas().get(name);
        if (schema != null) {
            schema.setExamples(List.of(value));
        }
    }
}

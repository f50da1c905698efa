package id.go.bimakota.pilar.client.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields a PATCH changes, and nothing else: a field that was never set is not sent, a field set
 * to {@code null} is sent as {@code null} and cleared (JSON merge patch).
 */
public abstract class Patch {

    private final Map<String, Object> fields;

    Patch(Map<String, Object> fields) {
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** The changed fields by JSON name, in the order they were set. */
    @JsonValue
    public Map<String, Object> fields() {
        return fields;
    }

    @Override
    public String toString() {
        // Values may be personal data (NIK, phone): name the changed fields only.
        return getClass().getSimpleName() + fields.keySet();
    }
}

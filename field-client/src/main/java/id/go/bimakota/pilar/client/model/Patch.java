package id.go.bimakota.pilar.client.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields a PATCH changes, and nothing else: a field that was never set is not sent and stays as
 * it is on the service. The service reads a {@code null} as "not sent", so a field set to
 * {@code null} is left out too; to clear an optional text field (a pillar's email, a contact's RW)
 * set it to {@code ""}, as the service expects.
 */
public abstract class Patch {

    private final Map<String, Object> fields;

    Patch(Map<String, Object> fields) {
        Map<String, Object> set = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            if (value != null) {
                set.put(name, value);
            }
        });
        this.fields = Collections.unmodifiableMap(set);
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

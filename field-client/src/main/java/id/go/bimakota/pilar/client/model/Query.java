package id.go.bimakota.pilar.client.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Filters of a list request, sent as query parameters named after the field. Unset filters are not sent. */
public abstract class Query {

    private final Map<String, String> parameters;

    Query(Map<String, String> parameters) {
        this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** The query parameters this query sends, without {@code cursor}. */
    public Map<String, String> parameters() {
        return parameters;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + parameters;
    }

    static void put(Map<String, String> parameters, String name, Object value) {
        if (value == null) {
            parameters.remove(name);
        } else {
            parameters.put(name, value instanceof Enum<?> e ? e.name() : value.toString());
        }
    }
}

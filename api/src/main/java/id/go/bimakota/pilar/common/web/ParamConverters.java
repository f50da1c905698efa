package id.go.bimakota.pilar.common.web;

import id.go.bimakota.pilar.common.problem.ProblemException;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.UUID;
import java.util.function.Function;

/**
 * Path, query and header parameters that JAX-RS would get wrong: a malformed id would be a 404, an
 * unknown enum value a 404, {@code ?active=maybe} a silent {@code false}. Each is a 400 here that
 * names the parameter (and, for enums, lists the allowed values).
 */
@Provider
public class ParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (rawType == UUID.class) {
            return (ParamConverter<T>) converter(value -> uuid(name, value));
        }
        if (rawType == Boolean.class) {
            return (ParamConverter<T>) converter(value -> bool(name, value));
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> type = (Class<? extends Enum>) rawType;
            return (ParamConverter<T>) converter(value -> Enums.parse(type, name, value));
        }
        return null;
    }

    /** A UUID in its 36-character form; null or empty is absent, anything else a 400 naming {@code field}. */
    public static UUID uuid(String field, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            if (value.length() == 36) {
                return UUID.fromString(value);
            }
        } catch (IllegalArgumentException malformed) {
            // reported below
        }
        throw ProblemException.invalidField(field, "value.uuid");
    }

    private static Boolean bool(String field, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.valueOf(value);
        }
        throw ProblemException.invalidField(field, "value.boolean");
    }

    private static <V> ParamConverter<V> converter(Function<String, V> parse) {
        return new ParamConverter<>() {
            @Override
            public V fromString(String value) {
                return parse.apply(value);
            }

            @Override
            public String toString(V value) {
                return value instanceof Enum<?> e ? e.name() : value.toString();
            }
        };
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof PathParam p) {
                return p.value();
            }
            if (annotation instanceof QueryParam q) {
                return q.value();
            }
            if (annotation instanceof HeaderParam h) {
                return h.value();
            }
        }
        return "id";
    }
}

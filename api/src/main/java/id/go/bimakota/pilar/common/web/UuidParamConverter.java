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

/** A malformed id in a path or query is a 400 naming the parameter, not the 404 JAX-RS would give. */
@Provider
public class UuidParamConverter implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != UUID.class) {
            return null;
        }
        String name = nameOf(annotations);
        return (ParamConverter<T>) new ParamConverter<UUID>() {
            @Override
            public UUID fromString(String value) {
                return parse(name, value);
            }

            @Override
            public String toString(UUID value) {
                return value.toString();
            }
        };
    }

    public static UUID parse(String field, String value) {
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

    static String nameOf(Annotation[] annotations) {
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

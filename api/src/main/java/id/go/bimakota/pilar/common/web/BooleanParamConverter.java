package id.go.bimakota.pilar.common.web;

import id.go.bimakota.pilar.common.problem.ProblemException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/** {@code ?active=maybe} is a 400 naming the parameter, not the silent {@code false} of Boolean.valueOf. */
@Provider
public class BooleanParamConverter implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != Boolean.class) {
            return null;
        }
        String name = UuidParamConverter.nameOf(annotations);
        return (ParamConverter<T>) new ParamConverter<Boolean>() {
            @Override
            public Boolean fromString(String value) {
                if (value == null || value.isEmpty()) {
                    return null;
                }
                if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
                    return Boolean.valueOf(value);
                }
                throw ProblemException.invalidField(name, "value.boolean");
            }

            @Override
            public String toString(Boolean value) {
                return value.toString();
            }
        };
    }
}

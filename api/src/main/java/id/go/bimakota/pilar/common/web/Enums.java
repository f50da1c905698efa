package id.go.bimakota.pilar.common.web;

import id.go.bimakota.pilar.common.problem.ProblemException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Enum query parameters. JAX-RS would answer an unknown value with 404; the API promises a 400
 * that lists the allowed values.
 */
public final class Enums {

    private Enums() {
    }

    /** The constant named {@code value}, null when absent, or a 400 naming {@code field}. */
    public static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(field, "value.oneOf", allowed(type));
        }
    }

    public static String allowed(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}

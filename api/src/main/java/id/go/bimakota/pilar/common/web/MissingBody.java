package id.go.bimakota.pilar.common.web;

import id.go.bimakota.pilar.common.problem.FieldError;
import id.go.bimakota.pilar.common.problem.Messages;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A request without its JSON body (none, or {@code null}): Bean Validation reports the Java parameter
 * ("request: must not be null"); the caller is told that the body is missing and which of its fields
 * are required, as field {@code body}.
 */
record MissingBody(List<String> requiredFields) {

    static Optional<MissingBody> of(ConstraintViolation<?> violation) {
        if (violation.getInvalidValue() != null || !(violation.getConstraintDescriptor().getAnnotation() instanceof NotNull)) {
            return Optional.empty();
        }
        Path.MethodNode method = null;
        Path.ParameterNode parameter = null;
        for (Iterator<Path.Node> nodes = violation.getPropertyPath().iterator(); nodes.hasNext();) {
            Path.Node node = nodes.next();
            if (node.getKind() == ElementKind.METHOD) {
                method = node.as(Path.MethodNode.class);
            } else if (node.getKind() == ElementKind.PARAMETER && !nodes.hasNext()) {
                parameter = node.as(Path.ParameterNode.class);
            } else {
                return Optional.empty();
            }
        }
        if (method == null || parameter == null) {
            return Optional.empty();
        }
        Class<?> type = parameterType(violation.getRootBeanClass(), method, parameter.getParameterIndex());
        return type != null && type.isRecord() ? Optional.of(new MissingBody(required(type))) : Optional.empty();
    }

    FieldError error(Locale locale) {
        return new FieldError("body", requiredFields.isEmpty() ? Messages.get(locale, "body.missing")
                : Messages.get(locale, "body.missingWithFields", String.join(", ", requiredFields)));
    }

    private static Class<?> parameterType(Class<?> resource, Path.MethodNode node, int index) {
        Class<?>[] types = node.getParameterTypes().toArray(Class<?>[]::new);
        for (Class<?> c = resource; c != null; c = c.getSuperclass()) {
            try {
                Method method = c.getDeclaredMethod(node.getName(), types);
                Parameter[] parameters = method.getParameters();
                return index < parameters.length ? parameters[index].getType() : null;
            } catch (NoSuchMethodException notHere) {
                // declared higher up (a generated subclass of the resource)
            }
        }
        return null;
    }

    /** Constraint annotations of a record component land on its accessor (they do not target components). */
    private static List<String> required(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).filter(c -> {
            Method accessor = c.getAccessor();
            return accessor.isAnnotationPresent(NotNull.class) || accessor.isAnnotationPresent(NotBlank.class)
                    || accessor.isAnnotationPresent(NotEmpty.class);
        }).map(RecordComponent::getName).toList();
    }
}

package id.go.bimakota.pilar.common.web;

import id.go.bimakota.pilar.common.problem.FieldError;
import id.go.bimakota.pilar.common.problem.Message;
import id.go.bimakota.pilar.common.problem.Messages;
import id.go.bimakota.pilar.common.problem.ProblemException;
import id.go.bimakota.pilar.common.problem.ProblemType;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure into an RFC 9457 answer; nothing internal ever reaches the body. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpHeaders headers, UriInfo uri) {
        return ProblemResponses.of(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response violations(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = ProblemResponses.locale(headers);
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> MissingBody.of(v).map(body -> body.error(locale)).orElseGet(() -> new FieldError(fieldOf(v), v.getMessage())))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return ProblemResponses.build(ProblemType.VALIDATION, Messages.get(locale, "validation.detail", errors.size()),
                errors, Map.of(), locale, uri);
    }

    @ServerExceptionMapper({JsonParseException.class, JsonProcessingException.class})
    public Response malformed(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        return ProblemResponses.of(ProblemType.MALFORMED_REQUEST, Message.of("malformed.json"), headers, uri);
    }

    @ServerExceptionMapper({MismatchedInputException.class, InvalidFormatException.class,
            UnrecognizedPropertyException.class, ValueInstantiationException.class, JsonMappingException.class})
    public Response mismatched(JsonMappingException e, HttpHeaders headers, UriInfo uri) {
        if (e.getProcessor() instanceof JsonGenerator) {
            // writing our own answer failed: a bug, not bad input
            return unexpected(e, headers, uri);
        }
        String field = jsonPath(e.getPath());
        if (field.isEmpty() || String.valueOf(e.getOriginalMessage()).contains("end-of-input")) {
            return malformed(e, headers, uri);
        }
        ProblemException problem = ProblemException.invalidFields(List.of(new Message.ForField(field, messageFor(e))));
        return ProblemResponses.of(problem, headers, uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        if (e.getCause() instanceof ProblemException problem) {
            // a parameter converter refused a value (e.g. a malformed UUID): that is a 400, not a 404
            return problem(problem, headers, uri);
        }
        if (e.getCause() instanceof JsonMappingException mapping) {
            return mismatched(mapping, headers, uri);
        }
        if (e.getCause() instanceof JsonProcessingException parsing) {
            return malformed(parsing, headers, uri);
        }
        ProblemType type = ProblemType.forStatus(e.getResponse().getStatus());
        return ProblemResponses.of(type, Message.of("problem." + type.slug() + ".detail"), headers, uri);
    }

    /** Message keys of why an access token ended, carried as the message of an AuthenticationFailedException. */
    public static final String ACCESS_ENDED = "auth.ended.";

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, HttpHeaders headers, UriInfo uri) {
        // a well-signed token that may no longer be used says why (TokenValidityAugmentor)
        String reason = e instanceof AuthenticationFailedException ? e.getMessage() : null;
        String detail = reason != null && reason.startsWith(ACCESS_ENDED) ? reason : "problem.unauthorized.detail";
        return ProblemResponses.of(ProblemType.UNAUTHORIZED, Message.of(detail), headers, uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        return ProblemResponses.of(ProblemType.FORBIDDEN, Message.of("problem.forbidden.detail"), headers, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return problem(problem, headers, uri);
            }
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                // Two writers passed the If-Match check at once; the database let only one through.
                return ProblemResponses.of(ProblemType.PRECONDITION_FAILED, Message.of("conflict.version"), headers, uri);
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException) {
                return ProblemResponses.of(ProblemType.CONFLICT, Message.of("conflict.duplicate"), headers, uri);
            }
            if (cause instanceof SQLException sql && String.valueOf(sql.getMessage()).contains("acquisition timeout")) {
                // Agroal's pool stayed exhausted for the whole wait: overload, which a retry may outlast
                LOG.warnf("No database connection for %s (request %s)", uri.getRequestUri().getRawPath(),
                        RequestIds.current());
                return ProblemResponses.of(new ProblemException(ProblemType.UNAVAILABLE, Message.of("overload.detail"))
                        .withHeader("Retry-After", "2"), headers, uri);
            }
        }
        LOG.errorf(e, "Unexpected failure of %s (request %s)", uri.getRequestUri().getRawPath(), RequestIds.current());
        return ProblemResponses.of(ProblemType.INTERNAL, Message.of("problem.internal.detail"), headers, uri);
    }

    @SuppressWarnings("unchecked")
    private static Message messageFor(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return Message.of("json.unknownField");
        }
        if (e instanceof InvalidNullException) {
            return Message.of("json.nullItem");
        }
        Class<?> target = e instanceof InvalidFormatException f ? f.getTargetType() : null;
        if (target != null && target.isEnum()) {
            return Message.of("value.oneOf", Enums.allowed((Class<? extends Enum<?>>) target));
        }
        if (target == String.class) {
            return Message.of(String.valueOf(e.getOriginalMessage()).contains("invisible character")
                    ? "text.invisibleCharacter" : "text.controlCharacter");
        }
        if (target == LocalDate.class) {
            return Message.of("value.date");
        }
        if (target == Instant.class) {
            return Message.of("value.instant");
        }
        return Message.of("json.wrongType");
    }

    /** {@code subject.nik}, {@code teamPillarIds[2]}: the JSON path of the offending value. */
    static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    /** Drops the method and body-parameter nodes: callers know fields, not Java signatures. */
    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        Iterator<Path.Node> nodes = violation.getPropertyPath().iterator();
        while (nodes.hasNext()) {
            Path.Node node = nodes.next();
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || (kind == ElementKind.PARAMETER && nodes.hasNext())) {
                continue;
            }
            if (node.getIndex() != null && !field.isEmpty()) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (kind == ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
        }
        return field.toString();
    }
}

package id.go.bimakota.pilar.common.web;

import id.go.bimakota.pilar.common.problem.FieldError;
import id.go.bimakota.pilar.common.problem.Message;
import id.go.bimakota.pilar.common.problem.Messages;
import id.go.bimakota.pilar.common.problem.Problem;
import id.go.bimakota.pilar.common.problem.ProblemException;
import id.go.bimakota.pilar.common.problem.ProblemType;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds problem+json responses in the caller's language. */
public final class ProblemResponses {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    private ProblemResponses() {
    }

    public static Response of(ProblemException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        List<FieldError> errors = e.errors().stream()
                .map(f -> new FieldError(f.field(), Messages.get(locale, f.message())))
                .toList();
        Response response = build(e.type(), Messages.get(locale, e.detail()), errors, e.extensions(), locale, uri);
        e.headers().forEach((name, value) -> response.getHeaders().add(name, value));
        return response;
    }

    public static Locale locale(HttpHeaders headers) {
        try {
            return Messages.pick(headers.getAcceptableLanguages());
        } catch (RuntimeException unreadable) {
            // e.g. "Accept-Language: id;q=abc": an error answer must not fail on the language it is written in
            return Locale.ENGLISH;
        }
    }

    public static Response of(ProblemType type, Message detail, HttpHeaders headers, UriInfo uri) {
        return of(new ProblemException(type, detail), headers, uri);
    }

    /** For errors whose field messages are already in the caller's language (Bean Validation). */
    public static Response build(ProblemType type, String detail, List<FieldError> errors,
            Map<String, Object> extensions, Locale locale, UriInfo uri) {
        Problem body = new Problem(type.uri(), Messages.get(locale, "problem." + type.slug()), type.status(),
                detail, uri == null ? null : uri.getRequestUri().getRawPath(), RequestIds.current(), errors,
                extensions);
        Response.ResponseBuilder response = Response.status(type.status()).type(PROBLEM_JSON).entity(body)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag());
        if (type == ProblemType.UNAUTHORIZED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"pilar-bima\"");
        }
        return response.build();
    }
}

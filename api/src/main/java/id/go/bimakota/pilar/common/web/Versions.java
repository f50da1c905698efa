package id.go.bimakota.pilar.common.web;

import id.go.bimakota.pilar.common.problem.Message;
import id.go.bimakota.pilar.common.problem.ProblemException;
import id.go.bimakota.pilar.common.problem.ProblemType;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Optimistic concurrency over HTTP: {@code ETag: "<version>"} on reads, {@code If-Match} required
 * on PATCH. A missing If-Match is 428, a stale one 412 with the current resource in the problem.
 */
public final class Versions {

    private Versions() {
    }

    public static String etag(int version) {
        return "\"" + version + "\"";
    }

    /** 200 with the representation and its ETag. */
    public static <T extends Versioned> RestResponse<T> ok(T entity) {
        return RestResponse.ResponseBuilder.ok(entity).header(HttpHeaders.ETAG, etag(entity.version())).build();
    }

    /** 201 at {@code location}, with the representation and its ETag. */
    public static <T extends Versioned> RestResponse<T> created(String location, T entity) {
        return RestResponse.ResponseBuilder.<T>created(URI.create(location)).entity(entity)
                .header(HttpHeaders.ETAG, etag(entity.version())).build();
    }

    /** Checks {@code If-Match} against the stored version before a write. */
    public static void requireMatch(String ifMatch, int currentVersion, Supplier<Object> current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED, Message.of("ifMatch.required"));
        }
        if (ifMatch.trim().equals("*")) {
            // "whatever version is there" would overwrite changes the caller never saw
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED, Message.of("ifMatch.wildcard", currentVersion))
                    .with("currentVersion", currentVersion);
        }
        if (parse(ifMatch) != currentVersion) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, Message.of("ifMatch.stale", currentVersion))
                    .with("currentVersion", currentVersion)
                    .with("current", current.get());
        }
    }

    private static int parse(String ifMatch) {
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Integer.parseInt(tag);
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField("If-Match", "ifMatch.shape");
        }
    }
}

package id.go.bimakota.pilar.common.idempotency;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes the {@code POST} methods of a resource honour the {@code Idempotency-Key} header (API.md,
 * "Writes → Idempotency"): the same user with the same key and the same request gets the first 2xx
 * response again (with {@code Idempotent-Replayed: true}) and nothing runs; the same key with another
 * request is 422; a repeat while the first is still running is 409. Without the header the method
 * simply runs.
 *
 * <p>Put it on the resource class; its other HTTP methods are left alone. A wrapped method must be
 * blocking and return {@link jakarta.ws.rs.core.Response} or
 * {@link org.jboss.resteasy.reactive.RestResponse}, so that a stored response can stand in for it.
 * The interceptor runs the method in a transaction of its own and records the response in that same
 * transaction, so services join it with {@code @Transactional} (REQUIRED); do not put
 * {@code @Transactional} on the resource method itself (it would be suspended, not joined).
 *
 * <pre>{@code
 * @Path("/api/v1/cases")
 * @Idempotent
 * public class CaseResource {
 *     @POST
 *     @Parameter(name = Idempotent.KEY_HEADER, in = ParameterIn.HEADER, description = Idempotent.KEY_DESCRIPTION,
 *             schema = @Schema(minLength = 1, maxLength = 255, pattern = Idempotent.KEY_PATTERN))
 *     public RestResponse<CaseView> create(@Valid @NotNull NewCase request) { ... }
 * }
 * }</pre>
 */
@Inherited
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Idempotent {

    /** The request header that carries the client's key. */
    String KEY_HEADER = "Idempotency-Key";

    /** Set to {@code true} on a response that is a replay of a stored one. */
    String REPLAYED_HEADER = "Idempotent-Replayed";

    /** For the OpenAPI schema of the header: printable ASCII (its length is 1-255). */
    String KEY_PATTERN = "^[\\x20-\\x7E]+$";

    /** For the OpenAPI {@code @Parameter} of the header on each idempotent operation. */
    String KEY_DESCRIPTION = "Any 1-255 printable ASCII characters, new for each new request: generate a UUID "
            + "(e.g. crypto.randomUUID(), UUID.randomUUID()) when the user submits, and keep it for the retries of that "
            + "submission. No example is given on purpose: a key copied from an example would be reused. "
            + "Repeating the request with the same key within 7 days replays the first response "
            + "(header Idempotent-Replayed: true) and creates nothing; the same key with a different body is 422; "
            + "a repeat while the first is still running is 409.";
}

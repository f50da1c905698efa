package id.go.bimakota.pilar.common.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bimakota.pilar.security.CurrentUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * Runs a keyed POST at most once per user and key (see {@link Idempotent}). Claims the key before
 * the method runs, then runs the method and records its response in one transaction: after a crash
 * at any moment either both the business write and the record exist, or neither does.
 *
 * <p>The priority puts it inside the security checks and Bean Validation of the parameters (4800),
 * so a refused or invalid request is answered without touching the table.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 900)
public class IdempotencyInterceptor {

    private static final Logger LOG = Logger.getLogger(IdempotencyInterceptor.class);
    static final String ANONYMOUS_SCOPE = "anonymous";
    /** Keeps user scopes apart from the anonymous one whatever the username. */
    static final String USER_SCOPE_PREFIX = "user:";
    /** The largest body a replay reproduces (the column size); larger ones are replayed without body. */
    static final int MAX_STORED_BODY = 1_048_576;

    private final CurrentVertxRequest currentRequest;
    private final CurrentUser currentUser;
    private final RequestFingerprints fingerprints;
    private final IdempotencyStore store;
    private final ObjectMapper mapper;
    private final ReplayAudit replayAudit;

    IdempotencyInterceptor(CurrentVertxRequest currentRequest, CurrentUser currentUser,
            RequestFingerprints fingerprints, IdempotencyStore store, ObjectMapper mapper, ReplayAudit replayAudit) {
        this.replayAudit = replayAudit;
        this.currentRequest = currentRequest;
        this.currentUser = currentUser;
        this.fingerprints = fingerprints;
        this.store = store;
        this.mapper = mapper;
    }

    @AroundInvoke
    Object aroundInvoke(InvocationContext invocation) throws Exception {
        Endpoint endpoint = Endpoint.of(invocation.getMethod());
        RoutingContext http = endpoint.isPost() ? currentRequest.getCurrent() : null;
        String key = http == null ? null : keyOf(http);
        if (key == null) {
            return invocation.proceed(); // not a keyed HTTP POST: nothing to remember
        }
        String fingerprint = fingerprints.of(http.request().method().name(), http.normalizedPath(),
                http.request().query(), endpoint.bodyOf(invocation.getParameters()));
        IdempotentRequest request = new IdempotentRequest(scope(), key, fingerprint);
        IdempotencyStore.Claim claim = store.claim(request);
        if (claim.replay() != null) {
            if (claim.replay().auditedReads() != null && claim.replay().body() != null) {
                QuarkusTransaction.requiringNew().run(() -> replayAudit.replayed(claim.replay().auditedReads()));
            }
            return endpoint.replay(claim.replay());
        }
        return runOnce(invocation, endpoint, request, claim.attemptId());
    }

    private static String keyOf(RoutingContext http) {
        return IdempotentRequest.keyOf(http.request().headers().getAll(Idempotent.KEY_HEADER));
    }

    private String scope() {
        return currentUser.isAuthenticated()
                ? USER_SCOPE_PREFIX + currentUser.username().toLowerCase(Locale.ROOT)
                : ANONYMOUS_SCOPE;
    }

    /** The method and the record of its answer in one transaction; any failure gives the key back. */
    private Object runOnce(InvocationContext invocation, Endpoint endpoint, IdempotentRequest request,
            String attemptId) throws Exception {
        Object answer;
        try {
            answer = QuarkusTransaction.requiringNew()
                    .call(() -> runAndRecord(invocation, endpoint, request, attemptId));
        } catch (CheckedFailure e) {
            store.release(request, attemptId);
            throw e.checked();
        } catch (RuntimeException | Error e) {
            store.release(request, attemptId);
            throw e;
        }
        if (answer instanceof NotRecorded notRecorded) {
            // Only successes are replayed: after a 4xx or 5xx the client may correct and retry.
            store.release(request, attemptId);
            return notRecorded.answer();
        }
        return answer;
    }

    private Object runAndRecord(InvocationContext invocation, Endpoint endpoint, IdempotentRequest request,
            String attemptId) {
        Object result = proceed(invocation);
        Response response = Endpoint.asResponse(result);
        if (response.getStatusInfo().getFamily() != Response.Status.Family.SUCCESSFUL) {
            return new NotRecorded(result);
        }
        StoredResponse stored = toStored(response, endpoint);
        store.complete(request, attemptId, replayable(stored));
        return endpoint.firstAnswer(response, stored);
    }

    private StoredResponse toStored(Response response, Endpoint endpoint) {
        Object entity = response.getEntity();
        String body = entity == null ? null : entity instanceof String text ? text : json(entity);
        String contentType = body == null ? null
                : response.getMediaType() != null ? response.getMediaType().toString() : endpoint.defaultContentType();
        return new StoredResponse(response.getStatus(), contentType, response.getHeaderString(HttpHeaders.LOCATION),
                response.getHeaderString(HttpHeaders.ETAG), body, replayAudit.capturedReads());
    }

    private String json(Object entity) {
        try {
            return mapper.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not serialize the response of an @Idempotent method", e);
        }
    }

    /** A body too large for the column must not fail the write it reports on: keep status and headers. */
    private static StoredResponse replayable(StoredResponse stored) {
        if (stored.body() == null || stored.body().length() <= MAX_STORED_BODY) {
            return stored;
        }
        LOG.warnf("Response of %d characters is too large to replay; a replay will carry no body",
                stored.body().length());
        return new StoredResponse(stored.status(), null, stored.location(), stored.etag(), null, null);
    }

    private static Object proceed(InvocationContext invocation) {
        try {
            return invocation.proceed();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new CheckedFailure(e); // carried through the transaction runner, rethrown as it was
        }
    }

    /** An answer that is passed on but not recorded (not 2xx). */
    private record NotRecorded(Object answer) {
    }

    private static final class CheckedFailure extends RuntimeException {
        CheckedFailure(Exception checked) {
            super(checked);
        }

        Exception checked() {
            return (Exception) getCause();
        }
    }
}

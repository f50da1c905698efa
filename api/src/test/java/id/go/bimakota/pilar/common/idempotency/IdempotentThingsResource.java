package id.go.bimakota.pilar.common.idempotency;

import id.go.bimakota.pilar.common.problem.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Test-only endpoints under {@code @Idempotent}: they count how often they really run (per thing
 * name, so tests do not disturb each other) and can be told to fail, to block or to be slow.
 */
@Path("/test-only/idempotent")
@Idempotent
@PermitAll
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class IdempotentThingsResource {

    static final Map<String, AtomicInteger> CALLS = new ConcurrentHashMap<>();
    /** How the next call for a name fails: "problem" (thrown 400), "response" (returned 422), "crash" (500). */
    static final Map<String, String> FAIL_NEXT = new ConcurrentHashMap<>();
    /** The next call for a name waits at this gate. */
    static final Map<String, Gate> GATES = new ConcurrentHashMap<>();
    /** Every call for a name takes this long (ms). */
    static final Map<String, Long> DELAYS = new ConcurrentHashMap<>();
    /**
     * Calls for these names make a database write, as a real create would: a row of scope
     * {@link #PROBE_SCOPE} keyed {@code name#call} (in idempotency_record, as tests may not add tables).
     */
    static final Set<String> WRITE_PROBE = ConcurrentHashMap.newKeySet();
    static final String PROBE_SCOPE = "business-write-probe";

    private final IdempotencyRows rows;

    public IdempotentThingsResource(DataSource dataSource) {
        this.rows = new IdempotencyRows(dataSource);
    }

    public record ThingRequest(@NotBlank String name, Map<String, String> tags) {
    }

    public record Thing(UUID id, String name, Map<String, String> tags, int call) {
    }

    /** Tells the test that the call has started, then holds it until the test opens the gate. */
    record Gate(CountDownLatch entered, CountDownLatch release) {
        static Gate closed() {
            return new Gate(new CountDownLatch(1), new CountDownLatch(1));
        }
    }

    static int calls(String name) {
        AtomicInteger calls = CALLS.get(name);
        return calls == null ? 0 : calls.get();
    }

    @POST
    @Path("/things")
    @Operation(hidden = true)
    public Response create(@Valid @NotNull ThingRequest request) throws InterruptedException {
        Response failure = failIfAsked(request.name());
        if (failure != null) {
            return failure;
        }
        Thing thing = run(request);
        return Response.created(URI.create("/test-only/idempotent/things/" + thing.id())).entity(thing)
                .tag(Integer.toString(thing.call())).build();
    }

    @POST
    @Path("/rest-things")
    @Operation(hidden = true)
    public RestResponse<Thing> createRest(@Valid @NotNull ThingRequest request) throws InterruptedException {
        Thing thing = run(request);
        URI location = URI.create("/test-only/idempotent/rest-things/" + thing.id());
        return RestResponse.ResponseBuilder.<Thing>created(location).entity(thing).build();
    }

    @GET
    @Path("/things")
    @Operation(hidden = true)
    public Response list() {
        return Response.ok(Map.of("items", List.of())).build();
    }

    private Response failIfAsked(String name) {
        String mode = FAIL_NEXT.remove(name);
        if (mode == null) {
            return null;
        }
        probe(name, CALLS.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet());
        return switch (mode) {
            case "problem" -> throw ProblemException.invalidField("name", "value.range", 1, 2);
            case "response" -> Response.status(422).entity(Map.of("refused", name)).build();
            default -> throw new IllegalStateException("test crash");
        };
    }

    private Thing run(ThingRequest request) throws InterruptedException {
        String name = request.name();
        int call = CALLS.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
        probe(name, call);
        Gate gate = GATES.remove(name);
        if (gate != null) {
            gate.entered().countDown();
            if (!gate.release().await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("gate never opened");
            }
        }
        Long delay = DELAYS.get(name);
        if (delay != null) {
            Thread.sleep(delay);
        }
        return new Thing(UUID.randomUUID(), name, request.tags(), call);
    }

    /** The business write, in the transaction the interceptor runs the method in. */
    private void probe(String name, int call) {
        if (WRITE_PROBE.contains(name)) {
            Instant now = Instant.now();
            rows.insert(PROBE_SCOPE, name + "#" + call, "0".repeat(64), "COMPLETED", now, now);
        }
    }
}

package id.go.bimakota.pilar.common;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Test-only endpoint that fails like a bug would, with internals in the exception message. */
@Path("/test-only/fail")
@jakarta.annotation.security.PermitAll
public class FailingResource {

    @GET
    @Operation(hidden = true)
    public String fail() {
        throw new IllegalStateException("org.h2.jdbc.JdbcSQLException: SELECT nik FROM pillar WHERE secret");
    }
}

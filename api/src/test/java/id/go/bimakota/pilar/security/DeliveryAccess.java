package id.go.bimakota.pilar.security;

import id.go.bimakota.pilar.security.AccessMatrixTest.Row;
import java.util.List;

/** Deliveries (issue 20): the worklist and retries are ADMIN's; a notice's deliveries ADMIN's and its lead's. */
final class DeliveryAccess {

    static final List<Row> ROWS = List.of(
            new Row("GET", "/api/v1/deliveries", 401, 200, 403, 403),
            new Row("POST", "/api/v1/deliveries/{id}/retry", 401, 404, 403, 403),
            new Row("GET", "/api/v1/notices/{id}/deliveries", 401, 404, 404, 404),
            new Row("PATCH", "/api/v1/me", 401, 400, 400, 400));

    private DeliveryAccess() {
    }
}

package id.go.bimakota.pilar.security;

import id.go.bimakota.pilar.security.AccessMatrixTest.Row;
import java.util.List;

/** PPKS cases and their reports: anonymous, ADMIN, PILLAR, KELURAHAN. */
final class CaseAccess {

    static final List<Row> ROWS = List.of(
            new Row("POST", "/api/v1/cases", 401, 400, 400, 400),
            new Row("GET", "/api/v1/cases", 401, 200, 200, 200),
            new Row("GET", "/api/v1/cases/{id}", 401, 404, 404, 404),
            new Row("PATCH", "/api/v1/cases/{id}", 401, 404, 404, 404),
            new Row("POST", "/api/v1/cases/{id}/transitions", 401, 400, 400, 400),
            new Row("POST", "/api/v1/cases/{id}/assignment", 401, 400, 400, 400),
            new Row("POST", "/api/v1/cases/{id}/duplicate-review", 401, 400, 403, 403),
            new Row("POST", "/api/v1/cases/{id}/notes", 401, 400, 400, 400),
            new Row("GET", "/api/v1/cases/{id}/timeline", 401, 404, 404, 404),
            new Row("GET", "/api/v1/reports/cases", 401, 200, 200, 403));

    private CaseAccess() {
    }
}

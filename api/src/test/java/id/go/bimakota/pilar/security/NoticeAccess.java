package id.go.bimakota.pilar.security;

import id.go.bimakota.pilar.security.AccessMatrixTest.Row;
import java.util.List;

/** Coordination notices, agenda, live feed and coordination report: anonymous, ADMIN, PILLAR, KELURAHAN. */
final class NoticeAccess {

    static final List<Row> ROWS = List.of(
            new Row("POST", "/api/v1/notices", 401, 400, 400, 403),
            new Row("GET", "/api/v1/notices", 401, 200, 200, 200),
            new Row("GET", "/api/v1/notices/{id}", 401, 404, 404, 404),
            new Row("PATCH", "/api/v1/notices/{id}", 401, 404, 404, 404),
            new Row("POST", "/api/v1/notices/{id}/acknowledge", 401, 400, 400, 400),
            new Row("POST", "/api/v1/notices/{id}/request-reschedule", 401, 400, 400, 400),
            new Row("POST", "/api/v1/notices/{id}/reschedule", 401, 400, 400, 400),
            new Row("POST", "/api/v1/notices/{id}/cancel", 401, 400, 400, 400),
            new Row("POST", "/api/v1/notices/{id}/complete", 401, 400, 400, 400),
            new Row("POST", "/api/v1/notices/{id}/join", 401, 403, 404, 403),
            new Row("GET", "/api/v1/agenda", 401, 200, 200, 200),
            new Row("GET", "/api/v1/notices/events", 401, 200, 200, 200),
            new Row("GET", "/api/v1/reports/coordination", 401, 200, 200, 403),
            // issue 23: the letter (same 404 as the notice for an unknown id) and the desk's day of letters
            new Row("GET", "/api/v1/notices/{id}/letter", 401, 404, 404, 404),
            new Row("GET", "/api/v1/agenda/letters", 401, 200, 403, 200));

    private NoticeAccess() {
    }
}

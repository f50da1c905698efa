package id.go.bimakota.pilar.security;

import id.go.bimakota.pilar.security.AccessMatrixTest.Row;
import java.util.List;

/** Reference data, authentication, users and audit: anonymous, ADMIN, PILLAR, KELURAHAN. */
final class AccountAccess {

    static final List<Row> ROWS = List.of(
            new Row("GET", "/api/v1/areas/kecamatan", 200, 200, 200, 200),
            new Row("GET", "/api/v1/areas/kelurahan", 200, 200, 200, 200),
            new Row("GET", "/api/v1/areas/kelurahan/{code}", 200, 200, 200, 200),
            new Row("GET", "/api/v1/ppks-categories", 200, 200, 200, 200),
            new Row("GET", "/api/v1/pillar-types", 200, 200, 200, 200),
            new Row("POST", "/api/v1/auth/token", 400, 400, 400, 400),
            new Row("POST", "/api/v1/auth/refresh", 400, 400, 400, 400),
            new Row("POST", "/api/v1/auth/logout", 401, 400, 400, 400),
            new Row("GET", "/api/v1/me", 401, 200, 200, 200),
            new Row("POST", "/api/v1/me/password", 401, 400, 400, 400),
            new Row("GET", "/api/v1/users", 401, 200, 403, 403),
            new Row("POST", "/api/v1/users", 401, 400, 403, 403),
            new Row("GET", "/api/v1/users/{id}", 401, 404, 403, 403),
            new Row("PATCH", "/api/v1/users/{id}", 401, 404, 403, 403),
            new Row("POST", "/api/v1/users/{id}/password", 401, 400, 403, 403),
            new Row("POST", "/api/v1/users/{id}/unlock", 401, 404, 403, 403),
            new Row("GET", "/api/v1/audit", 401, 200, 403, 403));

    private AccountAccess() {
    }
}

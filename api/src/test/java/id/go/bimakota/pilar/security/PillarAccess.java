package id.go.bimakota.pilar.security;

import id.go.bimakota.pilar.security.AccessMatrixTest.Row;
import java.util.List;

/** Pillar registry, coverage and kelurahan contacts: anonymous, ADMIN, PILLAR, KELURAHAN. */
final class PillarAccess {

    // The shared PILLAR user is linked to no pillar, so it may patch no pillar (403); the KELURAHAN user
    // belongs to Kolo, the {code} of every row, so it reads Kolo's coverage and manages its contacts.
    static final List<Row> ROWS = List.of(
            new Row("GET", "/api/v1/pillars", 401, 200, 200, 403),
            new Row("POST", "/api/v1/pillars", 401, 400, 403, 403),
            new Row("POST", "/api/v1/pillars/import", 401, 415, 403, 403),
            new Row("GET", "/api/v1/pillars/{id}", 401, 404, 404, 403),
            new Row("PATCH", "/api/v1/pillars/{id}", 401, 404, 403, 403),
            new Row("POST", "/api/v1/pillars/{id}/deactivate", 401, 400, 403, 403),
            new Row("POST", "/api/v1/pillars/{id}/reactivate", 401, 404, 403, 403),
            new Row("GET", "/api/v1/areas/kelurahan/{code}/coverage", 401, 200, 200, 200),
            new Row("GET", "/api/v1/areas/kelurahan/{code}/contacts", 401, 200, 200, 200),
            new Row("POST", "/api/v1/areas/kelurahan/{code}/contacts", 401, 400, 403, 400),
            new Row("PATCH", "/api/v1/contacts/{id}", 401, 404, 403, 404),
            new Row("DELETE", "/api/v1/contacts/{id}", 401, 404, 403, 404));

    private PillarAccess() {
    }
}

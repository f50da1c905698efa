package id.go.bimakota.pilar.security;

import id.go.bimakota.pilar.security.AccessMatrixTest.Row;
import java.util.List;

/** Backups of the embedded database: ADMIN only. */
final class BackupAccess {

    static final List<Row> ROWS = List.of(
            new Row("GET", "/api/v1/admin/backups", 401, 200, 403, 403),
            new Row("POST", "/api/v1/admin/backups", 401, 400, 403, 403));

    private BackupAccess() {
    }
}

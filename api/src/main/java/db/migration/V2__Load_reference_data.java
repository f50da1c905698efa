package db.migration;

import id.go.bimakota.pilar.common.web.Csv;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads the reference data from the CSVs shipped in {@code /reference} (copied from the Dinas's
 * domain folder), so the CSVs stay the single source and the same code fills H2 and PostgreSQL.
 */
public class V2__Load_reference_data extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        List<List<String>> areas = read("kota-bima-wilayah.csv");
        Map<String, String> kecamatan = new LinkedHashMap<>();
        areas.forEach(r -> kecamatan.put(r.get(1), r.get(2)));
        insert(connection, "INSERT INTO kecamatan (code, name) VALUES (?, ?)",
                kecamatan.entrySet().stream().map(e -> List.<Object>of(e.getKey(), e.getValue())).toList());
        insert(connection, "INSERT INTO kelurahan (code, kecamatan_code, name) VALUES (?, ?, ?)",
                areas.stream().map(r -> List.<Object>of(r.get(0), r.get(1), r.get(3))).toList());
        insert(connection, "INSERT INTO ppks_category (ordinal, code, name_id, description) VALUES (?, ?, ?, ?)",
                read("ppks-categories.csv").stream()
                        .map(r -> List.<Object>of(Integer.parseInt(r.get(0)), r.get(1), r.get(2), r.get(3))).toList());
        List<List<String>> types = read("pillar-types.csv");
        List<List<Object>> typeRows = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            List<String> r = types.get(i);
            typeRows.add(List.of(r.get(0), r.get(1), r.get(2), r.get(3), i + 1));
        }
        insert(connection,
                "INSERT INTO pillar_type (code, name_id, group_code, usual_area, ordinal) VALUES (?, ?, ?, ?, ?)",
                typeRows);
    }

    private static void insert(Connection connection, String sql, List<List<Object>> rows) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (List<Object> row : rows) {
                for (int i = 0; i < row.size(); i++) {
                    statement.setObject(i + 1, row.get(i));
                }
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** The data rows of a reference CSV, header skipped. */
    private static List<List<String>> read(String name) throws IOException {
        try (InputStream in = V2__Load_reference_data.class.getResourceAsStream("/reference/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing reference file " + name);
            }
            List<List<String>> records = Csv.read(new InputStreamReader(in, StandardCharsets.UTF_8));
            return records.subList(1, records.size());
        }
    }
}

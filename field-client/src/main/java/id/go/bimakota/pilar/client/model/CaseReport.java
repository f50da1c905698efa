package id.go.bimakota.pilar.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/** Case counts for the Dinas: new, open and closed in the period, per group. */
public record CaseReport(LocalDate from, LocalDate to, String groupBy, List<Row> rows, Row total) {

    public CaseReport {
        rows = rows == null ? List.of() : List.copyOf(rows);
    }

    /** One group, e.g. {@code group = "ANAK_TELANTAR"}, {@code label = "Anak Telantar"}. */
    public record Row(String group, String label, @JsonProperty("new") int newCases, int open, int closed) {
    }

    /** What a case report is grouped by. */
    public enum GroupBy {
        CATEGORY("category"),
        KECAMATAN("kecamatan"),
        KELURAHAN("kelurahan"),
        STATUS("status");

        private final String parameter;

        GroupBy(String parameter) {
            this.parameter = parameter;
        }

        /** The value of the {@code groupBy} query parameter. */
        public String parameter() {
            return parameter;
        }
    }
}

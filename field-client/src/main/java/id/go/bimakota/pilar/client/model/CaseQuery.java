package id.go.bimakota.pilar.client.model;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Filters for listing cases (newest first). */
public final class CaseQuery extends Query {

    private CaseQuery(Map<String, String> parameters) {
        super(parameters);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final Map<String, String> parameters = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder status(CaseStatus status) {
            put(parameters, "status", status);
            return this;
        }

        public Builder category(String category) {
            put(parameters, "category", category);
            return this;
        }

        public Builder kelurahan(String kelurahanCode) {
            put(parameters, "kelurahan", kelurahanCode);
            return this;
        }

        public Builder kecamatan(String kecamatanCode) {
            put(parameters, "kecamatan", kecamatanCode);
            return this;
        }

        public Builder leadPillar(String pillarId) {
            put(parameters, "leadPillar", pillarId);
            return this;
        }

        public Builder urgency(Urgency urgency) {
            put(parameters, "urgency", urgency);
            return this;
        }

        /** Part of the subject's name, or the case number. */
        public Builder q(String text) {
            put(parameters, "q", text);
            return this;
        }

        /** Reported on or after this date (WITA). */
        public Builder reportedFrom(LocalDate date) {
            put(parameters, "reportedFrom", date);
            return this;
        }

        /** Reported on or before this date (WITA). */
        public Builder reportedTo(LocalDate date) {
            put(parameters, "reportedTo", date);
            return this;
        }

        public Builder limit(int limit) {
            put(parameters, "limit", limit);
            return this;
        }

        public CaseQuery build() {
            return new CaseQuery(parameters);
        }
    }
}

package id.go.bimakota.pilar.client.model;

import java.util.LinkedHashMap;
import java.util.Map;

/** Filters for listing pillars. */
public final class PillarQuery extends Query {

    private PillarQuery(Map<String, String> parameters) {
        super(parameters);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final Map<String, String> parameters = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder type(PillarType type) {
            put(parameters, "type", type);
            return this;
        }

        public Builder status(PillarStatus status) {
            put(parameters, "status", status);
            return this;
        }

        public Builder kecamatan(String kecamatanCode) {
            put(parameters, "kecamatan", kecamatanCode);
            return this;
        }

        public Builder kelurahan(String kelurahanCode) {
            put(parameters, "kelurahan", kelurahanCode);
            return this;
        }

        /** With {@code kelurahan}: also the TKSK of its kecamatan and the city-wide pillars. */
        public Builder includeCoverage(boolean includeCoverage) {
            put(parameters, "includeCoverage", includeCoverage);
            return this;
        }

        /** Part of the name, case- and accent-insensitive. */
        public Builder q(String text) {
            put(parameters, "q", text);
            return this;
        }

        public Builder limit(int limit) {
            put(parameters, "limit", limit);
            return this;
        }

        public PillarQuery build() {
            return new PillarQuery(parameters);
        }
    }
}

package id.go.bimakota.pilar.client.model;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Filters for listing notices (soonest first; a kelurahan user's inbox shows SUBMITTED first). */
public final class NoticeQuery extends Query {

    private NoticeQuery(Map<String, String> parameters) {
        super(parameters);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final Map<String, String> parameters = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder kelurahan(String kelurahanCode) {
            put(parameters, "kelurahan", kelurahanCode);
            return this;
        }

        public Builder kecamatan(String kecamatanCode) {
            put(parameters, "kecamatan", kecamatanCode);
            return this;
        }

        public Builder status(NoticeStatus status) {
            put(parameters, "status", status);
            return this;
        }

        public Builder purpose(NoticePurpose purpose) {
            put(parameters, "purpose", purpose);
            return this;
        }

        /** Notices this pillar leads or is on the team of. */
        public Builder pillar(String pillarId) {
            put(parameters, "pillar", pillarId);
            return this;
        }

        /** Planned window ends at or after this instant. */
        public Builder from(Instant from) {
            put(parameters, "from", from);
            return this;
        }

        /** Planned window starts at or before this instant. */
        public Builder to(Instant to) {
            put(parameters, "to", to);
            return this;
        }

        public Builder limit(int limit) {
            put(parameters, "limit", limit);
            return this;
        }

        public NoticeQuery build() {
            return new NoticeQuery(parameters);
        }
    }
}

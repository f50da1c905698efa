package id.go.bimakota.pilar.client.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Changes to a notice, by its lead or ADMIN, until it is cancelled or completed. Times change only
 * through {@code reschedule}; the kelurahan, purpose and requests to the kelurahan do not change.
 */
public final class NoticePatch extends Patch {

    private NoticePatch(Map<String, Object> fields) {
        super(fields);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final Map<String, Object> fields = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder description(String description) {
            fields.put("description", description);
            return this;
        }

        public Builder location(String location) {
            fields.put("location", location);
            return this;
        }

        public Builder teamPillarIds(List<String> teamPillarIds) {
            fields.put("teamPillarIds", teamPillarIds);
            return this;
        }

        public Builder otherParticipants(String otherParticipants) {
            fields.put("otherParticipants", otherParticipants);
            return this;
        }

        public Builder contactPhone(String contactPhone) {
            fields.put("contactPhone", contactPhone);
            return this;
        }

        public NoticePatch build() {
            return new NoticePatch(fields);
        }
    }
}

package id.go.bimakota.pilar.client.model;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Changes to a case. The status is not patchable: it changes through transitions. */
public final class CasePatch extends Patch {

    private CasePatch(Map<String, Object> fields) {
        super(fields);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final Map<String, Object> fields = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder category(String category) {
            fields.put("category", category);
            return this;
        }

        public Builder subject(CaseSubject subject) {
            fields.put("subject", subject);
            return this;
        }

        public Builder address(CaseAddress address) {
            fields.put("address", address);
            return this;
        }

        public Builder description(String description) {
            fields.put("description", description);
            return this;
        }

        public Builder urgency(Urgency urgency) {
            fields.put("urgency", urgency);
            return this;
        }

        public Builder source(CaseSource source) {
            fields.put("source", source);
            return this;
        }

        public Builder consent(boolean recorded, LocalDate date) {
            fields.put("consentRecorded", recorded);
            fields.put("consentDate", date);
            return this;
        }

        public CasePatch build() {
            return new CasePatch(fields);
        }
    }
}

package id.go.bimakota.pilar.client.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A PPKS case to report. {@code category} is a code from {@code cases().categories()}; {@code subject},
 * {@code address} and {@code source} are required; {@code urgency} defaults to NORMAL.
 */
public record NewCase(
        String category,
        CaseSubject subject,
        CaseAddress address,
        String description,
        Urgency urgency,
        CaseSource source,
        Boolean consentRecorded,
        LocalDate consentDate,
        String leadPillarId,
        List<String> supportPillarIds) implements OutboxRequest {

    @Override
    public String toString() {
        return "NewCase[category=" + category + ", subject=" + subject + ", urgency=" + urgency + "]";
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private String category;
        private CaseSubject subject;
        private CaseAddress address;
        private String description;
        private Urgency urgency;
        private CaseSource source;
        private Boolean consentRecorded;
        private LocalDate consentDate;
        private String leadPillarId;
        private List<String> supportPillarIds;

        private Builder() {
        }

        public Builder category(String category) {
            this.category = category;
            return this;
        }

        public Builder subject(CaseSubject subject) {
            this.subject = subject;
            return this;
        }

        public Builder address(CaseAddress address) {
            this.address = address;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder urgency(Urgency urgency) {
            this.urgency = urgency;
            return this;
        }

        /** Required: who reported the case. A kelurahan officer reports with {@link SourceKind#KELURAHAN}. */
        public Builder source(CaseSource source) {
            this.source = source;
            return this;
        }

        /** Whether the subject (or their family) agreed to their data being recorded, and when. */
        public Builder consent(boolean recorded, LocalDate date) {
            this.consentRecorded = recorded;
            this.consentDate = date;
            return this;
        }

        /** The lead pillar; default the reporting pillar. */
        public Builder leadPillarId(String leadPillarId) {
            this.leadPillarId = leadPillarId;
            return this;
        }

        public Builder supportPillarIds(List<String> supportPillarIds) {
            this.supportPillarIds = List.copyOf(supportPillarIds);
            return this;
        }

        public NewCase build() {
            return new NewCase(category, subject, address, description, urgency, source, consentRecorded,
                    consentDate, leadPillarId, supportPillarIds);
        }
    }
}

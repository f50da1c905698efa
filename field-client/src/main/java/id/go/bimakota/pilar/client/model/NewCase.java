package id.go.bimakota.pilar.client.model;

import java.time.LocalDate;

/** A PPKS case to report. {@code category} is a code from {@code cases().categories()}. */
public record NewCase(
        String category,
        CaseSubject subject,
        CaseAddress address,
        String description,
        Urgency urgency,
        CaseSource source,
        Boolean consentRecorded,
        LocalDate consentDate) {

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

        public NewCase build() {
            return new NewCase(category, subject, address, description, urgency, source, consentRecorded,
                    consentDate);
        }
    }
}

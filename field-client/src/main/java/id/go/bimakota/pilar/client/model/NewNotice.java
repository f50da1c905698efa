package id.go.bimakota.pilar.client.model;

import java.time.Instant;
import java.util.List;

/**
 * A field visit to announce to a kelurahan. File it at least 24 hours before {@code plannedStart}
 * (later is accepted but flagged {@code shortNotice}); {@code plannedEnd} is at most 12 hours after
 * the start. The lead is the calling pillar unless an ADMIN sets {@code leadPillarId}.
 */
public record NewNotice(
        String kelurahanCode,
        Integer rw,
        Integer rt,
        String location,
        Instant plannedStart,
        Instant plannedEnd,
        NoticePurpose purpose,
        String description,
        String requestsToKelurahan,
        String leadPillarId,
        List<String> teamPillarIds,
        String otherParticipants,
        List<String> caseIds,
        String contactPhone) implements OutboxRequest {

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private String kelurahanCode;
        private Integer rw;
        private Integer rt;
        private String location;
        private Instant plannedStart;
        private Instant plannedEnd;
        private NoticePurpose purpose;
        private String description;
        private String requestsToKelurahan;
        private String leadPillarId;
        private List<String> teamPillarIds;
        private String otherParticipants;
        private List<String> caseIds;
        private String contactPhone;

        private Builder() {
        }

        public Builder kelurahanCode(String kelurahanCode) {
            this.kelurahanCode = kelurahanCode;
            return this;
        }

        public Builder rw(int rw) {
            this.rw = rw;
            return this;
        }

        public Builder rt(int rt) {
            this.rt = rt;
            return this;
        }

        /** An address or meeting point. */
        public Builder location(String location) {
            this.location = location;
            return this;
        }

        public Builder plannedStart(Instant plannedStart) {
            this.plannedStart = plannedStart;
            return this;
        }

        public Builder plannedEnd(Instant plannedEnd) {
            this.plannedEnd = plannedEnd;
            return this;
        }

        public Builder purpose(NoticePurpose purpose) {
            this.purpose = purpose;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** What the kelurahan is asked for, e.g. "mohon didampingi Ketua RT 003". */
        public Builder requestsToKelurahan(String requestsToKelurahan) {
            this.requestsToKelurahan = requestsToKelurahan;
            return this;
        }

        public Builder leadPillarId(String leadPillarId) {
            this.leadPillarId = leadPillarId;
            return this;
        }

        public Builder teamPillarIds(List<String> teamPillarIds) {
            this.teamPillarIds = List.copyOf(teamPillarIds);
            return this;
        }

        /** People outside the pillar registry, e.g. Dinas staff. */
        public Builder otherParticipants(String otherParticipants) {
            this.otherParticipants = otherParticipants;
            return this;
        }

        /**
         * Linked PPKS cases. In an outbox request, {@link id.go.bimakota.pilar.client.OutboxItem#ref()}
         * of a case still in the outbox stands for its server id.
         */
        public Builder caseIds(List<String> caseIds) {
            this.caseIds = List.copyOf(caseIds);
            return this;
        }

        public Builder contactPhone(String contactPhone) {
            this.contactPhone = contactPhone;
            return this;
        }

        public NewNotice build() {
            return new NewNotice(kelurahanCode, rw, rt, location, plannedStart, plannedEnd, purpose, description,
                    requestsToKelurahan, leadPillarId, teamPillarIds, otherParticipants, caseIds, contactPhone);
        }
    }
}

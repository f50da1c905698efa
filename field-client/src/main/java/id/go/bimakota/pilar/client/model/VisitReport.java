package id.go.bimakota.pilar.client.model;

import java.util.List;

/** What happened on a visit, filed when completing its notice. */
public record VisitReport(String outcome, Integer householdsVisited, Boolean followUpNeeded, List<String> caseIds)
        implements OutboxRequest {

    public VisitReport {
        caseIds = caseIds == null ? List.of() : List.copyOf(caseIds);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private String outcome;
        private Integer householdsVisited;
        private Boolean followUpNeeded;
        private List<String> caseIds;

        private Builder() {
        }

        public Builder outcome(String outcome) {
            this.outcome = outcome;
            return this;
        }

        public Builder householdsVisited(int householdsVisited) {
            this.householdsVisited = householdsVisited;
            return this;
        }

        public Builder followUpNeeded(boolean followUpNeeded) {
            this.followUpNeeded = followUpNeeded;
            return this;
        }

        /** Cases the visit concerned; {@code OutboxItem.ref()} stands for a case still in the outbox. */
        public Builder caseIds(List<String> caseIds) {
            this.caseIds = caseIds;
            return this;
        }

        public VisitReport build() {
            return new VisitReport(outcome, householdsVisited, followUpNeeded, caseIds);
        }
    }
}

package id.go.bimakota.pilar.client.model;

import java.util.List;

/** Who handles a case: one lead pillar and any number of supporting pillars. */
public record CaseAssignment(String leadPillarId, List<String> supportPillarIds) {

    public CaseAssignment {
        supportPillarIds = supportPillarIds == null ? List.of() : List.copyOf(supportPillarIds);
    }
}

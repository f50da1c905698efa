package id.go.bimakota.pilar.client;

import id.go.bimakota.pilar.client.PilarService.Deactivation;
import id.go.bimakota.pilar.client.model.NewPillar;
import id.go.bimakota.pilar.client.model.Pillar;
import id.go.bimakota.pilar.client.model.PillarPatch;
import id.go.bimakota.pilar.client.model.PillarQuery;
import id.go.bimakota.pilar.client.model.PillarTypeInfo;
import java.util.List;
import java.util.Map;

/** The pillar registry: PSM, TKSK, Pordam, Tagana, Fasilitator and Pendamping Sosial. */
public final class PillarsApi {

    private final PilarService service;
    private final Http http;

    PillarsApi(PilarService service, Http http) {
        this.service = service;
        this.http = http;
    }

    /** The pillar types and the area each usually covers (open reference data). */
    public List<PillarTypeInfo> types() {
        return http.all(service::pillarTypes);
    }

    public Page<Pillar> list() {
        return http.page(Map.of(), service::pillars);
    }

    public Page<Pillar> list(PillarQuery query) {
        return http.page(query.parameters(), service::pillars);
    }

    public Pillar get(String id) {
        return http.call(service.pillar(id));
    }

    public Pillar create(NewPillar pillar) {
        return http.call(service.createPillar(pillar));
    }

    /** {@code version} is the one the change is based on; a newer one on the service fails with 412. */
    public Pillar update(String id, long version, PillarPatch patch) {
        return http.call(service.updatePillar(id, Http.ifMatch(version), patch));
    }

    /** ACTIVE → INACTIVE, keeping the reason (ADMIN). */
    public Pillar deactivate(String id, String reason) {
        return http.call(service.deactivatePillar(id, new Deactivation(reason, null)));
    }

    /** ACTIVE → TRANSFERRED_OUT when {@code transferredOut} (the pillar left Kota Bima), else INACTIVE. */
    public Pillar deactivate(String id, String reason, boolean transferredOut) {
        return http.call(service.deactivatePillar(id, new Deactivation(reason, transferredOut)));
    }

    /** INACTIVE or TRANSFERRED_OUT → ACTIVE (ADMIN). */
    public Pillar reactivate(String id) {
        return http.call(service.reactivatePillar(id));
    }
}

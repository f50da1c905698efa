package id.go.bimakota.pilar.notice;

import id.go.bimakota.pilar.area.RtRw;
import id.go.bimakota.pilar.area.AreaDirectory;
import id.go.bimakota.pilar.area.AreaDtos.KelurahanItem;
import id.go.bimakota.pilar.common.time.Times;
import id.go.bimakota.pilar.notice.NoticeEnums.Purpose;
import id.go.bimakota.pilar.notice.NoticeEnums.Status;
import id.go.bimakota.pilar.pillar.PillarDirectory;
import id.go.bimakota.pilar.pillar.PillarDirectory.PillarRef;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.RequestScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The visits of some days, grouped by kecamatan and kelurahan, within the caller's scope. */
@RequestScoped
public class Agenda {

    @Schema(name = "AgendaVisit")
    public record Visit(UUID id, @Schema(examples = "KL-2026-000045") String number, Integer rw, Integer rt,
            Purpose purpose, Instant plannedStart, Instant plannedEnd, Status status,
            @Schema(examples = "Nurhasanah") String leadPillarName, boolean shortNotice,
            boolean awaitingAcknowledgement, boolean completedWithoutAcknowledgement) {

        static Visit of(Notice n, PillarRef lead, boolean awaitingAcknowledgement) {
            return new Visit(n.id, n.number, RtRw.shown(n.rw), RtRw.shown(n.rt), n.purpose,
                    n.plannedStart, n.plannedEnd, n.status, lead == null ? null : lead.fullName(), n.shortNotice,
                    awaitingAcknowledgement, n.completedWithoutAcknowledgement);
        }
    }

    @Schema(name = "AgendaKelurahan")
    public record KelurahanDay(@Schema(examples = "52.72.03.1004") String code, @Schema(examples = "Kolo") String name,
            List<Visit> notices) {
    }

    @Schema(name = "AgendaKecamatan")
    public record KecamatanDay(@Schema(examples = "52.72.03") String code, @Schema(examples = "Asakota") String name,
            List<KelurahanDay> kelurahan) {
    }

    @Schema(name = "Agenda")
    public record View(@Schema(required = true) LocalDate from, @Schema(required = true) LocalDate to,
            @Schema(required = true) List<KecamatanDay> kecamatan) {
    }

    private final NoticeAccess access;
    private final PillarDirectory pillars;
    private final NoticeRules rules;
    private final AreaDirectory areas;

    private final Clock clock;

    /** The day the agenda shows when none is asked for: today in Kota Bima. */
    public LocalDate today() {
        return Times.today(clock);
    }

    public Agenda(NoticeAccess access, PillarDirectory pillars, NoticeRules rules, AreaDirectory areas, Clock clock) {
        this.clock = clock;
        this.access = access;
        this.pillars = pillars;
        this.rules = rules;
        this.areas = areas;
    }

    public View build(LocalDate from, LocalDate to, String kecamatan) {
        StringBuilder where = new StringBuilder("plannedStart >= :from and plannedStart < :to");
        Parameters params = Parameters.with("from", from.atStartOfDay(Times.WITA).toInstant())
                .and("to", to.plusDays(1).atStartOfDay(Times.WITA).toInstant());
        if (kecamatan != null) {
            areas.requireKecamatan("kecamatan", kecamatan);
            where.append(" and kecamatanCode = :kecamatan");
            params.and("kecamatan", kecamatan);
        }
        if (access.isKelurahan()) {
            where.append(" and kelurahanCode = :scope");
            params.and("scope", access.kelurahanCode());
        }
        List<Notice> notices = Notice.list(where.toString(), Sort.ascending("plannedStart", "id"), params);
        return new View(from, to, group(notices));
    }

    /**
     * Kecamatan and kelurahan in code order, each with its visits in time order. Built from the
     * notices themselves, not from full notice views: a busy day has hundreds of visits, and their
     * overlaps, teams and cases are not part of the agenda.
     */
    private List<KecamatanDay> group(List<Notice> notices) {
        Map<UUID, PillarRef> leads = pillars.findAll(notices.stream().map(n -> n.leadPillarId).toList());
        Instant now = clock.instant();
        Map<String, Map<String, List<Visit>>> byArea = new TreeMap<>();
        for (Notice n : notices) {
            byArea.computeIfAbsent(n.kecamatanCode, k -> new TreeMap<>())
                    .computeIfAbsent(n.kelurahanCode, k -> new ArrayList<>())
                    .add(Visit.of(n, leads.get(n.leadPillarId), rules.isAwaitingAcknowledgement(n, now)));
        }
        Map<String, String> kecamatanNames = new LinkedHashMap<>();
        areas.kecamatan().forEach(k -> kecamatanNames.put(k.code(), k.name()));
        return byArea.entrySet().stream().map(kecamatan -> new KecamatanDay(kecamatan.getKey(),
                kecamatanNames.get(kecamatan.getKey()), kecamatan.getValue().entrySet().stream()
                        .map(k -> new KelurahanDay(k.getKey(),
                                areas.findKelurahan(k.getKey()).map(KelurahanItem::name).orElse(null), k.getValue()))
                        .toList())).toList();
    }
}

package id.go.bimakota.pilar.client;

import id.go.bimakota.pilar.client.model.Acknowledgement;
import id.go.bimakota.pilar.client.model.Cancellation;
import id.go.bimakota.pilar.client.model.NewNotice;
import id.go.bimakota.pilar.client.model.Notice;
import id.go.bimakota.pilar.client.model.NoticePatch;
import id.go.bimakota.pilar.client.model.NoticeQuery;
import id.go.bimakota.pilar.client.model.Reschedule;
import id.go.bimakota.pilar.client.model.RescheduleRequest;
import id.go.bimakota.pilar.client.model.VisitReport;
import java.util.Map;

/**
 * Coordination notices and their workflow. Every action answers the updated notice, including its
 * {@code overlaps}. To file or act offline, use the {@link Outbox}.
 */
public final class NoticesApi {

    private final PilarService service;
    private final Http http;

    NoticesApi(PilarService service, Http http) {
        this.service = service;
        this.http = http;
    }

    public Page<Notice> list() {
        return http.page(Map.of(), service::notices);
    }

    public Page<Notice> list(NoticeQuery query) {
        return http.page(query.parameters(), service::notices);
    }

    public Notice get(String id) {
        return http.call(service.notice(id));
    }

    public Notice create(NewNotice notice) {
        return http.call(service.createNotice(notice));
    }

    /** {@code version} is the one the change is based on; a newer one on the service fails with 412. */
    public Notice update(String id, long version, NoticePatch patch) {
        return http.call(service.updateNotice(id, Http.ifMatch(version), patch));
    }

    /** The kelurahan confirms it knows of the visit. */
    public Notice acknowledge(String id, Acknowledgement acknowledgement) {
        return http.call(service.acknowledge(id, acknowledgement));
    }

    /** The kelurahan asks for another time. */
    public Notice requestReschedule(String id, RescheduleRequest request) {
        return http.call(service.requestReschedule(id, request));
    }

    /** The lead sets new times after a reschedule request. */
    public Notice reschedule(String id, Reschedule reschedule) {
        return http.call(service.reschedule(id, reschedule));
    }

    public Notice cancel(String id, String reason) {
        return http.call(service.cancel(id, new Cancellation(reason)));
    }

    /** The lead reports the visit; allowed once the planned start has passed. */
    public Notice complete(String id, VisitReport report) {
        return http.call(service.complete(id, report));
    }

    /** Adds the calling pillar to the notice's team, instead of filing an overlapping visit. */
    public Notice join(String id) {
        return http.call(service.join(id));
    }

    /**
     * The notice's printable letter (Surat Pemberitahuan Kunjungan Lapangan) as PDF bytes: for the lead,
     * the team, the kelurahan and the Dinas. Save it and share it as a file; its QR code lets anyone check it.
     */
    public byte[] letter(String id) {
        return http.bytes(service.letter(id));
    }
}

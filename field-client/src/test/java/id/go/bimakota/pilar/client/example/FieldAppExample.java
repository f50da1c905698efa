package id.go.bimakota.pilar.client.example;

import id.go.bimakota.pilar.client.OutboxItem;
import id.go.bimakota.pilar.client.PilarApiException;
import id.go.bimakota.pilar.client.PilarClient;
import id.go.bimakota.pilar.client.SyncReport;
import id.go.bimakota.pilar.client.model.CaseAddress;
import id.go.bimakota.pilar.client.model.CaseSource;
import id.go.bimakota.pilar.client.model.CaseSubject;
import id.go.bimakota.pilar.client.model.Coverage;
import id.go.bimakota.pilar.client.model.Gender;
import id.go.bimakota.pilar.client.model.NewCase;
import id.go.bimakota.pilar.client.model.NewNotice;
import id.go.bimakota.pilar.client.model.Notice;
import id.go.bimakota.pilar.client.model.NoticePurpose;
import id.go.bimakota.pilar.client.model.PillarType;
import id.go.bimakota.pilar.client.model.SourceKind;
import id.go.bimakota.pilar.client.model.Urgency;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A PSM's day in Kelurahan Kolo: who covers it, a visit filed online, then a case and a visit filed
 * without signal and sent when the network is back. Run it against a service with the demo data:
 * {@code java FieldAppExample http://localhost:8080 psm.kolo demo-pilar-bima}.
 */
public final class FieldAppExample {

    private static final String KOLO = "52.72.03.1004";
    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    public static void main(String[] args) {
        String baseUrl = args[0];
        String username = args[1];
        String password = args[2];
        Path outbox = Path.of(args.length > 3 ? args[3] : "outbox-" + username);

        try (PilarClient client = PilarClient.builder()
                .baseUrl(baseUrl)
                .credentials(username, password)    // logs in on the first call that needs it
                .outboxDirectory(outbox)            // one directory per account
                .language("id")                     // Accept-Language; "id" is the default
                .build()) {
            // The day after tomorrow, 09.00-11.00 WITA: more than 24 h ahead, so not short notice.
            ZonedDateTime start = LocalDate.now(WITA).plusDays(2).atTime(9, 0).atZone(WITA);
            fileOnline(client, start.toInstant(), start.plusHours(2).toInstant());
            fileOffline(client, start.plusHours(3).toInstant(), start.plusHours(5).toInstant());
            send(client);
        }
    }

    /** Online: one call, one answer, or a PilarApiException (status 0: no network). */
    static void fileOnline(PilarClient client, Instant start, Instant end) {
        try {
            Coverage coverage = client.areas().coverage(KOLO);
            coverage.pillarsOf(PillarType.TKSK).forEach(p -> System.out.println("TKSK: " + p.fullName() + " " + p.phone()));
            Notice notice = client.notices().create(NewNotice.builder()
                    .kelurahanCode(KOLO).rw(2).rt(3)
                    .location("Rumah Ketua RT 003")
                    .plannedStart(start).plannedEnd(end)
                    .purpose(NoticePurpose.HOME_VISIT)
                    .requestsToKelurahan("Mohon didampingi Ketua RT 003")
                    .build());
            System.out.println("Filed " + notice.number() + " (" + notice.status() + ")");
            notice.overlaps().forEach(o -> System.out.println("Also going: " + o.number() + " " + o.leadPillarName()));
        } catch (PilarApiException e) {
            if (e.isNetworkError()) {
                System.out.println("No signal: the visit goes through the outbox instead");
            } else {
                // In the worker's language, e.g. "plannedStart: Waktu mulai harus di masa depan"
                e.fieldErrors().forEach(f -> System.out.println(f.field() + ": " + f.message()));
            }
        }
    }

    /** Offline-first: each item is on disk when enqueue returns, and later items can use earlier ones. */
    static void fileOffline(PilarClient client, Instant start, Instant end) {
        OutboxItem report = client.outbox().enqueue(NewCase.builder()
                .category("LANSIA_TELANTAR")            // a code of client.cases().categories()
                .subject(new CaseSubject("Wa Ina", null, Gender.P, null, 78))
                .address(new CaseAddress(KOLO, 2, 3, null))
                .source(new CaseSource(SourceKind.PILLAR, "Ketua RT 003", null))
                .urgency(Urgency.URGENT)
                .build());
        client.outbox().enqueue(NewNotice.builder()
                .kelurahanCode(KOLO).rw(2).rt(3).plannedStart(start).plannedEnd(end)
                .purpose(NoticePurpose.ASSESSMENT)
                .caseIds(List.of(report.ref()))         // the case's server id, once it has one
                .build());
        client.outbox().addCaseNote(report.ref(), "Tinggal sendiri, perlu asesmen lanjutan");
        System.out.println("Queued " + client.outbox().items().size() + " items");
    }

    /** Sends what is pending; whatever the service refused is shown to the worker, then put away. */
    static void send(PilarClient client) {
        SyncReport sync = client.outbox().flush();
        System.out.println(sync.sent() + " sent, " + sync.rejected() + " rejected, " + sync.pending() + " pending");
        sync.stoppedBy().ifPresent(e -> System.out.println("Stopped: " + e.getMessage()));
        for (OutboxItem item : client.outbox().items()) {
            if (item.state() == OutboxItem.State.REJECTED) {
                System.out.println(item.kind() + " refused: " + item.problem().detail());
                client.outbox().discard(item.id());
            }
        }
        client.outbox().clearSent();
    }
}

package id.go.bimakota.pilar.client;

import static id.go.bimakota.pilar.client.Responses.body;
import static id.go.bimakota.pilar.client.Responses.json;
import static id.go.bimakota.pilar.client.Responses.noContent;
import static id.go.bimakota.pilar.client.Responses.take;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.bimakota.pilar.client.model.Acknowledgement;
import id.go.bimakota.pilar.client.model.Agenda;
import id.go.bimakota.pilar.client.model.Case;
import id.go.bimakota.pilar.client.model.CaseAction;
import id.go.bimakota.pilar.client.model.CaseAddress;
import id.go.bimakota.pilar.client.model.CaseAssignment;
import id.go.bimakota.pilar.client.model.CasePatch;
import id.go.bimakota.pilar.client.model.CaseQuery;
import id.go.bimakota.pilar.client.model.CaseReport;
import id.go.bimakota.pilar.client.model.CaseSource;
import id.go.bimakota.pilar.client.model.CaseStatus;
import id.go.bimakota.pilar.client.model.CaseSubject;
import id.go.bimakota.pilar.client.model.CaseTransition;
import id.go.bimakota.pilar.client.model.ContactPatch;
import id.go.bimakota.pilar.client.model.ContactPosition;
import id.go.bimakota.pilar.client.model.CoordinationReport;
import id.go.bimakota.pilar.client.model.Coverage;
import id.go.bimakota.pilar.client.model.Gender;
import id.go.bimakota.pilar.client.model.NewCase;
import id.go.bimakota.pilar.client.model.NewContact;
import id.go.bimakota.pilar.client.model.NewNotice;
import id.go.bimakota.pilar.client.model.NewPillar;
import id.go.bimakota.pilar.client.model.Notice;
import id.go.bimakota.pilar.client.model.NoticePatch;
import id.go.bimakota.pilar.client.model.NoticePurpose;
import id.go.bimakota.pilar.client.model.NoticeQuery;
import id.go.bimakota.pilar.client.model.NoticeStatus;
import id.go.bimakota.pilar.client.model.Pillar;
import id.go.bimakota.pilar.client.model.PillarPatch;
import id.go.bimakota.pilar.client.model.PillarQuery;
import id.go.bimakota.pilar.client.model.PillarStatus;
import id.go.bimakota.pilar.client.model.PillarType;
import id.go.bimakota.pilar.client.model.Reschedule;
import id.go.bimakota.pilar.client.model.RescheduleRequest;
import id.go.bimakota.pilar.client.model.Role;
import id.go.bimakota.pilar.client.model.SourceKind;
import id.go.bimakota.pilar.client.model.TimelineEntry;
import id.go.bimakota.pilar.client.model.Urgency;
import id.go.bimakota.pilar.client.model.VisitReport;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every sub-API speaks the agreed paths, query parameters and JSON shapes. The JSON here is the
 * contract the api module's tests check against the real service.
 */
class SubApisTest {

    private static final Instant START = Instant.parse("2026-12-01T01:00:00Z");
    private static final String EMPTY_PAGE = "{\"items\":[],\"nextCursor\":null}";
    private static final String NOTICE = """
            {"id":"n-1","number":"KL-2026-000045","kelurahanCode":"52.72.03.1004","rw":2,"rt":3,
             "location":"Rumah Ketua RT 003","plannedStart":"2026-12-01T01:00:00Z","plannedEnd":"2026-12-01T03:00:00Z",
             "purpose":"HOME_VISIT","description":"Asesmen lansia","requestsToKelurahan":"mohon didampingi Ketua RT 003",
             "leadPillarId":"p-1","teamPillarIds":["p-2"],"otherParticipants":"Staf Dinas","caseIds":["c-1"],
             "caseCountsByCategory":{"LANJUT_USIA_TELANTAR":1},"contactPhone":"+6281234567890",
             "status":"ACKNOWLEDGED","shortNotice":true,"awaitingAcknowledgement":false,
             "completedWithoutAcknowledgement":false,
             "acknowledgement":{"acknowledgedBy":"Hj. Siti Aminah, Kasi Kesos","note":"Siap","at":"2026-11-30T02:00:00Z"},
             "overlaps":[{"id":"n-2","number":"KL-2026-000046","rw":2,"rt":3,"purpose":"ASSESSMENT",
                          "plannedStart":"2026-12-01T02:00:00Z","plannedEnd":"2026-12-01T04:00:00Z","status":"SUBMITTED",
                          "leadPillarName":"Ahmad","leadPillarPhone":"+6281311112222"}],
             "history":[{"at":"2026-11-29T01:00:00Z","action":"submit","actor":"psm.kolo","toStatus":"SUBMITTED"}],
             "allowedActions":["cancel","complete"],"version":2,
             "createdAt":"2026-11-29T01:00:00Z","updatedAt":"2026-11-30T02:00:00Z","addedLater":{"x":1}}""";
    private static final String PILLAR = """
            {"id":"p-1","fullName":"Siti Aminah","type":"PSM","nik":"5272**********01","gender":"P",
             "phone":"+6281234567890","joinedOn":"2023-02-01","status":"ACTIVE","kelurahanCodes":["52.72.03.1004"],
             "version":3,"createdAt":"2026-01-01T00:00:00Z","updatedAt":"2026-01-01T00:00:00Z"}""";
    private static final String CASE = """
            {"id":"c-1","number":"PPKS-2026-000123","category":"LANJUT_USIA_TELANTAR",
             "subject":{"fullName":"Wa Ina","nik":"5272**********01","gender":"P","estimatedAge":78},
             "address":{"kelurahanCode":"52.72.03.1004","rw":2,"rt":3,"street":"Jl. Gajah Mada"},
             "description":"Tinggal sendiri","urgency":"URGENT","source":{"kind":"PILLAR","name":"Siti"},
             "consentRecorded":true,"consentDate":"2026-11-28","status":"IN_SERVICE","leadPillarId":"p-1",
             "supportPillarIds":["p-2"],"allowedActions":["refer","close"],"version":4,
             "createdAt":"2026-11-28T01:00:00Z","updatedAt":"2026-11-29T01:00:00Z"}""";

    private final MockWebServer server = new MockWebServer();
    private PilarClient client;

    @BeforeEach
    void start() throws Exception {
        server.start();
        client = PilarClient.builder().baseUrl(server.url("/").toString()).build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void areas() throws Exception {
        server.enqueue(json("{\"items\":[{\"code\":\"52.72.03\",\"name\":\"Asakota\",\"kelurahanCount\":8}],\"nextCursor\":null}"));
        server.enqueue(json("{\"items\":[{\"code\":\"52.72.03.1004\",\"name\":\"Kolo\",\"kecamatanCode\":\"52.72.03\","
                + "\"kecamatanName\":\"Asakota\"}],\"nextCursor\":null}"));
        server.enqueue(json("{\"code\":\"52.72.03.1004\",\"name\":\"Kolo\",\"kecamatanCode\":\"52.72.03\",\"kecamatanName\":\"Asakota\"}"));
        server.enqueue(json("""
                {"kelurahan":{"code":"52.72.03.1004","name":"Kolo","kecamatanCode":"52.72.03","kecamatanName":"Asakota"},
                 "pillars":{"PSM":[{"id":"p-1","fullName":"Siti Aminah","type":"PSM","phone":"+6281234567890"}],
                            "TAGANA":[]},
                 "contacts":[{"id":"k-1","kelurahanCode":"52.72.03.1004","name":"H. Abdullah","position":"KETUA_RT",
                              "rw":"002","rt":"003","rtRw":"003/002","phone":"+6285200001111","active":true,
                              "createdAt":"2026-11-01T00:00:00Z","updatedAt":"2026-11-01T00:00:00Z","version":1}]}"""));
        server.enqueue(json(EMPTY_PAGE));
        server.enqueue(json(201, "{\"id\":\"k-2\",\"name\":\"Ibu Lurah\",\"position\":\"LURAH\",\"active\":true,\"version\":1}"));
        server.enqueue(json("{\"id\":\"k-2\",\"version\":2}"));
        server.enqueue(noContent());

        assertEquals(8, client.areas().listKecamatan().get(0).kelurahanCount());
        assertEquals("Kolo", client.areas().listKelurahan("52.72.03").items().get(0).name());
        assertEquals("Asakota", client.areas().getKelurahan("52.72.03.1004").kecamatanName());
        Coverage coverage = client.areas().coverage("52.72.03.1004");
        client.areas().listContacts("52.72.03.1004");
        client.areas().createContact("52.72.03.1004", NewContact.builder().name("Ibu Lurah")
                .position(ContactPosition.LURAH).phone("081234567890").build());
        client.areas().updateContact("k-2", 1, ContactPatch.builder().phone(null).clearRt().active(false).build());
        client.areas().deleteContact("k-2", 2);

        assertEquals(PillarType.PSM, coverage.pillarsOf(PillarType.PSM).get(0).type());
        assertEquals("+6281234567890", coverage.pillarsOf(PillarType.PSM).get(0).phone());
        assertEquals(List.of(), coverage.pillarsOf(PillarType.TKSK));
        assertEquals(ContactPosition.KETUA_RT, coverage.contacts().get(0).position());
        assertEquals("002", coverage.contacts().get(0).rw());
        assertRequest("GET", "/api/v1/areas/kecamatan", null);
        assertRequest("GET", "/api/v1/areas/kelurahan?kecamatan=52.72.03", null);
        assertRequest("GET", "/api/v1/areas/kelurahan/52.72.03.1004", null);
        assertRequest("GET", "/api/v1/areas/kelurahan/52.72.03.1004/coverage", null);
        assertRequest("GET", "/api/v1/areas/kelurahan/52.72.03.1004/contacts", null);
        assertRequest("POST", "/api/v1/areas/kelurahan/52.72.03.1004/contacts",
                "{\"name\":\"Ibu Lurah\",\"position\":\"LURAH\",\"phone\":\"081234567890\"}");
        RecordedRequest patch = assertRequest("PATCH", "/api/v1/contacts/k-2", "{\"rt\":\"\",\"active\":false}");
        assertEquals("\"1\"", patch.getHeaders().get("If-Match"));
        assertEquals("\"2\"", assertRequest("DELETE", "/api/v1/contacts/k-2", null).getHeaders().get("If-Match"));
    }

    @Test
    void pillars() throws Exception {
        server.enqueue(json("{\"items\":[{\"code\":\"TAGANA\",\"nameId\":\"Taruna Siaga Bencana\",\"group\":\"PILAR_SOSIAL\","
                + "\"usualArea\":\"KOTA\"}],\"nextCursor\":null}"));
        server.enqueue(json("{\"items\":[" + PILLAR + "],\"nextCursor\":null}"));
        server.enqueue(json(201, PILLAR));
        server.enqueue(json(PILLAR));
        server.enqueue(json(PILLAR));
        server.enqueue(json(PILLAR));
        server.enqueue(json(PILLAR));

        assertEquals(PillarType.TAGANA, client.pillars().types().get(0).code());
        Pillar listed = client.pillars().list(PillarQuery.builder().type(PillarType.PSM).status(PillarStatus.ACTIVE)
                .kelurahan("52.72.03.1004").includeCoverage(true).q("siti").limit(20).build()).items().get(0);
        client.pillars().create(NewPillar.builder().fullName("Siti Aminah").type(PillarType.PSM).gender(Gender.P)
                .phone("0812-3456-7890").joinedOn(LocalDate.of(2023, 2, 1)).kelurahanCodes(List.of("52.72.03.1004"))
                .account("siti", "kata-sandi-panjang").build());
        client.pillars().get("p-1");
        client.pillars().update("p-1", 3, PillarPatch.builder().email("siti@example.org").build());
        client.pillars().deactivate("p-1", "Pindah tugas", true);
        client.pillars().reactivate("p-1");

        assertEquals(LocalDate.of(2023, 2, 1), listed.joinedOn());
        assertEquals(List.of("52.72.03.1004"), listed.kelurahanCodes());
        assertRequest("GET", "/api/v1/pillar-types", null);
        assertRequest("GET", "/api/v1/pillars?type=PSM&status=ACTIVE&kelurahan=52.72.03.1004&includeCoverage=true"
                + "&q=siti&limit=20", null);
        assertRequest("POST", "/api/v1/pillars", "{\"fullName\":\"Siti Aminah\",\"type\":\"PSM\",\"gender\":\"P\","
                + "\"phone\":\"0812-3456-7890\",\"joinedOn\":\"2023-02-01\",\"kelurahanCodes\":[\"52.72.03.1004\"],"
                + "\"account\":{\"username\":\"siti\",\"password\":\"kata-sandi-panjang\"}}");
        assertRequest("GET", "/api/v1/pillars/p-1", null);
        assertEquals("\"3\"", assertRequest("PATCH", "/api/v1/pillars/p-1", "{\"email\":\"siti@example.org\"}")
                .getHeaders().get("If-Match"));
        assertRequest("POST", "/api/v1/pillars/p-1/deactivate", "{\"reason\":\"Pindah tugas\",\"transferredOut\":true}");
        assertRequest("POST", "/api/v1/pillars/p-1/reactivate", "");
    }

    @Test
    void cases() throws Exception {
        server.enqueue(json("{\"items\":[{\"code\":\"ANAK_TELANTAR\",\"ordinal\":2,\"nameId\":\"Anak Telantar\","
                + "\"description\":\"…\"}],\"nextCursor\":null}"));
        server.enqueue(json("{\"items\":[" + CASE + "],\"nextCursor\":null}"));
        server.enqueue(json(201, CASE.replace("\"version\":4", "\"version\":1,\"possibleDuplicates\":[{\"id\":\"c-0\","
                + "\"number\":\"PPKS-2025-000007\",\"category\":\"ANAK_TELANTAR\",\"status\":\"CLOSED\"}]")));
        for (int i = 0; i < 5; i++) {
            server.enqueue(json(CASE));
        }
        server.enqueue(json(201, "{\"id\":\"note-1\",\"at\":\"2026-11-29T01:00:00Z\",\"type\":\"NOTE\","
                + "\"note\":\"Sudah dikunjungi\",\"actor\":{\"id\":\"u-1\",\"username\":\"psm.kolo\",\"role\":\"PILLAR\"}}"));
        server.enqueue(json("{\"items\":[{\"at\":\"2026-11-28T01:00:00Z\",\"type\":\"TRANSITION\",\"action\":\"verify\","
                + "\"fromStatus\":\"REPORTED\",\"toStatus\":\"VERIFIED\",\"actor\":{\"username\":\"psm.kolo\",\"role\":\"PILLAR\"}}],"
                + "\"nextCursor\":null}"));

        assertEquals(2, client.cases().categories().get(0).ordinal());
        Case listed = client.cases().list(CaseQuery.builder().status(CaseStatus.IN_SERVICE).category("LANJUT_USIA_TELANTAR")
                .kecamatan("52.72.03").urgency(Urgency.URGENT).reportedFrom(LocalDate.of(2026, 11, 1))
                .reportedTo(LocalDate.of(2026, 11, 30)).build()).items().get(0);
        Case created = client.cases().create(NewCase.builder().category("LANJUT_USIA_TELANTAR")
                .subject(new CaseSubject("Wa Ina", null, Gender.P, null, 78))
                .address(new CaseAddress("52.72.03.1004", 2, 3, null)).urgency(Urgency.URGENT)
                .source(new CaseSource(SourceKind.PILLAR, "Siti", null)).consent(true, LocalDate.of(2026, 11, 28))
                .build());
        client.cases().get("c-1");
        client.cases().update("c-1", 4, CasePatch.builder().description("Tinggal sendiri, sakit").build());
        client.cases().transition("c-1", CaseTransition.of(CaseAction.START_SERVICE, null));
        client.cases().transition("c-1", CaseTransition.refer("RSUD Bima", "Perlu perawatan"));
        client.cases().assign("c-1", new CaseAssignment("p-1", List.of("p-2")));
        TimelineEntry note = client.cases().addNote("c-1", "Sudah dikunjungi");
        assertEquals("note-1", note.id());
        assertEquals(TimelineEntry.Type.NOTE, note.type());
        assertEquals(Role.PILLAR, note.actor().role());
        assertEquals(CaseStatus.VERIFIED, client.cases().timeline("c-1").items().get(0).toStatus());

        assertEquals("5272**********01", listed.subject().nik());
        assertEquals(78, listed.subject().estimatedAge());
        assertEquals(List.of("refer", "close"), listed.allowedActions());
        assertEquals("PPKS-2025-000007", created.possibleDuplicates().get(0).number());
        assertRequest("GET", "/api/v1/ppks-categories", null);
        assertRequest("GET", "/api/v1/cases?status=IN_SERVICE&category=LANJUT_USIA_TELANTAR&kecamatan=52.72.03"
                + "&urgency=URGENT&reportedFrom=2026-11-01&reportedTo=2026-11-30", null);
        assertRequest("POST", "/api/v1/cases", "{\"category\":\"LANJUT_USIA_TELANTAR\",\"subject\":{\"fullName\":\"Wa Ina\","
                + "\"gender\":\"P\",\"estimatedAge\":78},\"address\":{\"kelurahanCode\":\"52.72.03.1004\",\"rw\":2,\"rt\":3},"
                + "\"urgency\":\"URGENT\",\"source\":{\"kind\":\"PILLAR\",\"name\":\"Siti\"},\"consentRecorded\":true,"
                + "\"consentDate\":\"2026-11-28\"}");
        assertRequest("GET", "/api/v1/cases/c-1", null);
        assertRequest("PATCH", "/api/v1/cases/c-1", "{\"description\":\"Tinggal sendiri, sakit\"}");
        assertRequest("POST", "/api/v1/cases/c-1/transitions", "{\"action\":\"start-service\"}");
        assertRequest("POST", "/api/v1/cases/c-1/transitions",
                "{\"action\":\"refer\",\"note\":\"Perlu perawatan\",\"referredTo\":\"RSUD Bima\"}");
        assertRequest("POST", "/api/v1/cases/c-1/assignment", "{\"leadPillarId\":\"p-1\",\"supportPillarIds\":[\"p-2\"]}");
        assertRequest("POST", "/api/v1/cases/c-1/notes", "{\"text\":\"Sudah dikunjungi\"}");
        assertRequest("GET", "/api/v1/cases/c-1/timeline", null);
    }

    @Test
    void notices() throws Exception {
        server.enqueue(json("{\"items\":[" + NOTICE + "],\"nextCursor\":null}"));
        for (int i = 0; i < 9; i++) {
            server.enqueue(json(i == 0 ? 201 : 200, NOTICE));
        }

        Notice listed = client.notices().list(NoticeQuery.builder().kelurahan("52.72.03.1004")
                .status(NoticeStatus.SUBMITTED).purpose(NoticePurpose.HOME_VISIT).pillar("p-1").from(START)
                .to(START.plusSeconds(86_400)).build()).items().get(0);
        client.notices().create(NewNotice.builder().kelurahanCode("52.72.03.1004").rw(2).rt(3).plannedStart(START)
                .plannedEnd(START.plusSeconds(7200)).purpose(NoticePurpose.HOME_VISIT).description("Asesmen lansia")
                .caseIds(List.of("c-1")).build());
        client.notices().get("n-1");
        client.notices().update("n-1", 2, NoticePatch.builder().location("Balai RW 002").build());
        client.notices().acknowledge("n-1", new Acknowledgement("Hj. Siti Aminah, Kasi Kesos", "Siap"));
        client.notices().requestReschedule("n-1", new RescheduleRequest(START.plusSeconds(86_400),
                START.plusSeconds(93_600), "Ada kegiatan posyandu"));
        client.notices().reschedule("n-1", new Reschedule(START.plusSeconds(86_400), START.plusSeconds(93_600), null));
        client.notices().cancel("n-1", "Hujan deras");
        client.notices().complete("n-1", VisitReport.builder().outcome("Lansia dikunjungi").householdsVisited(1)
                .followUpNeeded(true).caseIds(List.of("c-1")).build());
        client.notices().join("n-1");

        assertEquals(NoticePurpose.HOME_VISIT, listed.purpose());
        assertEquals(START, listed.plannedStart());
        assertTrue(listed.shortNotice());
        assertEquals("Hj. Siti Aminah, Kasi Kesos", listed.acknowledgement().acknowledgedBy());
        assertEquals("+6281311112222", listed.overlaps().get(0).leadPillarPhone());
        assertEquals(NoticeStatus.SUBMITTED, listed.history().get(0).toStatus());
        assertEquals(1L, listed.caseCountsByCategory().get("LANJUT_USIA_TELANTAR"));
        assertEquals("psm.kolo", listed.history().get(0).actor());
        assertRequest("GET", "/api/v1/notices?kelurahan=52.72.03.1004&status=SUBMITTED&purpose=HOME_VISIT&pillar=p-1"
                + "&from=2026-12-01T01:00:00Z&to=2026-12-02T01:00:00Z", null);
        assertRequest("POST", "/api/v1/notices", "{\"kelurahanCode\":\"52.72.03.1004\",\"rw\":2,\"rt\":3,"
                + "\"plannedStart\":\"2026-12-01T01:00:00Z\",\"plannedEnd\":\"2026-12-01T03:00:00Z\","
                + "\"purpose\":\"HOME_VISIT\",\"description\":\"Asesmen lansia\",\"caseIds\":[\"c-1\"]}");
        assertRequest("GET", "/api/v1/notices/n-1", null);
        assertRequest("PATCH", "/api/v1/notices/n-1", "{\"location\":\"Balai RW 002\"}");
        assertRequest("POST", "/api/v1/notices/n-1/acknowledge",
                "{\"acknowledgedBy\":\"Hj. Siti Aminah, Kasi Kesos\",\"note\":\"Siap\"}");
        assertRequest("POST", "/api/v1/notices/n-1/request-reschedule", "{\"proposedStart\":\"2026-12-02T01:00:00Z\","
                + "\"proposedEnd\":\"2026-12-02T03:00:00Z\",\"reason\":\"Ada kegiatan posyandu\"}");
        assertRequest("POST", "/api/v1/notices/n-1/reschedule",
                "{\"plannedStart\":\"2026-12-02T01:00:00Z\",\"plannedEnd\":\"2026-12-02T03:00:00Z\"}");
        assertRequest("POST", "/api/v1/notices/n-1/cancel", "{\"reason\":\"Hujan deras\"}");
        assertRequest("POST", "/api/v1/notices/n-1/complete", "{\"outcome\":\"Lansia dikunjungi\",\"householdsVisited\":1,"
                + "\"followUpNeeded\":true,\"caseIds\":[\"c-1\"]}");
        assertRequest("POST", "/api/v1/notices/n-1/join", "");
    }

    @Test
    void agenda() throws Exception {
        String agenda = """
                {"from":"2026-12-01","to":"2026-12-01","kecamatan":[{"code":"52.72.03","name":"Asakota","kelurahan":[
                  {"code":"52.72.03.1004","name":"Kolo","notices":[{"id":"n-1","number":"KL-2026-000045","rw":2,"rt":3,
                   "purpose":"HOME_VISIT","plannedStart":"2026-12-01T01:00:00Z","plannedEnd":"2026-12-01T03:00:00Z",
                   "status":"SUBMITTED","leadPillarName":"Siti Aminah","shortNotice":false,"awaitingAcknowledgement":true,
                   "completedWithoutAcknowledgement":false}]}]}]}""";
        server.enqueue(json(agenda));
        server.enqueue(json(agenda));
        server.enqueue(json(agenda));

        Agenda day = client.agenda().day(LocalDate.of(2026, 12, 1));
        client.agenda().day(LocalDate.of(2026, 12, 1), "52.72.03");
        client.agenda().range(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 7));

        Agenda.Visit visit = day.kecamatan().get(0).kelurahan().get(0).notices().get(0);
        assertTrue(visit.awaitingAcknowledgement());
        assertEquals("Siti Aminah", visit.leadPillarName());
        assertRequest("GET", "/api/v1/agenda?date=2026-12-01", null);
        RecordedRequest withKecamatan = take(server);
        assertEquals("52.72.03", withKecamatan.getUrl().queryParameter("kecamatan"));
        assertRequest("GET", "/api/v1/agenda?from=2026-12-01&to=2026-12-07", null);
    }

    @Test
    void noticeLetterIsThePdfBytes() throws Exception {
        byte[] pdf = "%PDF-1.7 surat".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        server.enqueue(new mockwebserver3.MockResponse.Builder().addHeader("Content-Type", "application/pdf")
                .body(new okio.Buffer().write(pdf)).build());

        assertTrue(java.util.Arrays.equals(pdf, client.notices().letter("n-1")));
        RecordedRequest request = assertRequest("GET", "/api/v1/notices/n-1/letter", null);
        assertEquals("application/pdf", request.getHeaders().get("Accept"));
    }

    @Test
    void reports() throws Exception {
        server.enqueue(json("""
                {"from":"2026-11-01","to":"2026-11-30","groupBy":"category",
                 "rows":[{"group":"ANAK_TELANTAR","label":"Anak Telantar","new":3,"open":5,"closed":1}],
                 "total":{"group":"TOTAL","label":"Jumlah","new":3,"open":5,"closed":1}}"""));
        server.enqueue(new mockwebserver3.MockResponse.Builder().addHeader("Content-Type", "text/csv")
                .body("group,label,new,open,closed\nANAK_TELANTAR,Anak Telantar,3,5,1\n").build());
        server.enqueue(json("""
                {"from":"2026-11-01","to":"2026-11-30","groupBy":"pillarType",
                 "rows":[{"group":"PSM","label":"PSM","notices":10,"acknowledgedBeforeStartPercent":80.0,
                          "medianHoursToAcknowledgement":5.5,"shortNoticePercent":10.0,"completedWithReportPercent":70.0,
                          "withOverlapsPercent":20.0,"joins":2}],
                 "total":{"group":"TOTAL","label":"","notices":10,"acknowledgedBeforeStartPercent":80.0,
                          "medianHoursToAcknowledgement":5.5,"shortNoticePercent":10.0,"completedWithReportPercent":70.0,
                          "withOverlapsPercent":20.0,"joins":2}}"""));
        server.enqueue(json("group\n"));

        LocalDate from = LocalDate.of(2026, 11, 1);
        LocalDate to = LocalDate.of(2026, 11, 30);
        CaseReport cases = client.reports().cases(from, to, CaseReport.GroupBy.CATEGORY);
        String csv = client.reports().casesCsv(from, to, CaseReport.GroupBy.CATEGORY);
        CoordinationReport coordination = client.reports().coordination(from, to, CoordinationReport.GroupBy.PILLAR_TYPE);
        client.reports().coordinationCsv(from, to, CoordinationReport.GroupBy.KECAMATAN);

        assertEquals(3, cases.rows().get(0).newCases());
        assertEquals(1, cases.total().closed());
        assertTrue(csv.startsWith("group,label,new"));
        assertEquals(80.0, coordination.rows().get(0).acknowledgedBeforeStartPercent());
        assertEquals(10, coordination.total().notices());
        assertRequest("GET", "/api/v1/reports/cases?from=2026-11-01&to=2026-11-30&groupBy=category", null);
        assertEquals("text/csv", take(server).getHeaders().get("Accept"));
        assertRequest("GET", "/api/v1/reports/coordination?from=2026-11-01&to=2026-11-30&groupBy=pillarType", null);
        RecordedRequest coordinationCsv = take(server);
        assertEquals("kecamatan", coordinationCsv.getUrl().queryParameter("groupBy"));
        assertEquals("text/csv", coordinationCsv.getHeaders().get("Accept"));
    }

    @Test
    void me() throws Exception {
        server.enqueue(json("{\"id\":\"u-9\",\"username\":\"lurah.kolo\",\"displayName\":\"Kasi Kesos Kolo\","
                + "\"role\":\"KELURAHAN\",\"kelurahanCode\":\"52.72.03.1004\"}"));
        server.enqueue(noContent());

        assertEquals("52.72.03.1004", client.auth().me().kelurahanCode());
        client.auth().changePassword("lama-sekali-123", "baru-sekali-456");

        assertEquals("application/json", assertRequest("GET", "/api/v1/me", null).getHeaders().get("Accept"));
        assertRequest("POST", "/api/v1/me/password",
                "{\"currentPassword\":\"lama-sekali-123\",\"newPassword\":\"baru-sekali-456\"}");
    }

    @Test
    void iteratingAPageFollowsTheCursorsOnlyAsFarAsNeeded() throws Exception {
        server.enqueue(json("{\"items\":[" + PILLAR + "," + PILLAR + "],\"nextCursor\":\"c2\"}"));
        server.enqueue(json("{\"items\":[],\"nextCursor\":\"c3\"}"));
        server.enqueue(json("{\"items\":[" + PILLAR + "],\"nextCursor\":null}"));

        Page<Pillar> first = client.pillars().list(PillarQuery.builder().type(PillarType.PSM).limit(2).build());
        assertEquals(2, first.items().size());
        assertEquals("c2", first.nextCursor());
        assertEquals(1, server.getRequestCount(), "later pages are fetched only when reached");

        assertEquals(3, first.stream().count());

        take(server);
        assertEquals("/api/v1/pillars?type=PSM&limit=2&cursor=c2", take(server).getTarget());
        assertEquals("/api/v1/pillars?type=PSM&limit=2&cursor=c3", take(server).getTarget());
    }

    @Test
    void unknownFieldsAndValuesFromANewerServiceAreTolerated() {
        server.enqueue(json(NOTICE.replace("\"HOME_VISIT\"", "\"TRAINING\"").replace("\"ACKNOWLEDGED\"", "\"ARCHIVED\"")));

        Notice notice = client.notices().get("n-1");

        assertEquals(NoticePurpose.UNKNOWN, notice.purpose());
        assertEquals(NoticeStatus.UNKNOWN, notice.status());
        assertNotNull(notice.overlaps());
    }

    private RecordedRequest assertRequest(String method, String target, String jsonBody) throws InterruptedException {
        RecordedRequest request = take(server);
        String query = request.getUrl().query();
        assertEquals(method + " " + target,
                request.getMethod() + " " + request.getUrl().encodedPath() + (query == null ? "" : "?" + query));
        if (jsonBody != null) {
            assertEquals(jsonBody, body(request));
        }
        return request;
    }
}

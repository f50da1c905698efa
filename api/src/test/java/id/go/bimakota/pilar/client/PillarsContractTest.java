package id.go.bimakota.pilar.client;

import static id.go.bimakota.pilar.client.Contract.ASAKOTA;
import static id.go.bimakota.pilar.client.Contract.KOLO;
import static id.go.bimakota.pilar.client.Contract.PASSWORD;
import static id.go.bimakota.pilar.client.Contract.assertParsedExactly;
import static id.go.bimakota.pilar.client.Contract.assertParsedItemsExactly;
import static id.go.bimakota.pilar.client.Contract.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.bimakota.pilar.client.Contract.Wire;
import id.go.bimakota.pilar.client.model.Gender;
import id.go.bimakota.pilar.client.model.NewPillar;
import id.go.bimakota.pilar.client.model.Pillar;
import id.go.bimakota.pilar.client.model.PillarPatch;
import id.go.bimakota.pilar.client.model.PillarQuery;
import id.go.bimakota.pilar.client.model.PillarStatus;
import id.go.bimakota.pilar.client.model.PillarType;
import id.go.bimakota.pilar.client.model.PillarTypeInfo;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code client.pillars()}: the registry, as ADMIN and as a pillar, against the real service. */
@QuarkusTest
class PillarsContractTest extends ContractTestBase {

    @Test
    void typesAreOpenReferenceData() {
        Wire wire = new Wire();
        try (PilarClient anonymous = Contract.client(contract.baseUrl(), null, null, wire, null, "id")) {
            List<PillarTypeInfo> types = anonymous.pillars().types();

            assertParsedItemsExactly(wire, types);
            assertEquals(List.of(PillarType.PSM, PillarType.TKSK, PillarType.PORDAM, PillarType.TAGANA,
                    PillarType.FASILITATOR, PillarType.PENDAMPING_SOSIAL), types.stream().map(PillarTypeInfo::code).toList());
            assertEquals("KECAMATAN", types.get(1).usualArea());
        }
    }

    @Test
    void theAdminRegistersChangesDeactivatesAndReactivatesAPillar() {
        String username = "ps." + UUID.randomUUID().toString().substring(0, 8);
        String nik = Contract.randomNik();
        Wire wire = new Wire();
        try (PilarClient admin = contract.admin(wire)) {
            Pillar created = admin.pillars().create(NewPillar.builder().fullName("Nurhasanah " + username)
                    .type(PillarType.PENDAMPING_SOSIAL).nik(nik).gender(Gender.P).phone("0812-" + phoneTail())
                    .email(username + "@example.id").memberNumber("PS-" + username).originRegion("Kabupaten Dompu")
                    .joinedOn(LocalDate.of(2023, 2, 1)).kelurahanCodes(List.of(KOLO, "52.72.03.1005"))
                    .account(username, PASSWORD).build());
            assertParsedExactly(wire, created);
            assertEquals(201, wire.last().status());
            assertEquals(nik, created.nik(), "ADMIN sees the full NIK");
            assertTrue(created.phone().startsWith("+62812"), "stored as E.164");
            assertEquals(PillarStatus.ACTIVE, created.status());
            assertEquals(List.of(KOLO, "52.72.03.1005"), created.kelurahanCodes());

            Pillar read = admin.pillars().get(created.id());
            assertParsedExactly(wire, read);
            assertEquals(created.version(), read.version());

            Page<Pillar> found = admin.pillars().list(PillarQuery.builder().type(PillarType.PENDAMPING_SOSIAL)
                    .status(PillarStatus.ACTIVE).kelurahan(KOLO).q(username).limit(10).build());
            assertParsedItemsExactly(wire, found.items());
            assertEquals(List.of(created.id()), found.items().stream().map(Pillar::id).toList());

            Pillar changed = admin.pillars().update(created.id(), created.version(), PillarPatch.builder()
                    .fullName("Nurhasanah, S.Sos " + username).email("").kelurahanCodes(List.of(KOLO)).build());
            assertParsedExactly(wire, changed);
            assertEquals("\"" + created.version() + "\"", wire.last().requestHeaders().get("If-Match"));
            assertEquals(null, changed.email(), "\"\" clears an optional field");
            assertEquals(List.of(KOLO), changed.kelurahanCodes());
            assertProblem(412, "/problems/precondition-failed", () -> admin.pillars().update(created.id(),
                    created.version(), PillarPatch.builder().memberNumber("PS-2").build()));

            Pillar tksk = admin.pillars().update(created.id(), changed.version(), PillarPatch.builder()
                    .type(PillarType.TKSK).kelurahanCodes(List.of()).kecamatanCode(ASAKOTA).build());
            assertEquals(PillarType.TKSK, tksk.type());
            assertEquals(ASAKOTA, tksk.kecamatanCode());

            Pillar gone = admin.pillars().deactivate(created.id(), "Pindah tugas ke Kabupaten Dompu", true);
            assertParsedExactly(wire, gone);
            assertEquals(PillarStatus.TRANSFERRED_OUT, gone.status());
            assertEquals("Pindah tugas ke Kabupaten Dompu", gone.statusReason());
            assertProblem(409, "/problems/invalid-state", () -> admin.pillars().deactivate(created.id(), "Lagi"));

            Pillar back = admin.pillars().reactivate(created.id());
            assertParsedExactly(wire, back);
            assertEquals(PillarStatus.ACTIVE, back.status());
            Pillar paused = admin.pillars().deactivate(created.id(), "Cuti");
            assertEquals(PillarStatus.INACTIVE, paused.status());
            admin.pillars().reactivate(created.id());
        }
    }

    @Test
    void aPillarReadsMaskedNiksAndChangesOnlyTheirOwnPhoneAndEmail() {
        String nik = Contract.randomNik();
        Contract.Member psm = contract.psm(KOLO);
        Pillar other;
        other = contract.sharedAdmin().pillars().create(NewPillar.builder().fullName("Pilar Lain")
                .type(PillarType.TAGANA).nik(nik).phone(Contract.randomPhone()).build());
        Wire wire = new Wire();
        try (PilarClient client = psm.client(contract, wire)) {
            Pillar seen = client.pillars().get(other.id());
            assertParsedExactly(wire, seen);
            assertNotEquals(nik, seen.nik());
            assertEquals(nik.substring(0, 4) + "**********" + nik.substring(14), seen.nik());

            Pillar me = client.pillars().get(psm.id());
            Pillar changed = client.pillars().update(me.id(), me.version(),
                    PillarPatch.builder().phone(Contract.randomPhone()).email("saya@example.id").build());
            assertEquals("saya@example.id", changed.email());
            assertProblem(403, "/problems/forbidden", () -> client.pillars().update(me.id(), changed.version(),
                    PillarPatch.builder().fullName("Nama Baru").build()));
            assertProblem(403, "/problems/forbidden", () -> client.pillars().update(other.id(), other.version(),
                    PillarPatch.builder().email("bukan@example.id").build()));
            assertProblem(403, "/problems/forbidden", () -> client.pillars().deactivate(other.id(), "Bukan hak saya"));

            // Iterating follows the cursors: pages of 2 give the same pillars as one big page.
            List<String> byTwo = client.pillars().list(PillarQuery.builder().kelurahan(KOLO).includeCoverage(true)
                    .limit(2).build()).stream().map(Pillar::id).toList();
            List<String> atOnce = client.pillars().list(PillarQuery.builder().kelurahan(KOLO).includeCoverage(true)
                    .limit(200).build()).items().stream().map(Pillar::id).toList();
            assertTrue(byTwo.size() >= 3, "enough pillars to need several pages: " + byTwo.size());
            assertEquals(atOnce, byTwo);
            assertTrue(byTwo.contains(psm.id()) && byTwo.contains(other.id()), "TAGANA is city-wide");

            PilarApiException tooMany = assertProblem(400, "/problems/validation",
                    () -> client.pillars().list(PillarQuery.builder().limit(201).build()));
            assertEquals("limit", tooMany.fieldErrors().get(0).field());
        }
    }

    private static String phoneTail() {
        return Contract.randomPhone().substring(6);
    }
}

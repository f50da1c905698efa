package id.go.bimakota.pilar.client;

import static id.go.bimakota.pilar.client.Contract.ASAKOTA;
import static id.go.bimakota.pilar.client.Contract.KOLO;
import static id.go.bimakota.pilar.client.Contract.PASSWORD;
import static id.go.bimakota.pilar.client.Contract.assertParsedExactly;
import static id.go.bimakota.pilar.client.Contract.assertParsedItemsExactly;
import static id.go.bimakota.pilar.client.Contract.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.bimakota.pilar.client.Contract.Member;
import id.go.bimakota.pilar.client.Contract.Wire;
import id.go.bimakota.pilar.client.model.Contact;
import id.go.bimakota.pilar.client.model.ContactPatch;
import id.go.bimakota.pilar.client.model.ContactPosition;
import id.go.bimakota.pilar.client.model.Coverage;
import id.go.bimakota.pilar.client.model.Kecamatan;
import id.go.bimakota.pilar.client.model.Kelurahan;
import id.go.bimakota.pilar.client.model.NewContact;
import id.go.bimakota.pilar.client.model.PillarType;
import io.quarkus.test.junit.QuarkusTest;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** {@code client.areas()}: reference data, coverage and kelurahan contacts against the real service. */
@QuarkusTest
class AreasContractTest extends ContractTestBase {

    @Test
    void referenceDataIsReadWithoutALogin() {
        Wire wire = new Wire();
        try (PilarClient anonymous = Contract.client(contract.baseUrl(), null, null, wire, null, "id")) {
            List<Kecamatan> kecamatan = anonymous.areas().listKecamatan();
            assertParsedItemsExactly(wire, kecamatan);
            assertEquals(5, kecamatan.size());
            assertEquals(41, kecamatan.stream().mapToInt(Kecamatan::kelurahanCount).sum());

            List<Kelurahan> all = anonymous.areas().listKelurahan().stream().toList();
            assertEquals(41, all.size());
            Page<Kelurahan> asakota = anonymous.areas().listKelurahan(ASAKOTA);
            assertParsedItemsExactly(wire, asakota.items());
            assertTrue(asakota.items().stream().allMatch(k -> k.kecamatanCode().equals(ASAKOTA)));

            Kelurahan kolo = anonymous.areas().getKelurahan(KOLO);
            assertParsedExactly(wire, kolo);
            assertEquals("Kolo", kolo.name());
            assertEquals("Asakota", kolo.kecamatanName());

            assertTrue(wire.exchanges().stream().noneMatch(e -> e.requestHeaders().get("Authorization") != null));
            assertProblem(404, "/problems/not-found", () -> anonymous.areas().getKelurahan("52.72.03.1999"));
            assertProblem(400, "/problems/validation", () -> anonymous.areas().getKelurahan("kolo"));
            // Coverage carries phone numbers: it needs a login.
            assertProblem(401, "/problems/unauthorized", () -> anonymous.areas().coverage(KOLO));
        }
    }

    @Test
    void coverageListsThePillarsByTypeAndTheActiveContacts() {
        Member psm = contract.psm(KOLO);
        Member tksk = contract.pillar(PillarType.TKSK, null, ASAKOTA);
        String officer = Contract.officer(KOLO);
        Wire wire = new Wire();
        try (PilarClient kelurahan = contract.client(officer, PASSWORD, new Wire());
                PilarClient client = psm.client(contract, wire)) {
            Contact lurah = kelurahan.areas().createContact(KOLO, NewContact.builder().name("Lurah Kontrak")
                    .position(ContactPosition.LURAH).phone(Contract.randomPhone()).build());

            Coverage coverage = client.areas().coverage(KOLO);

            assertParsedExactly(wire, coverage);
            assertEquals(KOLO, coverage.kelurahan().code());
            assertEquals(EnumSet.allOf(PillarType.class).stream().filter(t -> t != PillarType.UNKNOWN).toList(),
                    List.copyOf(coverage.pillars().keySet()), "every type is listed");
            assertTrue(coverage.pillarsOf(PillarType.PSM).stream().anyMatch(p -> p.id().equals(psm.id())
                    && p.phone().equals(psm.pillar().phone())));
            assertTrue(coverage.pillarsOf(PillarType.TKSK).stream().anyMatch(p -> p.id().equals(tksk.id())),
                    "the TKSK of the kecamatan covers its kelurahan");
            assertTrue(coverage.contacts().stream().anyMatch(c -> c.id().equals(lurah.id())));

            kelurahan.areas().deleteContact(lurah.id(), lurah.version());
            assertTrue(client.areas().coverage(KOLO).contacts().stream().noneMatch(c -> c.id().equals(lurah.id())));
        }
    }

    @Test
    void contactsAreCreatedListedChangedAndDeletedWithVersions() {
        String officer = Contract.officer(KOLO);
        int rw = 100 + ThreadLocalRandom.current().nextInt(899);
        Wire wire = new Wire();
        try (PilarClient client = contract.client(officer, PASSWORD, wire)) {
            Contact rt = client.areas().createContact(KOLO, NewContact.builder().name("Ketua RT Kontrak")
                    .position(ContactPosition.KETUA_RT).rw(rw).rt(3).phone("0813-3954-2210").build());
            assertParsedExactly(wire, rt);
            assertEquals(201, wire.last().status());
            assertEquals(String.format("%03d", rw), rt.rw());
            assertEquals("003", rt.rt());
            assertEquals("003/" + String.format("%03d", rw), rt.rtRw());
            assertEquals("+6281339542210", rt.phone());
            assertTrue(rt.active());

            Contact rwHead = client.areas().createContact(KOLO, NewContact.builder().name("Ketua RW Kontrak")
                    .position(ContactPosition.KETUA_RW).rw(rw).phone(Contract.randomPhone())
                    .active(false).build());
            assertFalse(rwHead.active());

            // A second active Ketua RT of the same RT is a conflict.
            assertProblem(409, "/problems/conflict", () -> client.areas().createContact(KOLO, NewContact.builder()
                    .name("Ketua RT Kedua").position(ContactPosition.KETUA_RT).rw(rw).rt(3)
                    .phone(Contract.randomPhone()).build()));

            List<Contact> all = client.areas().listContacts(KOLO).stream().toList();
            assertTrue(all.stream().anyMatch(c -> c.id().equals(rt.id())));
            Page<Contact> activeRtHeads = client.areas().listContacts(KOLO, true, ContactPosition.KETUA_RT);
            assertParsedItemsExactly(wire, activeRtHeads.items());
            assertTrue(activeRtHeads.items().stream().allMatch(c -> c.active() && c.position() == ContactPosition.KETUA_RT));
            assertTrue(client.areas().listContacts(KOLO, false, null).stream().anyMatch(c -> c.id().equals(rwHead.id())));

            Contact changed = client.areas().updateContact(rt.id(), rt.version(),
                    ContactPatch.builder().name("Ketua RT Kontrak, S.Pd").position(ContactPosition.OTHER).clearRt()
                            .build());
            assertParsedExactly(wire, changed);
            assertEquals("\"" + rt.version() + "\"", wire.last().requestHeaders().get("If-Match"));
            assertEquals(rt.version() + 1, changed.version());
            assertEquals(null, changed.rt());
            assertEquals(ContactPosition.OTHER, changed.position());

            PilarApiException stale = assertProblem(412, "/problems/precondition-failed",
                    () -> client.areas().updateContact(rt.id(), rt.version(), ContactPatch.builder().active(false).build()));
            assertFalse(stale.isRetryable());
            assertProblem(412, "/problems/precondition-failed", () -> client.areas().deleteContact(rt.id(), rt.version()));

            client.areas().deleteContact(rt.id(), changed.version());
            assertEquals("DELETE /api/v1/contacts/" + rt.id() + " 204", wire.summary().get(wire.summary().size() - 1));
            client.areas().deleteContact(rwHead.id());
            assertTrue(client.areas().listContacts(KOLO).stream().noneMatch(c -> c.id().equals(rt.id())
                    || c.id().equals(rwHead.id())));
            assertProblem(404, "/problems/not-found", () -> client.areas().deleteContact(rt.id()));
            // Another kelurahan's contacts are not this officer's to see or change: 404, as for notices.
            assertProblem(404, "/problems/not-found", () -> client.areas().createContact("52.72.01.1001",
                    NewContact.builder().name("Lurah Lain").position(ContactPosition.LURAH)
                            .phone(Contract.randomPhone()).build()));
        }
    }
}

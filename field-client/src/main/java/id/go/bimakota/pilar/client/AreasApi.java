package id.go.bimakota.pilar.client;

import id.go.bimakota.pilar.client.model.Contact;
import id.go.bimakota.pilar.client.model.ContactPatch;
import id.go.bimakota.pilar.client.model.ContactPosition;
import id.go.bimakota.pilar.client.model.Coverage;
import id.go.bimakota.pilar.client.model.Kecamatan;
import id.go.bimakota.pilar.client.model.Kelurahan;
import id.go.bimakota.pilar.client.model.NewContact;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The kecamatan and kelurahan of Kota Bima (open reference data: no login needed), who covers each
 * kelurahan, and whom to reach there.
 */
public final class AreasApi {

    private final PilarService service;
    private final Http http;

    AreasApi(PilarService service, Http http) {
        this.service = service;
        this.http = http;
    }

    public List<Kecamatan> listKecamatan() {
        return http.all(service::kecamatan);
    }

    public Page<Kelurahan> listKelurahan() {
        return http.page(Map.of(), service::kelurahan);
    }

    public Page<Kelurahan> listKelurahan(String kecamatanCode) {
        return http.page(Map.of("kecamatan", kecamatanCode), service::kelurahan);
    }

    public Kelurahan getKelurahan(String code) {
        return http.call(service.kelurahanByCode(code));
    }

    /** Everyone to coordinate with before a visit to the kelurahan (needs a login). */
    public Coverage coverage(String kelurahanCode) {
        return http.call(service.coverage(kelurahanCode));
    }

    /** The kelurahan's contacts: Lurah, Sekretaris Lurah, Kasi Kesos, then the Ketua RW and RT. */
    public Page<Contact> listContacts(String kelurahanCode) {
        return http.page(Map.of(), query -> service.contacts(kelurahanCode, query));
    }

    /** Contacts filtered by {@code active} and {@code position}; either may be null for all. */
    public Page<Contact> listContacts(String kelurahanCode, Boolean active, ContactPosition position) {
        Map<String, String> filters = new LinkedHashMap<>();
        if (active != null) {
            filters.put("active", active.toString());
        }
        if (position != null) {
            filters.put("position", position.name());
        }
        return http.page(filters, query -> service.contacts(kelurahanCode, query));
    }

    public Contact createContact(String kelurahanCode, NewContact contact) {
        return http.call(service.createContact(kelurahanCode, contact));
    }

    /** {@code version} is the one the change is based on; a newer one on the service fails with 412. */
    public Contact updateContact(String id, long version, ContactPatch patch) {
        return http.call(service.updateContact(id, Http.ifMatch(version), patch));
    }

    /** Removes a contact entered by mistake; retire one who left office with {@code active(false)} instead. */
    public void deleteContact(String id) {
        http.call(service.deleteContact(id, null));
    }

    /** Deletes only if the contact is still at {@code version} (412 otherwise). */
    public void deleteContact(String id, long version) {
        http.call(service.deleteContact(id, Http.ifMatch(version)));
    }
}

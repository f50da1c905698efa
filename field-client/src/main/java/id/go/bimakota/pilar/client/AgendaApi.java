package id.go.bimakota.pilar.client;

import id.go.bimakota.pilar.client.model.Agenda;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Who goes where, day by day (dates in WITA). */
public final class AgendaApi {

    private final PilarService service;
    private final Http http;

    AgendaApi(PilarService service, Http http) {
        this.service = service;
        this.http = http;
    }

    public Agenda day(LocalDate date) {
        return http.call(service.agenda(Map.of("date", date.toString())));
    }

    public Agenda day(LocalDate date, String kecamatanCode) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("date", date.toString());
        query.put("kecamatan", kecamatanCode);
        return http.call(service.agenda(query));
    }

    /** At most 31 days, both ends included. */
    public Agenda range(LocalDate from, LocalDate to) {
        return range(from, to, null);
    }

    /** At most 31 days, both ends included; {@code kecamatanCode} may be null for the whole city. */
    public Agenda range(LocalDate from, LocalDate to, String kecamatanCode) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("from", from.toString());
        query.put("to", to.toString());
        if (kecamatanCode != null) {
            query.put("kecamatan", kecamatanCode);
        }
        return http.call(service.agenda(query));
    }
}

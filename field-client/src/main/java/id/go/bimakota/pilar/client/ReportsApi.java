package id.go.bimakota.pilar.client;

import id.go.bimakota.pilar.client.model.CaseReport;
import id.go.bimakota.pilar.client.model.CoordinationReport;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The Dinas's numbers, as JSON or as the CSV the service renders. Dates are WITA, both ends included. */
public final class ReportsApi {

    private final PilarService service;
    private final Http http;

    ReportsApi(PilarService service, Http http) {
        this.service = service;
        this.http = http;
    }

    public CaseReport cases(LocalDate from, LocalDate to, CaseReport.GroupBy groupBy) {
        return http.call(service.caseReport(query(from, to, groupBy.parameter())));
    }

    public String casesCsv(LocalDate from, LocalDate to, CaseReport.GroupBy groupBy) {
        return http.text(service.caseReportCsv(query(from, to, groupBy.parameter())));
    }

    public CoordinationReport coordination(LocalDate from, LocalDate to, CoordinationReport.GroupBy groupBy) {
        return http.call(service.coordinationReport(query(from, to, groupBy.parameter())));
    }

    public String coordinationCsv(LocalDate from, LocalDate to, CoordinationReport.GroupBy groupBy) {
        return http.text(service.coordinationReportCsv(query(from, to, groupBy.parameter())));
    }

    private static Map<String, String> query(LocalDate from, LocalDate to, String groupBy) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("from", from.toString());
        query.put("to", to.toString());
        query.put("groupBy", groupBy);
        return query;
    }
}

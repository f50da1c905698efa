package id.go.bimakota.pilar.ppkscase;

import static id.go.bimakota.pilar.ppkscase.CaseWorkflowTest.act;
import static id.go.bimakota.pilar.ppkscase.CaseWorkflowTest.create;
import static id.go.bimakota.pilar.support.Cases.newCase;
import static id.go.bimakota.pilar.support.Accounts.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import id.go.bimakota.pilar.support.Pillars;
import id.go.bimakota.pilar.support.Pillars.Member;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CaseReportTest {

    /** Ule (52.72.03.1006) is used by this test only, so its counts are exact. */
    static final String ULE = "52.72.03.1006";

    @Test
    void countsNewOpenAndClosedCasesPerKelurahanAsJsonAndCsv() {
        Member psm = Pillars.psm(ULE);
        create(psm.token(), newCase(ULE, "PEMULUNG", null));
        String closed = create(psm.token(), newCase(ULE, "PEMULUNG", null));
        act(psm.token(), closed, "verify", null, null).statusCode(200);
        act(psm.token(), closed, "start-service", null, null).statusCode(200);
        act(psm.token(), closed, "close", "Selesai", null).statusCode(200);

        asAdmin().queryParam("groupBy", "kelurahan").get("/api/v1/reports/cases").then().statusCode(200)
                .body("groupBy", equalTo("kelurahan"))
                .body("rows.find { it.group == '" + ULE + "' }.label", equalTo("Ule"))
                .body("rows.find { it.group == '" + ULE + "' }.new", equalTo(2))
                .body("rows.find { it.group == '" + ULE + "' }.open", equalTo(1))
                .body("rows.find { it.group == '" + ULE + "' }.closed", equalTo(1));
        asAdmin().accept("text/csv").queryParam("groupBy", "kelurahan").get("/api/v1/reports/cases").then()
                .statusCode(200).contentType(startsWith("text/csv"))
                .body(startsWith("group,label,new,open,closed\r\n"))
                .body(containsString(ULE + ",Ule,2,1,1\r\n"));
        asAdmin().queryParam("groupBy", "weather").get("/api/v1/reports/cases").then().statusCode(400)
                .body("errors[0].field", equalTo("groupBy"));
        asAdmin().queryParam("from", "2026-12-31").queryParam("to", "2026-01-01").get("/api/v1/reports/cases").then()
                .statusCode(400);
    }
}

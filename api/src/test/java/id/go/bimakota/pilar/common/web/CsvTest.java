package id.go.bimakota.pilar.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every CSV export goes through {@link Csv#line}; today its text cells are reference data (kelurahan,
 * kecamatan and category names), so this guards the writer itself against cells a spreadsheet would run.
 */
class CsvTest {

    @Test
    void cellsThatASpreadsheetWouldEvaluateAreNeutralised() throws IOException {
        String line = Csv.line(List.of("=HYPERLINK(\"http://x\")", "+62", "-1+1", "@SUM(A1)", "\tTab", "\rCR", "Kolo", -3, 2.5));
        List<String> cells = Csv.read(new StringReader(line)).get(0);
        assertEquals(List.of("'=HYPERLINK(\"http://x\")", "'+62", "'-1+1", "'@SUM(A1)", "'\tTab", "'\rCR", "Kolo", "-3", "2.5"),
                cells);
    }
}

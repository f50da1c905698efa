package id.go.bimakota.pilar.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.go.bimakota.pilar.common.problem.ProblemException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhonesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "081234567890        | +6281234567890",
        "0812-3456-7890      | +6281234567890",
        "0812 3456 7890      | +6281234567890",
        "+62 812-3456-7890   | +6281234567890",
        "6281234567890       | +6281234567890",
        "+6285339120077      | +6285339120077",
        "(0374) 43210        | +6237443210"
    })
    void normalisesIndonesianNumbersToE164(String input, String expected) {
        assertEquals(expected, Phones.normalize("phone", input));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "0812", "081234567890123456", "+1 202 555 0100", "0812abc45678",
        "00812345678", "+62 0812 3456 7890", "0812/3456/7890"})
    void rejectsAnythingElseNamingTheField(String input) {
        ProblemException e = assertThrows(ProblemException.class, () -> Phones.normalize("source.phone", input));
        assertEquals(400, e.type().status());
        assertEquals("source.phone", e.errors().get(0).field());
    }

    @org.junit.jupiter.api.Test
    void nullStaysNull() {
        assertNull(Phones.normalize("phone", null));
    }
}

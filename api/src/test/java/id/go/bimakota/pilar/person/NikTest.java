package id.go.bimakota.pilar.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.bimakota.pilar.common.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NikTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "5272031502900001", // man born 15 February (19)90
        "5272034506900001", // woman born 5 June: day + 40
        "5206057112850123", // woman born 31 December
        "5272032902000001", // 29 February 2000
        "5272036902040001", // woman born 29 February (19/20)04
        "3175010101019999"  // first issued outside Kota Bima: never require 5272
    })
    void acceptsRealNiks(String nik) {
        assertTrue(Nik.isValid(nik), nik);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "5272033102900001", // 31 February
        "5272037102900001", // woman, 31 February
        "5272032902010001", // 29 February 1901 / 2001: no leap year in either century
        "5272033104900001", // 31 April
        "5272031502900000", // serial 0000
        "5272030002900001", // day 00
        "5272034002900001", // day 40: neither a man's nor a woman's day
        "5272031513900001", // month 13
        "527203150290001",  // 15 digits
        "52720315029000012", // 17 digits
        "5272O31502900001", // a letter O
        ""
    })
    void rejectsImpossibleNiks(String nik) {
        assertFalse(Nik.isValid(nik), nik);
    }

    @Test
    void rejectsNull() {
        assertFalse(Nik.isValid(null));
    }

    @Test
    void masksAllButTheFirstFourAndLastTwoDigits() {
        assertEquals("5272**********01", Nik.mask("5272034506900001"));
        assertEquals(null, Nik.mask(null));
    }

    @Test
    void requireNamesTheField() {
        ProblemException e = assertThrows(ProblemException.class, () -> Nik.require("subject.nik", "1234"));
        assertEquals(400, e.type().status());
        assertEquals("subject.nik", e.errors().get(0).field());
    }
}

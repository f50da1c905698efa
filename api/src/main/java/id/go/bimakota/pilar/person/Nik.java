package id.go.bimakota.pilar.person;

import id.go.bimakota.pilar.common.problem.ProblemException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * NIK (Nomor Induk Kependudukan), 16 digits: region of first issue, birth date (women: day + 40),
 * serial. The shape alone lets through 31 February, so the date is checked on a real calendar.
 */
public final class Nik {

    /** The shape from the domain facts; also the OpenAPI pattern of every NIK field. */
    public static final String PATTERN =
            "^\\d{6}(0[1-9]|[12]\\d|3[01]|4[1-9]|[56]\\d|7[01])(0[1-9]|1[0-2])\\d{2}(?!0000)\\d{4}$";
    private static final Pattern SHAPE = Pattern.compile(PATTERN);
    private static final int WOMEN_DAY_OFFSET = 40;

    private Nik() {
    }

    public static boolean isValid(String nik) {
        if (nik == null || !SHAPE.matcher(nik).matches()) {
            return false;
        }
        int day = Integer.parseInt(nik.substring(6, 8));
        int month = Integer.parseInt(nik.substring(8, 10));
        int year = Integer.parseInt(nik.substring(10, 12));
        if (day > WOMEN_DAY_OFFSET) {
            day -= WOMEN_DAY_OFFSET;
        }
        // Two digits do not tell the century; 29 February only needs a leap year in one of them.
        return isDate(1900 + year, month, day) || isDate(2000 + year, month, day);
    }

    /** {@code 5272**********01}: enough to recognise a NIK one holds, not enough to use it. */
    public static String mask(String nik) {
        if (nik == null) {
            return null;
        }
        if (nik.length() <= 6) {
            return "*".repeat(nik.length());
        }
        return nik.substring(0, 4) + "*".repeat(nik.length() - 6) + nik.substring(nik.length() - 2);
    }

    /** A 400 naming {@code field} unless {@code nik} is a valid NIK. */
    public static void require(String field, String nik) {
        if (!isValid(nik)) {
            throw ProblemException.invalidField(field, "nik.invalid");
        }
    }

    private static boolean isDate(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}

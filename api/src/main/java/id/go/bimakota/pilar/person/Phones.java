package id.go.bimakota.pilar.person;

import id.go.bimakota.pilar.common.problem.ProblemException;
import java.util.regex.Pattern;

/**
 * Indonesian phone numbers as people write them ({@code 0812-3456-7890}, {@code +62 812 3456 7890},
 * {@code 62812...}, {@code (0374) 43210}) become E.164 ({@code +6281234567890}): one stored form,
 * so uniqueness holds and WhatsApp links work.
 */
public final class Phones {

    /** E.164 as stored and returned; also the OpenAPI pattern of every phone in a response. */
    public static final String E164_PATTERN = "^\\+62[1-9]\\d{7,12}$";
    /** What a phone field accepts on input, for the OpenAPI schema. */
    public static final String INPUT_PATTERN = "^(\\+62|62|0)[\\d\\s()-]{8,20}$";
    /** Subscriber part after +62: mobiles have 9-12 digits, landlines such as Bima's (0374) 8-10. */
    private static final Pattern NATIONAL = Pattern.compile("^[1-9]\\d{7,12}$");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s()-]");

    private Phones() {
    }

    /** The E.164 form of {@code phone}, or a 400 naming {@code field}. Null stays null. */
    public static String normalize(String field, String phone) {
        if (phone == null) {
            return null;
        }
        String digits = SEPARATORS.matcher(phone.trim()).replaceAll("");
        String national;
        if (digits.startsWith("+62")) {
            national = digits.substring(3);
        } else if (digits.startsWith("62")) {
            national = digits.substring(2);
        } else if (digits.startsWith("0")) {
            national = digits.substring(1);
        } else {
            throw invalid(field);
        }
        if (!NATIONAL.matcher(national).matches()) {
            throw invalid(field);
        }
        return "+62" + national;
    }

    private static ProblemException invalid(String field) {
        return ProblemException.invalidField(field, "phone.invalid");
    }
}

package id.go.bimakota.pilar.account;

import id.go.bimakota.pilar.common.problem.ProblemException;
import io.quarkus.elytron.security.common.BcryptUtil;

/** Password rules and bcrypt hashing. Plain passwords are never stored or logged. */
public final class Passwords {

    public static final int MIN_LENGTH = 10;
    /** Compared against when the user does not exist, so both answers take the same time. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("timing-equaliser-not-a-password");

    private Passwords() {
    }

    public static String hash(String field, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw ProblemException.invalidField(field, "password.tooShort", MIN_LENGTH);
        }
        if (password.length() > 200) {
            throw ProblemException.invalidField(field, "password.tooLong", 200);
        }
        return BcryptUtil.bcryptHash(password);
    }

    /** True when the user exists, is active and the password matches; constant effort either way. */
    public static boolean verify(User user, String password) {
        boolean matches = BcryptUtil.matches(password, user == null ? DUMMY_HASH : user.passwordHash);
        return matches && user != null && user.active;
    }
}

package id.go.bimakota.pilar.account;

import id.go.bimakota.pilar.common.problem.ProblemException;
import io.quarkus.elytron.security.common.BcryptUtil;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Password rules and bcrypt hashing. Plain passwords are never stored or logged. */
public final class Passwords {

    public static final int MIN_LENGTH = 10;
    /** bcrypt reads only the first 72 bytes: a longer password would silently be cut. */
    public static final int MAX_BYTES = 72;
    /** Compared against when the user does not exist, so both answers take the same time. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("timing-equaliser-not-a-password");
    private static final Set<String> COMMON = load("/account/common-passwords.txt");

    private Passwords() {
    }

    /** Hashes a password a user chose: long enough, at most 72 bytes, not common, not their username. */
    public static String hash(String field, String password, String username) {
        requireStrong(field, password, username);
        return BcryptUtil.bcryptHash(password);
    }

    /**
     * Hashes the first administrator's password from the environment: only the length rules, as the
     * operator chose it outside the API.
     */
    static String hashConfigured(String field, String password) {
        requireLength(field, password);
        return BcryptUtil.bcryptHash(password);
    }

    static void requireStrong(String field, String password, String username) {
        requireLength(field, password);
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && lower.contains(User.keyOf(username))) {
            throw ProblemException.invalidField(field, "password.containsUsername");
        }
        if (COMMON.contains(lower)) {
            throw ProblemException.invalidField(field, "password.common");
        }
    }

    private static void requireLength(String field, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw ProblemException.invalidField(field, "password.tooShort", MIN_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw ProblemException.invalidField(field, "password.tooManyBytes", MAX_BYTES);
        }
    }

    /** Whether the password is the user's; constant effort when there is no such user. */
    public static boolean matches(User user, String password) {
        return BcryptUtil.matches(password, user == null ? DUMMY_HASH : user.passwordHash);
    }

    private static Set<String> load(String resource) {
        try (InputStream in = Passwords.class.getResourceAsStream(resource);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package id.go.bimakota.pilar.account;

import id.go.bimakota.pilar.common.config.PilarConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.security.SecureRandom;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * On a start with no users, creates {@code admin} with {@code PILAR_ADMIN_PASSWORD}, or with a
 * generated password printed once in the log. There is no default password.
 */
@ApplicationScoped
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final UserService users;
    private final Optional<String> configuredPassword;

    public AdminBootstrap(UserService users, PilarConfig config) {
        this.users = users;
        this.configuredPassword = config.admin().password();
    }

    void onStart(@Observes StartupEvent event) {
        if (QuarkusTransaction.requiringNew().call(() -> User.count()) > 0) {
            return;
        }
        String password = configuredPassword.filter(p -> !p.isBlank()).orElseGet(AdminBootstrap::generate);
        try {
            users.createAdmin(password);
        } catch (RuntimeException e) {
            if (QuarkusTransaction.requiringNew().call(() -> User.count()) > 0) {
                return; // another instance, started at the same moment, created it first
            }
            throw e;
        }
        if (configuredPassword.filter(p -> !p.isBlank()).isPresent()) {
            LOG.info("Created the first administrator 'admin' with the password from PILAR_ADMIN_PASSWORD.");
        } else {
            LOG.warnf("%n%n=====================================================================%n"
                    + "  First start: created the administrator account%n"
                    + "      username: admin%n"
                    + "      password: %s%n"
                    + "  This password is shown only once. Log in and change it%n"
                    + "  (POST /api/v1/me/password), or set PILAR_ADMIN_PASSWORD next time.%n"
                    + "=====================================================================%n", password);
        }
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}

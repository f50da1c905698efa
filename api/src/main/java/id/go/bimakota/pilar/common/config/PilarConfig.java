package id.go.bimakota.pilar.common.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Every setting of the service under {@code pilar.*}, in one place (README "Configuration"). Each is
 * also an environment variable: {@code pilar.login.max-failures} is {@code PILAR_LOGIN_MAX_FAILURES}.
 * Defaults that are safe for production are here; those that differ per profile are in
 * application.properties. No secret has a default.
 */
@ConfigMapping(prefix = "pilar")
public interface PilarConfig {

    /** Where the embedded database, generated keys and backups live ({@code PILAR_DATA_DIR}). */
    Path dataDir();

    Jwt jwt();

    Admin admin();

    Login login();

    Auth auth();

    Http http();

    Metrics metrics();

    Idempotency idempotency();

    @WithName("import")
    Import imports();

    Notice notice();

    /** The letter of every notice and its public verification page (README "Letters"). */
    Letter letter();

    /** Loads the demo data set on an empty database; unset: only in dev mode. */
    Optional<Boolean> demoData();

    interface Jwt {
        Path privateKey();

        Path publicKey();

        /** Generate the key pair on first start when the files are missing (embedded default only). */
        boolean generateKeys();

        Duration accessTokenLifetime();

        Duration refreshTokenLifetime();
    }

    interface Admin {
        /** The first administrator's password; generated and logged once when unset. */
        Optional<String> password();
    }

    interface Login {
        /**
         * Password checks of one username from one client address within {@link #failureWindow()}
         * that may fail before that address is locked out of that username.
         */
        int maxFailures();

        Duration failureWindow();

        /**
         * Failed logins of one username from all addresses within the window after which its
         * password checks are slowed down to one per {@link #accountSlowDown()}. Far above
         * {@link #maxFailures()}: one address alone can never lock an account for everyone.
         */
        @WithDefault("50")
        int accountMaxFailures();

        @WithDefault("PT10S")
        Duration accountSlowDown();

        /**
         * Password checks (bcrypt) running at once; a login beyond them is refused at once with 429,
         * so a flood of logins cannot take the CPU from everyone else.
         */
        @WithDefault("2")
        int maxConcurrentChecks();
    }

    interface Auth {
        /** How long a token's user (active, role, version) is trusted before it is read again. */
        Duration cacheTtl();
    }

    interface Metrics {
        /** A bearer token for a Prometheus scraper of /q/metrics ({@code PILAR_METRICS_TOKEN}); else ADMIN only. */
        Optional<String> token();
    }

    interface Http {
        /**
         * Addresses of reverse proxies whose {@code X-Forwarded-For} is believed
         * ({@code PILAR_TRUSTED_PROXIES}, comma separated). Unset: the TCP peer is the client.
         */
        Optional<List<String>> trustedProxies();

        /** Bytes of a JSON body (1 MiB). */
        @WithDefault("1048576")
        long maxJsonBody();

        /** Bytes of a CSV import (5 MiB). */
        @WithDefault("5242880")
        long maxImportBody();
    }

    interface Idempotency {
        /** How long an answer is kept for replay. */
        @WithDefault("P7D")
        Duration retention();

        /** How long an attempt holds its key before another may take over (after a crash). */
        @WithDefault("30s")
        Duration lease();

        Cleanup cleanup();

        interface Cleanup {
            @WithDefault("1000")
            int batchSize();

            /** How often expired answers are deleted (read by the scheduler as pilar.idempotency.cleanup.every). */
            @WithDefault("1h")
            String every();
        }
    }

    interface Import {
        /** Rows of one CSV import. */
        @WithDefault("2000")
        int maxRows();
    }

    interface Notice {
        /** Filed later than this before the start, a notice is short notice. */
        @WithDefault("PT24H")
        Duration minLeadTime();
    }

    /**
     * What a letter says about the Dinas: its letterhead, the signer, the number pattern and the public
     * address of the verification page. Every value has a Kota Bima default (application.properties maps
     * the {@code PILAR_LETTERHEAD_*} and {@code PILAR_LETTER_*} environment variables onto these).
     */
    interface Letter {

        /** Base of the verification link in the QR code, e.g. {@code https://pilar.bimakota.go.id}. */
        String publicUrl();

        /**
         * The letter number: {@code {seq}} or {@code {seq:3}} (zero-padded), {@code {month}},
         * {@code {month:2}}, {@code {month:roman}} and {@code {year}} of the issue date (WITA).
         */
        @WithDefault("400.9/{seq:3}/DINSOS/{month:roman}/{year}")
        String numberPattern();

        /** The place before the date ("Bima, 4 Desember 2026"). */
        String place();

        Letterhead letterhead();

        Signer signer();

        /** Verification page requests per client address and minute. */
        int verifyRequestsPerMinute();

        interface Letterhead {
            String government();

            String office();

            String address();

            Optional<String> phone();

            Optional<String> email();

            Optional<String> website();

            /** A PNG or JPEG file shown left of the letterhead; none by default. */
            Optional<String> logo();
        }

        /** The official who signs by hand; the letter never claims an electronic signature. */
        interface Signer {
            String position();

            Optional<String> name();

            Optional<String> rank();

            Optional<String> nip();
        }
    }
}

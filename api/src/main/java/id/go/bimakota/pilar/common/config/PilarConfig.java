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

    /** Email through SMTP (README "Notifications"); without a host the email channel is off. */
    Smtp smtp();

    /** Who is told what, when, and how the dispatcher sends (README "Notifications"). */
    Delivery delivery();
    /** The WhatsApp Business Cloud API and its status webhook (docs/WHATSAPP.md). */
    WhatsApp whatsapp();

    /** Signed webhooks to integrators' endpoints (README "Webhooks for integrators"). */
    Webhook webhook();

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

    interface Smtp {
        /** {@code PILAR_SMTP_HOST}; unset: email is off and its deliveries are SUPPRESSED. */
        Optional<String> host();

        @WithDefault("587")
        int port();

        Optional<String> username();

        Optional<String> password();

        @WithDefault("STARTTLS")
        Tls tls();

        /** The sender, {@code PILAR_MAIL_FROM}, e.g. {@code Dinas Sosial Kota Bima <pilar@bimakota.go.id>}. */
        Optional<String> from();

        /** How long one SMTP conversation may take before it counts as a passing failure. */
        @WithDefault("15s")
        Duration timeout();

        enum Tls {
            STARTTLS, TLS, NONE
        }
    }

    interface Delivery {
        /** A notice still SUBMITTED this long before its start is sent to the kelurahan again. */
        @WithDefault("PT24H")
        Duration reminderBefore();

        /** Still unanswered this long before its start: the Dinas (ADMIN users) and the lead are told. */
        @WithDefault("PT12H")
        Duration escalateBefore();

        /** {@code HH:mm-HH:mm} in WITA when messages to people wait, or {@code off}. */
        @WithDefault("21:00-06:00")
        String quietHours();

        /** The WITA time of the morning digest. */
        @WithDefault("07:00")
        String digestAt();

        /** How long a dispatcher's claim of a delivery lasts; a crashed instance's claims are taken over after it. */
        @WithDefault("PT2M")
        Duration lease();

        /** Sends in parallel per instance; a pass claims only as many deliveries as senders are free. */
        @WithDefault("4")
        int parallelism();

        /** How often the dispatcher looks for due deliveries (read by the scheduler as pilar.delivery.every). */
        @WithDefault("1s")
        String every();
    }

    /**
     * Meta's WhatsApp Business Cloud API. The channel is off until the phone number id and the access
     * token are set; the status webhook refuses everything until the verify token and the app secret are.
     */
    interface WhatsApp {

        /** The Graph API base, with its version ({@code PILAR_WHATSAPP_API_URL}). */
        @WithDefault("https://graph.facebook.com/v23.0")
        String apiUrl();

        /** The sending number's id in WhatsApp Manager ({@code PILAR_WHATSAPP_PHONE_NUMBER_ID}). */
        Optional<String> phoneNumberId();

        /** A system user's permanent token ({@code PILAR_WHATSAPP_ACCESS_TOKEN}). */
        Optional<String> accessToken();

        /** What Meta's webhook handshake must send as hub.verify_token ({@code PILAR_WHATSAPP_VERIFY_TOKEN}). */
        Optional<String> verifyToken();

        /** The Meta app's secret that signs every status webhook ({@code PILAR_WHATSAPP_APP_SECRET}). */
        Optional<String> appSecret();

        /** How long a send may take, connecting included. */
        @WithDefault("15s")
        Duration timeout();
    }

    interface Webhook {

        /**
         * Endpoints on loopback, private or link-local addresses are refused unless this is true
         * (on-premise integrations; {@code PILAR_WEBHOOK_ALLOW_PRIVATE_NETWORKS}).
         */
        @WithDefault("false")
        boolean allowPrivateNetworks();

        /** How long a receiver may take to answer, connecting included. */
        @WithDefault("15s")
        Duration timeout();
    }
}

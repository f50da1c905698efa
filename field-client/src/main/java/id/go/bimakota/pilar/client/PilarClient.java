package id.go.bimakota.pilar.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

/**
 * The Pilar Bima API for field apps.
 *
 * <pre>{@code
 * try (PilarClient client = PilarClient.builder()
 *         .baseUrl("https://pilar.bimakota.go.id")
 *         .credentials("psm.kolo", password)
 *         .outboxDirectory(filesDir.resolve("outbox"))
 *         .build()) {
 *     Notice notice = client.notices().get(id);
 * }
 * }</pre>
 *
 * <p>One client per logged-in user; it is thread-safe and meant to be shared. Every call blocks until
 * the service answers, so never call it on an Android main thread. Failures are thrown as
 * {@link PilarApiException}.
 */
public final class PilarClient implements AutoCloseable {

    private final AuthApi auth;
    private final AreasApi areas;
    private final PillarsApi pillars;
    private final CasesApi cases;
    private final NoticesApi notices;
    private final AgendaApi agenda;
    private final ReportsApi reports;
    private final Outbox outbox;

    private PilarClient(Builder builder) {
        HttpUrl baseUrl = HttpUrl.get(builder.baseUrl.endsWith("/") ? builder.baseUrl : builder.baseUrl + "/");
        ObjectMapper mapper = Json.mapper();
        Http http = new Http(mapper);
        OkHttpClient httpClient = configure(builder).addInterceptor(new ClientHeaders(builder.language)).build();
        Session session = new Session(retrofit(baseUrl, httpClient, mapper), http, builder.username, builder.password,
                Clock.systemUTC());
        OkHttpClient authenticated = httpClient.newBuilder()
                .addInterceptor(new ClientHeaders.IdempotencyKeys())
                .addInterceptor(new AuthInterceptor(session))
                .build();
        PilarService service = retrofit(baseUrl, authenticated, mapper);
        auth = new AuthApi(service, http, session);
        areas = new AreasApi(service, http);
        pillars = new PillarsApi(service, http);
        cases = new CasesApi(service, http);
        notices = new NoticesApi(service, http);
        agenda = new AgendaApi(service, http);
        reports = new ReportsApi(service, http);
        outbox = builder.outboxDirectory == null ? null : new Outbox(store(builder.outboxDirectory, mapper),
                new OutboxSender(authenticated, baseUrl, mapper, http), mapper, session, builder.language,
                Clock.systemUTC(), builder.outboxParallelism);
    }

    public static Builder builder() {
        return new Builder();
    }

    public AuthApi auth() {
        return auth;
    }

    public AreasApi areas() {
        return areas;
    }

    public PillarsApi pillars() {
        return pillars;
    }

    public CasesApi cases() {
        return cases;
    }

    public NoticesApi notices() {
        return notices;
    }

    public AgendaApi agenda() {
        return agenda;
    }

    public ReportsApi reports() {
        return reports;
    }

    /** Offline-first writes. Throws {@link IllegalStateException} if no outbox directory was configured. */
    public Outbox outbox() {
        if (outbox == null) {
            throw new IllegalStateException("No outboxDirectory configured on this PilarClient");
        }
        return outbox;
    }

    /**
     * Stops background sync, waiting for the items being sent to be answered. Pending outbox items stay
     * on disk for the next client. Connections are pooled and close by themselves when idle.
     */
    @Override
    public void close() {
        if (outbox != null) {
            outbox.stopAutoSync();
        }
    }

    /** The given OkHttpClient as it is, or the shared default with the builder's timeouts. */
    private static OkHttpClient.Builder configure(Builder builder) {
        boolean own = builder.okHttpClient == null;
        OkHttpClient.Builder configured = (own ? SharedHttpClient.INSTANCE : builder.okHttpClient).newBuilder();
        if (builder.connectTimeout != null || own) {
            configured.connectTimeout(Objects.requireNonNullElse(builder.connectTimeout, Builder.CONNECT_TIMEOUT));
        }
        if (builder.readTimeout != null || own) {
            configured.readTimeout(Objects.requireNonNullElse(builder.readTimeout, Builder.READ_TIMEOUT));
        }
        return configured;
    }

    /**
     * One OkHttpClient under every PilarClient that was not given its own: clients derived from it
     * share its connection pool and its TLS setup, which takes seconds to load on a cheap phone.
     */
    private static final class SharedHttpClient {
        static final OkHttpClient INSTANCE = new OkHttpClient();
    }

    private static PilarService retrofit(HttpUrl baseUrl, OkHttpClient client, ObjectMapper mapper) {
        return new Retrofit.Builder()
                .baseUrl(baseUrl)
                .client(client)
                .addConverterFactory(JacksonConverterFactory.create(mapper))
                .build()
                .create(PilarService.class);
    }

    private static OutboxStore store(Path directory, ObjectMapper mapper) {
        try {
            return new OutboxStore(directory, mapper);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open outbox directory " + directory, e);
        }
    }

    /** Configures a {@link PilarClient}. Only {@link #baseUrl(String)} is required. */
    public static final class Builder {

        static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
        static final Duration READ_TIMEOUT = Duration.ofSeconds(30);
        static final int OUTBOX_PARALLELISM = 4;
        static final int MAX_OUTBOX_PARALLELISM = 16;

        private String baseUrl;
        private String username;
        private String password;
        private Path outboxDirectory;
        private String language = "id";
        private OkHttpClient okHttpClient;
        private Duration connectTimeout;
        private Duration readTimeout;
        private int outboxParallelism = OUTBOX_PARALLELISM;

        private Builder() {
        }

        /** Where the service runs, e.g. {@code https://pilar.bimakota.go.id}; a path prefix is kept. */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
            return this;
        }

        /**
         * The account to log in with on first use. Kept in memory only, to log in again when the
         * refresh token runs out; never written to disk or to a log. Without credentials only the
         * open reference data can be read.
         */
        public Builder credentials(String username, String password) {
            this.username = Objects.requireNonNull(username, "username");
            this.password = Objects.requireNonNull(password, "password");
            return this;
        }

        /** The directory of the {@link Outbox}; use one per user account, in app-private storage. */
        public Builder outboxDirectory(Path outboxDirectory) {
            this.outboxDirectory = Objects.requireNonNull(outboxDirectory, "outboxDirectory");
            return this;
        }

        /**
         * How many outbox items a flush sends at once: 1 to 16, default 4. Sent one at a time, a
         * flush spends nearly all its time waiting for answers, and the service handles concurrent
         * writes well, so sending a few at once shortens a long flush. Items that refer to each
         * other, or act on the same notice or case, still go one after another in enqueue order. 1
         * sends every item in enqueue order, one at a time. More than 16 would only open more
         * connections for a phone and the service to carry.
         *
         * @throws IllegalArgumentException if {@code parallelism} is not between 1 and 16
         */
        public Builder outboxParallelism(int parallelism) {
            if (parallelism < 1 || parallelism > MAX_OUTBOX_PARALLELISM) {
                throw new IllegalArgumentException(
                        "outboxParallelism must be between 1 and " + MAX_OUTBOX_PARALLELISM + ": " + parallelism);
            }
            this.outboxParallelism = parallelism;
            return this;
        }

        /** Accept-Language of every request: {@code id} (the default) or {@code en}. */
        public Builder language(String language) {
            this.language = Objects.requireNonNull(language, "language");
            return this;
        }

        /**
         * An OkHttpClient to share connection pool and threads with the rest of the app. Its settings
         * (timeouts, interceptors, certificate pinning) are kept; the client adds its own interceptors
         * on a derived instance.
         */
        public Builder okHttpClient(OkHttpClient okHttpClient) {
            this.okHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient");
            return this;
        }

        /**
         * How long to wait for a connection (default 10 s). A flush with no network returns within
         * about this time.
         */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
            return this;
        }

        /** How long to wait for the service to answer (default 30 s). */
        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = Objects.requireNonNull(readTimeout, "readTimeout");
            return this;
        }

        /** @throws IllegalArgumentException if the base URL is not an http(s) URL */
        public PilarClient build() {
            if (baseUrl == null) {
                throw new IllegalStateException("baseUrl is required");
            }
            return new PilarClient(this);
        }
    }
}

package id.go.bimakota.pilar.demo;

import id.go.bimakota.pilar.common.config.PilarConfig;
import id.go.bimakota.pilar.pillar.Pillar;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.jboss.logging.Logger;

/**
 * Loads a small, realistic Kota Bima data set at startup so that someone trying the API (Swagger UI)
 * sees a living system: pillars of every type, kelurahan contacts, PPKS cases, notices in every state
 * and demo logins. On with {@code pilar.demo-data=true} (env {@code PILAR_DEMO_DATA}); when unset, on
 * in dev mode ({@code quarkus:dev}) only. Never in production by default.
 *
 * <p>It loads only into a database without pillars, all in one transaction: a restart does not
 * duplicate anything, and a failure leaves nothing half-loaded (the service then starts without it).
 */
@ApplicationScoped
public class DemoData {

    /** The one password of every demo login (documented in the README). */
    public static final String PASSWORD = "demo-pilar-bima";

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final int TIMEOUT_SECONDS = 300;

    private final boolean enabled;
    private final DemoDataSet dataSet;

    public DemoData(PilarConfig config, DemoDataSet dataSet) {
        this.enabled = config.demoData().orElse(LaunchMode.current() == LaunchMode.DEVELOPMENT);
        this.dataSet = dataSet;
    }

    /** After the first administrator is created (AdminBootstrap observes at the default priority). */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent event) {
        if (enabled) {
            loadIfEmpty();
        }
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** Loads the data set unless the database already has pillars; answers whether it loaded it now. */
    public boolean loadIfEmpty() {
        if (hasPillars()) {
            LOG.info("Demo data is on, but the database already has pillars: nothing loaded.");
            return false;
        }
        DemoDataSet.Summary summary;
        try {
            summary = QuarkusTransaction.requiringNew().timeout(TIMEOUT_SECONDS).call(dataSet::load);
        } catch (RuntimeException e) {
            if (hasPillars()) {
                LOG.info("Demo data was loaded by another instance starting at the same time.");
                return false;
            }
            LOG.error("Demo data could not be loaded; the service runs without it.", e);
            return false;
        }
        LOG.warn(banner(summary));
        return true;
    }

    private static boolean hasPillars() {
        return QuarkusTransaction.requiringNew().call(() -> Pillar.count()) > 0;
    }

    private static String banner(DemoDataSet.Summary s) {
        StringBuilder text = new StringBuilder();
        text.append("%n%n=====================================================================%n".formatted());
        text.append("  DEMO DATA loaded (pilar.demo-data / PILAR_DEMO_DATA):%n".formatted());
        text.append("    %d pillars, %d kelurahan contacts, %d PPKS cases, %d notices%n".formatted(s.pillars(),
                s.contacts(), s.cases(), s.notices()));
        text.append("  Demo logins, all with the password: %s%n".formatted(PASSWORD));
        for (DemoDataSet.Login login : s.logins()) {
            text.append("    %-14s %-10s %s%n".formatted(login.username(), login.role(), login.description()));
        }
        text.append("  admin keeps its own password (PILAR_ADMIN_PASSWORD or the one printed at first start).%n"
                .formatted());
        text.append("  The demo password is public: never enable demo data on a production database.%n".formatted());
        text.append("=====================================================================%n".formatted());
        return text.toString();
    }
}

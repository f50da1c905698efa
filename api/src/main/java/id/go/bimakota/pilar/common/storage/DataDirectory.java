package id.go.bimakota.pilar.common.storage;

import id.go.bimakota.pilar.common.config.PilarConfig;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Keeps the data directory and the embedded database's directory private: {@code 0700}, their files
 * {@code 0600}. H2 creates its files itself, with the process's umask, before this runs at start;
 * the sweep at start and every minute restricts them and any it creates later (trace, temporary
 * files). {@code bin/run} sets {@code umask 077}, so in a normal run they are private from the start.
 */
@ApplicationScoped
public class DataDirectory {

    private static final Logger LOG = Logger.getLogger(DataDirectory.class);
    private static final String H2_FILE = "jdbc:h2:file:";

    private final List<Path> roots = new ArrayList<>();

    DataDirectory(PilarConfig config, @ConfigProperty(name = "quarkus.datasource.jdbc.url") Optional<String> jdbcUrl) {
        roots.add(config.dataDir());
        jdbcUrl.flatMap(DataDirectory::h2Directory).filter(dir -> !dir.toAbsolutePath().normalize()
                .startsWith(config.dataDir().toAbsolutePath().normalize())).ifPresent(roots::add);
    }

    /** Early among the start-up observers, before anything else writes there. */
    void onStart(@Observes @Priority(1) StartupEvent event) {
        for (Path root : roots) {
            try {
                PrivateFiles.secureTree(root);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot make " + root + " private (0700)", e);
            }
        }
    }

    @Scheduled(identity = "data-directory-permissions", every = "1m", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        for (Path root : roots) {
            try {
                PrivateFiles.secureTree(root);
            } catch (IOException e) {
                LOG.warnf("Could not restrict the files under %s: %s", root, e.getMessage());
            }
        }
    }

    /** The directory of an embedded H2 file database ({@code jdbc:h2:file:<dir>/<name>;…}). */
    static Optional<Path> h2Directory(String url) {
        if (!url.startsWith(H2_FILE)) {
            return Optional.empty();
        }
        String file = url.substring(H2_FILE.length()).split(";", 2)[0];
        Path parent = Path.of(file).toAbsolutePath().getParent();
        return Optional.ofNullable(parent);
    }
}

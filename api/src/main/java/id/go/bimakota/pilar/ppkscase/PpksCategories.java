package id.go.bimakota.pilar.ppkscase;

import id.go.bimakota.pilar.common.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The 26 PPKS categories of Permensos 08/2012 in official order, held in memory. */
@Startup
@ApplicationScoped
public class PpksCategories {

    @Schema(name = "PpksCategory", description = "A category of PPKS (Permensos No. 08 Tahun 2012)")
    public record PpksCategory(
            @Schema(required = true, examples = "LANSIA_TELANTAR") String code,
            @Schema(required = true, description = "Official order, 1-26", examples = "13") int ordinal,
            @Schema(required = true, examples = "Lanjut Usia Telantar") String nameId,
            @Schema(required = true) String description) {
    }

    private final EntityManager em;
    private Map<String, PpksCategory> byCode;

    public PpksCategories(EntityManager em) {
        this.em = em;
    }

    @PostConstruct
    void load() {
        // Startup has no request context: read in a transaction of its own.
        QuarkusTransaction.requiringNew().run(this::read);
    }

    private void read() {
        Map<String, PpksCategory> categories = new LinkedHashMap<>();
        List<?> rows = em.createNativeQuery(
                "SELECT code, ordinal, name_id, description FROM ppks_category ORDER BY ordinal").getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            categories.put((String) r[0],
                    new PpksCategory((String) r[0], ((Number) r[1]).intValue(), (String) r[2], (String) r[3]));
        }
        byCode = Collections.unmodifiableMap(categories);
    }

    public List<PpksCategory> all() {
        return List.copyOf(byCode.values());
    }

    /** A category code given in {@code field}: unknown is a 400 that lists the valid codes. */
    public String require(String field, String code) {
        if (code == null || !byCode.containsKey(code)) {
            throw ProblemException.invalidField(field, "value.oneOf", String.join(", ", byCode.keySet()));
        }
        return code;
    }
}

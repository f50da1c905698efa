package id.go.bimakota.pilar.area;

import id.go.bimakota.pilar.area.AreaDtos.KecamatanItem;
import id.go.bimakota.pilar.area.AreaDtos.KelurahanItem;
import id.go.bimakota.pilar.common.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The kecamatan and kelurahan of Kota Bima, held in memory: they change only with a migration, and
 * every write in the service validates area codes against them.
 */
@Startup
@ApplicationScoped
public class AreaDirectory {

    private Map<String, KecamatanItem> kecamatan;
    private Map<String, KelurahanItem> kelurahan;

    @PostConstruct
    void load() {
        // Startup has no request context: read in a transaction of its own.
        QuarkusTransaction.requiringNew().run(this::read);
    }

    private void read() {
        Map<String, String> kecamatanNames = new LinkedHashMap<>();
        Kecamatan.<Kecamatan>listAll().stream().sorted(Comparator.comparing(k -> k.code))
                .forEach(k -> kecamatanNames.put(k.code, k.name));
        Map<String, KelurahanItem> byCode = new LinkedHashMap<>();
        Kelurahan.<Kelurahan>listAll().stream().sorted(Comparator.comparing(k -> k.code))
                .forEach(k -> byCode.put(k.code,
                        new KelurahanItem(k.code, k.name, k.kecamatanCode, kecamatanNames.get(k.kecamatanCode))));
        Map<String, KecamatanItem> kecamatanByCode = new LinkedHashMap<>();
        kecamatanNames.forEach((code, name) -> kecamatanByCode.put(code, new KecamatanItem(code, name,
                (int) byCode.values().stream().filter(k -> k.kecamatanCode().equals(code)).count())));
        this.kecamatan = Map.copyOf(kecamatanByCode);
        this.kelurahan = Map.copyOf(byCode);
    }

    public List<KecamatanItem> kecamatan() {
        return kecamatan.values().stream().sorted(Comparator.comparing(KecamatanItem::code)).toList();
    }

    /** All kelurahan in code order, or those of one kecamatan. */
    public List<KelurahanItem> kelurahan(String kecamatanCode) {
        return kelurahan.values().stream()
                .filter(k -> kecamatanCode == null || k.kecamatanCode().equals(kecamatanCode))
                .sorted(Comparator.comparing(KelurahanItem::code))
                .toList();
    }

    public Optional<KelurahanItem> findKelurahan(String code) {
        return Optional.ofNullable(kelurahan.get(code));
    }

    public boolean isKelurahan(String code) {
        return kelurahan.containsKey(code);
    }

    public boolean isKecamatan(String code) {
        return kecamatan.containsKey(code);
    }

    /** A kelurahan code given in {@code field}: 400 when malformed or not a kelurahan of Kota Bima. */
    public KelurahanItem requireKelurahan(String field, String code) {
        if (!AreaCodes.isKelurahanShape(code)) {
            throw ProblemException.invalidField(field, "area.kelurahan.shape");
        }
        return findKelurahan(code).orElseThrow(() -> ProblemException.invalidField(field, "area.kelurahan.unknown", code));
    }

    /** A kecamatan code given in {@code field}: 400 when malformed or not a kecamatan of Kota Bima. */
    public String requireKecamatan(String field, String code) {
        if (!AreaCodes.isKecamatanShape(code)) {
            throw ProblemException.invalidField(field, "area.kecamatan.shape");
        }
        if (!isKecamatan(code)) {
            throw ProblemException.invalidField(field, "area.kecamatan.unknown", code);
        }
        return code;
    }
}

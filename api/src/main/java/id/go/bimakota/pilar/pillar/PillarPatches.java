package id.go.bimakota.pilar.pillar;

import id.go.bimakota.pilar.pillar.PillarDtos.NewPillar;
import id.go.bimakota.pilar.pillar.PillarDtos.PillarPatch;
import id.go.bimakota.pilar.pillar.PillarRules.Draft;
import java.util.ArrayList;
import java.util.List;

/** A patch laid over the current record, so the result is checked by the same rules as a new pillar. */
final class PillarPatches {

    private PillarPatches() {
    }

    static NewPillar merge(Draft current, PillarPatch patch) {
        PillarType type = patch.type() != null ? patch.type() : current.type();
        // When the type changes, an assignment the patch does not mention is dropped if the new type
        // has no use for it (a PSM becoming TKSK loses its kelurahan), kept otherwise.
        boolean coversKelurahan = type.coverage() == PillarType.Coverage.KELURAHAN;
        List<String> kelurahan = patch.kelurahanCodes() != null ? patch.kelurahanCodes()
                : coversKelurahan ? new ArrayList<>(current.kelurahanCodes()) : List.of();
        String kecamatan = patch.kecamatanCode() != null ? patch.kecamatanCode()
                : coversKelurahan ? null : current.kecamatanCode();
        return new NewPillar(
                or(patch.fullName(), current.fullName()),
                type,
                or(patch.nik(), current.nik()),
                patch.gender() != null ? patch.gender() : current.gender(),
                or(patch.phone(), current.phone()),
                or(patch.email(), current.email()),
                or(patch.memberNumber(), current.memberNumber()),
                or(patch.originRegion(), current.originRegion()),
                patch.joinedOn() != null ? patch.joinedOn() : current.joinedOn(),
                kelurahan,
                kecamatan,
                null);
    }

    /** The patched value ("" clears it) or the current one. */
    private static String or(String patched, String current) {
        return patched != null ? patched : current;
    }
}

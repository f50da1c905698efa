package id.go.bimakota.pilar.area;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the area endpoints answer. */
public final class AreaDtos {

    private AreaDtos() {
    }

    @Schema(name = "KecamatanItem", description = "A kecamatan of Kota Bima")
    public record KecamatanItem(
            @Schema(required = true, examples = "52.72.03", pattern = AreaCodes.KECAMATAN_PATTERN) String code,
            @Schema(required = true, examples = "Asakota") String name,
            @Schema(required = true, examples = "8") int kelurahanCount) {
    }

    @Schema(name = "KelurahanItem", description = "A kelurahan of Kota Bima")
    public record KelurahanItem(
            @Schema(required = true, examples = "52.72.03.1004", pattern = AreaCodes.KELURAHAN_PATTERN) String code,
            @Schema(required = true, examples = "Kolo") String name,
            @Schema(required = true, examples = "52.72.03", pattern = AreaCodes.KECAMATAN_PATTERN)
            String kecamatanCode,
            @Schema(required = true, examples = "Asakota") String kecamatanName) {
    }
}

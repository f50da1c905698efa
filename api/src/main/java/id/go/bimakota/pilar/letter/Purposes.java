package id.go.bimakota.pilar.letter;

import id.go.bimakota.pilar.notice.NoticeEnums.Purpose;

/** A visit's purpose in the words of a letter. */
public final class Purposes {

    private Purposes() {
    }

    public static String words(Purpose purpose) {
        return switch (purpose) {
            case VERIFICATION -> "Verifikasi dan validasi data kesejahteraan sosial";
            case ASSESSMENT -> "Asesmen Pemerlu Pelayanan Kesejahteraan Sosial (PPKS)";
            case HOME_VISIT -> "Kunjungan rumah (home visit)";
            case AID_DISTRIBUTION -> "Penyaluran bantuan sosial";
            case DISASTER_RESPONSE -> "Tanggap darurat bencana";
            case SOCIALIZATION -> "Sosialisasi program kesejahteraan sosial";
            case MEETING -> "Rapat koordinasi";
            case OTHER -> "Kegiatan lapangan lainnya";
        };
    }
}

package id.go.bimakota.pilar.delivery;

import java.util.List;

/**
 * Every message the service sends to people, in Bahasa Indonesia. For WhatsApp each is a template
 * registered in WhatsApp Manager under {@link #waName()} (category UTILITY, language {@code id}) with
 * exactly {@link #body()}; its {@code {{n}}} are {@link #fields()} in order. Email shows the same
 * facts through {@code templates/delivery/email.*}. No field can carry a PPKS's name, NIK or case
 * text: linked cases are counts per category.
 */
public enum MessageTemplate {

    NOTICE_CREATED("pilar_kunjungan_baru", "Pemberitahuan kunjungan lapangan", """
            Pemberitahuan kunjungan lapangan {{1}} di Kelurahan {{2}}.
            Waktu: {{3}}
            Tempat: {{4}}
            Kegiatan: {{5}}
            Petugas: {{6}}
            Permintaan kepada kelurahan: {{7}}
            Kasus terkait: {{8}}
            Mohon konfirmasi melalui tautan pribadi Anda: {{9}}""",
            List.of(Field.NUMBER, Field.AREA, Field.WINDOW, Field.PLACE, Field.PURPOSE, Field.LEAD, Field.REQUEST,
                    Field.CASES, Field.LINK)),

    NOTICE_RESCHEDULED("pilar_jadwal_diubah", "Jadwal kunjungan diubah", """
            Jadwal kunjungan lapangan {{1}} di Kelurahan {{2}} diubah.
            Waktu baru: {{3}}
            Tempat: {{4}}
            Kegiatan: {{5}}
            Petugas: {{6}}
            Mohon konfirmasi jadwal baru melalui tautan pribadi Anda: {{7}}""",
            List.of(Field.NUMBER, Field.AREA, Field.WINDOW, Field.PLACE, Field.PURPOSE, Field.LEAD, Field.LINK)),

    NOTICE_PLACE_CHANGED("pilar_tempat_diubah", "Tempat kunjungan diubah", """
            Tempat kunjungan lapangan {{1}} di Kelurahan {{2}} diubah.
            Waktu: {{3}}
            Tempat baru: {{4}}
            Petugas: {{5}}
            Rincian dan jawaban melalui tautan pribadi Anda: {{6}}""",
            List.of(Field.NUMBER, Field.AREA, Field.WINDOW, Field.PLACE, Field.LEAD, Field.LINK)),

    NOTICE_CANCELLED("pilar_kunjungan_batal", "Kunjungan dibatalkan", """
            Kunjungan lapangan {{1}} di Kelurahan {{2}} pada {{3}} DIBATALKAN.
            Petugas: {{4}}
            Rincian: {{5}}""",
            List.of(Field.NUMBER, Field.AREA, Field.WINDOW, Field.LEAD, Field.LINK)),

    REMINDER("pilar_pengingat", "Pengingat: kunjungan belum dikonfirmasi", """
            Pengingat: kunjungan lapangan {{1}} di Kelurahan {{2}} belum dikonfirmasi.
            Waktu: {{3}}
            Tempat: {{4}}
            Petugas: {{5}}
            Mohon konfirmasi melalui tautan pribadi Anda: {{6}}""",
            List.of(Field.NUMBER, Field.AREA, Field.WINDOW, Field.PLACE, Field.LEAD, Field.LINK)),

    ESCALATION("pilar_eskalasi", "Eskalasi: kunjungan belum dijawab kelurahan", """
            Kunjungan lapangan {{1}} di Kelurahan {{2}} pada {{3}} belum dijawab kelurahan.
            Petugas: {{4}}
            Mohon Dinas Sosial menghubungi kelurahan sebelum kunjungan dimulai.""",
            List.of(Field.NUMBER, Field.AREA, Field.WINDOW, Field.LEAD)),

    ACKNOWLEDGED("pilar_kunjungan_diterima", "Kunjungan diterima kelurahan", """
            Kunjungan lapangan {{1}} di Kelurahan {{2}} pada {{3}} telah diterima oleh {{4}}.""",
            List.of(Field.NUMBER, Field.AREA, Field.WINDOW, Field.ANSWERED_BY)),

    RESCHEDULE_REQUESTED("pilar_minta_jadwal_lain", "Kelurahan meminta jadwal lain", """
            Kelurahan {{2}} meminta jadwal lain untuk kunjungan lapangan {{1}} ({{3}}).
            Usulan waktu: {{4}}
            Silakan tetapkan jadwal baru di aplikasi Pilar Bima.""",
            List.of(Field.NUMBER, Field.AREA, Field.WINDOW, Field.PROPOSED_WINDOW)),

    DIGEST("pilar_ringkasan_pagi", "Kunjungan hari ini", """
            Kunjungan lapangan hari ini di Kelurahan {{1}} ({{2}}):
            {{3}}""",
            List.of(Field.AREA, Field.VISIT_COUNT, Field.VISITS));

    /** What a template's parameters say, each one line of text. */
    public enum Field {
        NUMBER("the notice number (`KL-2026-000045`)"),
        AREA("the kelurahan and the RT/RW the notice names (`Kolo, RT 003/RW 002`)"),
        WINDOW("the date and time window in WITA (`Senin, 7 Desember 2026, 09.00–11.00 WITA`)"),
        PLACE("the place given by the lead, or `-`"),
        PURPOSE("the purpose of the visit in words"),
        LEAD("the lead pillar's name, type and phone"),
        REQUEST("the lead's request to the kelurahan, or `-`"),
        CASES("linked cases as counts per category (`2 Anak Terlantar`), or `-`"),
        LINK("the recipient's personal answer link `{PILAR_PUBLIC_URL}/j/{token}`"),
        ANSWERED_BY("who acknowledged, as they gave it"),
        PROPOSED_WINDOW("the window the kelurahan proposes, in WITA"),
        VISIT_COUNT("the number of visits of the day"),
        VISITS("the visits of the day, separated by `; `: number, time window, RT/RW, purpose");

        private final String meaning;

        Field(String meaning) {
            this.meaning = meaning;
        }

        /** What the parameter carries, for the list of templates in docs/WHATSAPP.md. */
        public String meaning() {
            return meaning;
        }
    }

    private final String waName;
    private final String headline;
    private final String body;
    private final List<Field> fields;

    MessageTemplate(String waName, String headline, String body, List<Field> fields) {
        this.waName = waName;
        this.headline = headline;
        this.body = body;
        this.fields = fields;
    }

    /** The template's name in WhatsApp Manager. */
    public String waName() {
        return waName;
    }

    /** The email subject after the notice number, and the heading of the email. */
    public String headline() {
        return headline;
    }

    /** The body as registered in WhatsApp Manager. */
    public String body() {
        return body;
    }

    public List<Field> fields() {
        return fields;
    }

    /** Whether the message carries the recipient's personal answer link. */
    public boolean hasLink() {
        return fields.contains(Field.LINK);
    }

    /** The body with the parameters in place: the text of the email and what WhatsApp shows. */
    public String fill(List<String> parameters) {
        String text = body;
        for (int i = parameters.size(); i >= 1; i--) {
            text = text.replace("{{" + i + "}}", parameters.get(i - 1));
        }
        return text;
    }
}

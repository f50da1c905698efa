package id.go.bimakota.pilar.delivery;

import id.go.bimakota.pilar.area.AreaDirectory;
import id.go.bimakota.pilar.area.AreaDtos.KelurahanItem;
import id.go.bimakota.pilar.delivery.MessageTemplate.Field;
import id.go.bimakota.pilar.letter.IndonesianDates;
import id.go.bimakota.pilar.letter.Purposes;
import id.go.bimakota.pilar.notice.Notice;
import id.go.bimakota.pilar.pillar.PillarDirectory;
import id.go.bimakota.pilar.pillar.PillarDirectory.PillarRef;
import id.go.bimakota.pilar.ppkscase.PpksCategories;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Puts the facts of a notice into a template, for one recipient and one channel. */
@ApplicationScoped
class MessageRenderer {

    @CheckedTemplate(basePath = "delivery")
    static class Templates {
        static native TemplateInstance email_html(String headline, List<String> lines, String link);

        static native TemplateInstance email_text(String headline, String body);
    }

    /** A message ready to be stored: the template's parameters, and for email subject, text and HTML. */
    record Rendered(MessageTemplate template, List<String> parameters, String subject, String text, String html) {
    }

    private final AreaDirectory areas;
    private final PillarDirectory pillars;
    private final PpksCategories categories;
    private final EntityManager em;

    MessageRenderer(AreaDirectory areas, PillarDirectory pillars, PpksCategories categories, EntityManager em) {
        this.areas = areas;
        this.pillars = pillars;
        this.categories = categories;
        this.em = em;
    }

    String kelurahanName(String code) {
        return areas.findKelurahan(code).map(KelurahanItem::name).orElse(code);
    }

    NoticeFacts factsOf(Notice n) {
        String kelurahan = kelurahanName(n.kelurahanCode);
        PillarRef lead = pillars.find(n.leadPillarId).orElse(null);
        return NoticeFacts.builder()
                .put(Field.NUMBER, n.number)
                .put(Field.AREA, kelurahan + rtRw(n.rt, n.rw))
                .put(Field.WINDOW, IndonesianDates.window(n.plannedStart, n.plannedEnd))
                .put(Field.PLACE, n.location)
                .put(Field.PURPOSE, Purposes.words(n.purpose))
                .put(Field.LEAD, lead == null ? null : lead.fullName() + " (" + typeWords(lead) + ", " + lead.phone() + ")")
                .put(Field.REQUEST, n.requestsToKelurahan)
                .put(Field.CASES, caseCounts(n))
                .put(Field.ANSWERED_BY, n.acknowledgedBy)
                .put(Field.PROPOSED_WINDOW, n.proposedStart == null ? null
                        : IndonesianDates.window(n.proposedStart, n.proposedEnd))
                .build();
    }

    Rendered render(MessageTemplate template, NoticeFacts facts, String link, String number, ChannelKind channel) {
        List<String> parameters = template.fields().stream().map(f -> facts.value(f, link)).toList();
        if (channel != ChannelKind.EMAIL) {
            return new Rendered(template, parameters, null, null, null);
        }
        String body = template.fill(parameters);
        String subject = (number == null ? "" : number + " – ") + template.headline();
        String text = Templates.email_text(template.headline(), body).render();
        String html = Templates.email_html(template.headline(), List.of(body.split("\n")), link).render();
        return new Rendered(template, parameters, subject, text, html);
    }

    /** {@code ", RT 003/RW 002"}, as the notice names them; empty when it names neither. */
    static String rtRw(Short rt, Short rw) {
        if (rt != null && rw != null) {
            return ", RT %03d/RW %03d".formatted(rt, rw);
        }
        if (rw != null) {
            return ", RW %03d".formatted(rw);
        }
        return rt == null ? "" : ", RT %03d".formatted(rt);
    }

    private static String typeWords(PillarRef pillar) {
        return pillar.type().name().replace('_', ' ');
    }

    /** Linked cases as counts per category ("2 Anak Terlantar, 1 Lanjut Usia Telantar"), never a case itself. */
    private String caseCounts(Notice n) {
        if (n.caseIds.isEmpty()) {
            return null;
        }
        Map<String, Long> counts = em.createQuery("select c.category, count(c) from PpksCase c where c.id in :ids "
                        + "group by c.category", Object[].class).setParameter("ids", n.caseIds).getResultList().stream()
                .collect(Collectors.toMap(r -> (String) r[0], r -> (Long) r[1]));
        return categories.all().stream().filter(c -> counts.containsKey(c.code()))
                .map(c -> counts.get(c.code()) + " " + c.nameId()).collect(Collectors.joining(", "));
    }
}

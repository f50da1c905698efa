package id.go.bimakota.pilar.delivery;

import id.go.bimakota.pilar.account.User;
import id.go.bimakota.pilar.area.ContactPosition;
import id.go.bimakota.pilar.area.KelurahanContact;
import id.go.bimakota.pilar.notice.Notice;
import id.go.bimakota.pilar.person.NotifyBy;
import id.go.bimakota.pilar.pillar.PillarDirectory;
import id.go.bimakota.pilar.pillar.PillarDirectory.PillarRef;
import id.go.bimakota.pilar.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Who is told about a notice, by which channels, at which addresses (README "Notifications"). */
@ApplicationScoped
class Recipients {

    /**
     * One person on one channel. {@code address} is null when they chose a channel they have no
     * address for: the delivery is recorded SUPPRESSED, so the Dinas sees whom it could not reach.
     */
    record Recipient(RecipientKind kind, UUID id, String name, String position, ChannelKind channel, String address,
            boolean kelurahanSide) {
    }

    private static final Set<ContactPosition> OFFICE = EnumSet.of(ContactPosition.LURAH,
            ContactPosition.SEKRETARIS_LURAH, ContactPosition.KASI_KESOS);

    private final PillarDirectory pillars;

    Recipients(PillarDirectory pillars) {
        this.pillars = pillars;
    }

    /**
     * The kelurahan of the notice: its active KELURAHAN users, its Lurah, Sekretaris Lurah and Kasi
     * Kesos, and the Ketua RW of the notice's RW and the Ketua RT of its RT when the notice names them.
     */
    List<Recipient> kelurahanOf(Notice n) {
        return kelurahan(n.kelurahanCode, n.rw, n.rt);
    }

    /** The office and users of a kelurahan only (the morning digest: no single RT/RW). */
    List<Recipient> kelurahanOffice(String kelurahanCode) {
        return kelurahan(kelurahanCode, null, null);
    }

    private List<Recipient> kelurahan(String code, Short rw, Short rt) {
        List<Recipient> all = new ArrayList<>();
        for (User u : User.<User>list("role = ?1 and kelurahanCode = ?2 and active = true", Role.KELURAHAN, code)) {
            all.addAll(ofUser(u, Role.KELURAHAN.name(), true));
        }
        for (KelurahanContact c : KelurahanContact.<KelurahanContact>list("kelurahanCode = ?1 and active = true", code)) {
            if (concerns(c, rw, rt)) {
                for (NotifyBy by : NotifyBy.effective(c.notifyBy, c.phone, c.email)) {
                    all.add(new Recipient(RecipientKind.CONTACT, c.id, c.name, c.position.name(), channel(by),
                            address(by, c.phone, c.email), true));
                }
            }
        }
        return all;
    }

    private static boolean concerns(KelurahanContact c, Short rw, Short rt) {
        if (OFFICE.contains(c.position)) {
            return true;
        }
        if (c.position == ContactPosition.KETUA_RW) {
            return rw != null && c.rw != null && c.rw.intValue() == rw;
        }
        if (c.position == ContactPosition.KETUA_RT) {
            return rw != null && rt != null && c.rw != null && c.rt != null && c.rw.intValue() == rw
                    && c.rt.intValue() == rt;
        }
        return false;
    }

    /** The lead pillar and the team, by their pillar phone (or their login's choice of channels). */
    List<Recipient> teamOf(Notice n) {
        List<UUID> ids = new ArrayList<>();
        ids.add(n.leadPillarId);
        ids.addAll(n.teamPillarIds);
        return pillarsOf(ids, n.leadPillarId);
    }

    /** The Dinas (active ADMIN users with a channel) and the lead, when a kelurahan has not answered. */
    List<Recipient> dinasAndLead(Notice n) {
        List<Recipient> all = new ArrayList<>();
        for (User u : User.<User>list("role = ?1 and active = true", Role.ADMIN)) {
            all.addAll(ofUser(u, Role.ADMIN.name(), false));
        }
        all.addAll(pillarsOf(List.of(n.leadPillarId), n.leadPillarId));
        return all;
    }

    private List<Recipient> pillarsOf(List<UUID> ids, UUID lead) {
        Map<UUID, PillarRef> refs = pillars.findAll(ids);
        Map<UUID, User> logins = new LinkedHashMap<>();
        for (User u : User.<User>list("pillarId in ?1 and active = true", ids)) {
            logins.put(u.pillarId, u);
        }
        List<Recipient> all = new ArrayList<>();
        for (UUID id : ids) {
            PillarRef p = refs.get(id);
            if (p == null) {
                continue;
            }
            User login = logins.get(id);
            String email = login == null ? null : login.email;
            String position = p.type().name() + (id.equals(lead) ? " (ketua tim)" : "");
            for (NotifyBy by : NotifyBy.effective(login == null ? null : login.notifyBy, p.phone(), email)) {
                all.add(new Recipient(RecipientKind.PILLAR, p.id(), p.fullName(), position, channel(by),
                        address(by, p.phone(), email), false));
            }
        }
        return all;
    }

    private static List<Recipient> ofUser(User u, String position, boolean kelurahanSide) {
        List<Recipient> all = new ArrayList<>();
        for (NotifyBy by : NotifyBy.effective(u.notifyBy, u.phone, u.email)) {
            all.add(new Recipient(RecipientKind.USER, u.id, u.displayName, position, channel(by),
                    address(by, u.phone, u.email), kelurahanSide));
        }
        return all;
    }

    private static ChannelKind channel(NotifyBy by) {
        return by == NotifyBy.EMAIL ? ChannelKind.EMAIL : ChannelKind.WHATSAPP;
    }

    /** WhatsApp wants the international number without "+" ({@code 62812…}). */
    private static String address(NotifyBy by, String phone, String email) {
        if (by == NotifyBy.EMAIL) {
            return email;
        }
        return phone == null ? null : phone.startsWith("+") ? phone.substring(1) : phone;
    }
}

package id.go.bimakota.pilar.area;

import id.go.bimakota.pilar.common.storage.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** Someone to reach at a kelurahan: office staff or the head of an RW or RT. */
@Entity
@Table(name = "kelurahan_contact")
public class KelurahanContact extends VersionedEntity {

    @Id
    public UUID id;

    @Column(name = "kelurahan_code", nullable = false)
    public String kelurahanCode;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ContactPosition position;

    public Integer rw;

    public Integer rt;

    @Column(nullable = false)
    public String phone;

    public String email;

    /** Comma-separated {@code WHATSAPP}/{@code EMAIL}; null = the default, "" = opted out (person/NotifyBy). */
    @Column(name = "notify_by")
    public String notifyBy;

    @Column(nullable = false)
    public boolean active;

    /** Set while an active Ketua RW/RT: unique, so a neighbourhood has one head (see V5__pillars.sql). */
    @Column(name = "head_key")
    public String headKey;

    @Column(name = "sort_key", nullable = false)
    public String sortKey;

}

package id.go.bimakota.pilar.pillar;

import id.go.bimakota.pilar.common.storage.VersionedEntity;
import id.go.bimakota.pilar.person.Gender;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** A registered pillar member. Never hard-deleted: deactivated or transferred out instead. */
@Entity
@Table(name = "pillar")
public class Pillar extends VersionedEntity {

    @Id
    public UUID id;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    @Column(name = "name_key", nullable = false)
    public String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PillarType type;

    public String nik;

    @Enumerated(EnumType.STRING)
    public Gender gender;

    @Column(nullable = false)
    public String phone;

    public String email;

    @Column(name = "member_number")
    public String memberNumber;

    @Column(name = "origin_region")
    public String originRegion;

    @Column(name = "joined_on")
    public LocalDate joinedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PillarStatus status;

    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "kecamatan_code")
    public String kecamatanCode;

    @ElementCollection
    @CollectionTable(name = "pillar_kelurahan", joinColumns = @JoinColumn(name = "pillar_id"))
    @Column(name = "kelurahan_code")
    @OrderBy
    public Set<String> kelurahanCodes = new TreeSet<>();

}

package id.go.bimakota.pilar.area;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A kelurahan of Kota Bima, loaded by migration from the Kemendagri list. Read-only. */
@Entity
@Table(name = "kelurahan")
public class Kelurahan extends PanacheEntityBase {

    @Id
    @Column(length = 13)
    public String code;

    @Column(name = "kecamatan_code", nullable = false, length = 8)
    public String kecamatanCode;

    @Column(nullable = false)
    public String name;
}

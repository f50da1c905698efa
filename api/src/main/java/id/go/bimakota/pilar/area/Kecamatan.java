package id.go.bimakota.pilar.area;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A kecamatan of Kota Bima, loaded by migration from the Kemendagri list. Read-only. */
@Entity
@Table(name = "kecamatan")
public class Kecamatan extends PanacheEntityBase {

    @Id
    @Column(length = 8)
    public String code;

    @Column(nullable = false)
    public String name;
}

package id.go.bimakota.pilar.letter;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The letter of a notice as first issued: its number and verification code never change. */
@Entity
@Table(name = "notice_letter")
public class NoticeLetter extends PanacheEntityBase {

    @Id
    @Column(name = "notice_id")
    public UUID noticeId;

    @Column(name = "letter_year", nullable = false)
    public int year;

    @Column(name = "letter_seq", nullable = false)
    public int seq;

    @Column(name = "letter_number", nullable = false)
    public String number;

    @Column(name = "verification_code", nullable = false)
    public String verificationCode;

    @Column(name = "issued_at", nullable = false)
    public Instant issuedAt;
}

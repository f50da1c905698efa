package id.go.bimakota.pilar.common;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZonedDateTime;

/**
 * Human numbers for phone calls and letters: {@code PPKS-2026-000123}, {@code KL-2026-000045}.
 * Sequential per year (in WITA), unique and never reused, across several instances: the counter row
 * stays locked until the creating transaction ends, and a rolled-back creation takes its number back.
 */
@ApplicationScoped
public class HumanNumbers {

    private final EntityManager em;

    public HumanNumbers(EntityManager em) {
        this.em = em;
    }

    /** The next number of {@code prefix} for the year of {@code at}; call inside the creating transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String next(String prefix, Instant at) {
        int year = ZonedDateTime.ofInstant(at, Times.WITA).getYear();
        return "%s-%d-%06d".formatted(prefix, year, increment(prefix, year));
    }

    /**
     * The next value of a plain counter (e.g. the live feed's event sequence). Like numbers, it is
     * taken under the counter's row lock, so values follow commit order without gaps.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long nextValue(String counter) {
        return increment(counter, 0);
    }

    private int increment(String prefix, int year) {
        if (update(prefix, year) == 0) {
            startYear(prefix, year);
            update(prefix, year);
        }
        return ((Number) em.createNativeQuery("SELECT counter FROM number_sequence WHERE seq_name = ?1 AND seq_year = ?2")
                .setParameter(1, prefix).setParameter(2, year).getSingleResult()).intValue();
    }

    private int update(String prefix, int year) {
        return em.createNativeQuery(
                        "UPDATE number_sequence SET counter = counter + 1 WHERE seq_name = ?1 AND seq_year = ?2")
                .setParameter(1, prefix).setParameter(2, year).executeUpdate();
    }

    /**
     * Creates the year's counter in a transaction of its own, so that concurrent first creations
     * of a year all find the row afterwards instead of failing on each other's insert.
     */
    private void startYear(String prefix, int year) {
        try {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                            "INSERT INTO number_sequence (seq_name, seq_year, counter) VALUES (?1, ?2, 0)")
                    .setParameter(1, prefix).setParameter(2, year).executeUpdate());
        } catch (RuntimeException anotherTransactionStartedTheYear) {
            // the row exists now, which is all we need
        }
    }
}

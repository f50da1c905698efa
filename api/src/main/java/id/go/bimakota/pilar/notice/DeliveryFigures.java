package id.go.bimakota.pilar.notice;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * How well the messages about notices reached the kelurahan, for the coordination report. Declared
 * here and implemented by the deliveries (which depend on notices, not the other way round).
 */
public interface DeliveryFigures {

    /**
     * @param reachedBeforeStart a message of {@code notice.created} went to a kelurahan recipient before the start
     * @param minutesToDelivery from filing to the first such message sent; null when none was
     * @param failed the notice's deliveries that are FAILED
     */
    record Figures(boolean reachedBeforeStart, Double minutesToDelivery, long failed) {
    }

    /** The figures of each notice that has deliveries; notices without any are absent. */
    Map<UUID, Figures> of(Collection<UUID> noticeIds);
}

package id.go.bimakota.pilar.delivery;

import java.util.List;
import java.util.UUID;

/**
 * One rendered message for one recipient on one channel. It never carries a PPKS's name, NIK or case
 * text: the renderer builds it from the notice's ids, codes, times, place and pillars only.
 *
 * @param deliveryId stable across retries: the webhook's {@code webhook-id}, WhatsApp's
 *     {@code biz_opaque_callback_data}, the email's Message-ID
 * @param eventType e.g. {@code notice.created}
 * @param address the recipient's address on the channel: an email address, a WhatsApp number in
 *     international form without "+" ({@code 62812…}), or a webhook endpoint's id (the channel reads
 *     its current URL and secret when it sends, so a rotated secret signs the retries)
 * @param template the template's name (WhatsApp: as registered in WhatsApp Manager, language {@code id})
 * @param parameters the template's body parameters in order, {@code {{1}}} first (WhatsApp)
 * @param subject the email's subject, starting with the notice number; null for other channels
 * @param text the plain-text body (email); null for other channels
 * @param html the HTML body (email); null for other channels
 * @param json the request body (webhook); null for other channels
 */
public record OutgoingMessage(
        UUID deliveryId,
        String eventType,
        String address,
        String template,
        List<String> parameters,
        String subject,
        String text,
        String html,
        String json) {

    public OutgoingMessage {
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
    }
}

package id.go.bimakota.pilar.delivery.whatsapp;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shape of Meta's webhook calls, for the contract only: the resource reads the raw body (the
 * signature covers its exact bytes) and {@link MetaNotification} reads it leniently.
 */
final class MetaWebhookDocs {

    private MetaWebhookDocs() {
    }

    @Schema(name = "WhatsAppWebhookCall", description = "Meta's webhook payload (object whatsapp_business_account)")
    record Notification(
            @Schema(required = true, examples = "whatsapp_business_account") String object,
            @Schema(required = true) List<Entry> entry) {
    }

    @Schema(name = "WhatsAppWebhookEntry")
    record Entry(
            @Schema(description = "The WhatsApp Business Account id", examples = "102290129340398") String id,
            List<Change> changes) {
    }

    @Schema(name = "WhatsAppWebhookChange")
    record Change(@Schema(examples = "messages") String field, Value value) {
    }

    @Schema(name = "WhatsAppWebhookValue")
    record Value(
            @Schema(examples = "whatsapp") String messaging_product,
            List<Status> statuses) {
    }

    @Schema(name = "WhatsAppMessageStatus")
    record Status(
            @Schema(description = "The message id from the send (messages[0].id)",
                    examples = "wamid.HBgNNjI4MTIzNDU2Nzg5MBUCABEYEjQ2QkI1QjA3NkU0M0YxQjQ0MQA=") String id,
            @Schema(enumeration = {"sent", "delivered", "read", "failed"}, examples = "delivered") String status,
            @Schema(description = "Unix seconds", examples = "1796518800") String timestamp,
            @Schema(examples = "6281234567890") String recipient_id,
            @Schema(description = "Our delivery id, sent as biz_opaque_callback_data",
                    examples = "0193a1b2-7c4e-7f0a-9e21-5d8c3b7a1f60") String biz_opaque_callback_data,
            @Schema(description = "For failed: why") List<Error> errors) {
    }

    @Schema(name = "WhatsAppStatusError")
    record Error(@Schema(examples = "131026") Integer code, @Schema(examples = "Message undeliverable") String title) {
    }
}

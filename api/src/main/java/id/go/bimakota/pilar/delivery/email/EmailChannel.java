package id.go.bimakota.pilar.delivery.email;

import id.go.bimakota.pilar.common.config.PilarConfig;
import id.go.bimakota.pilar.delivery.Channel;
import id.go.bimakota.pilar.delivery.ChannelKind;
import id.go.bimakota.pilar.delivery.OutgoingMessage;
import id.go.bimakota.pilar.delivery.SendOutcome;
import io.vertx.core.Vertx;
import io.vertx.ext.mail.LoginOption;
import io.vertx.ext.mail.MailClient;
import io.vertx.ext.mail.MailConfig;
import io.vertx.ext.mail.MailMessage;
import io.vertx.ext.mail.SMTPException;
import io.vertx.ext.mail.StartTLSOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Email through SMTP (the Vert.x mail client that quarkus-mailer brings), configured by
 * {@code PILAR_SMTP_*}; off without a host or a sender. Plain text and HTML, the subject starting
 * with the notice number, and a Message-ID made of the delivery id, so a repeat is recognisable.
 */
@ApplicationScoped
public class EmailChannel implements Channel {

    private final PilarConfig.Smtp smtp;
    private final Vertx vertx;
    private volatile MailClient client;

    EmailChannel(PilarConfig config, Vertx vertx) {
        this.smtp = config.smtp();
        this.vertx = vertx;
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.EMAIL;
    }

    @Override
    public Optional<String> unavailableReason() {
        if (smtp.host().isEmpty()) {
            return Optional.of("email not configured (PILAR_SMTP_HOST)");
        }
        if (smtp.from().isEmpty()) {
            return Optional.of("email has no sender (PILAR_MAIL_FROM)");
        }
        return Optional.empty();
    }

    @Override
    public SendOutcome send(OutgoingMessage message) {
        if (message.address() == null || !message.address().matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
            return new SendOutcome.Failed("invalid email address");
        }
        MailMessage mail = new MailMessage()
                .setFrom(smtp.from().orElseThrow())
                .setTo(message.address())
                .setSubject(message.subject())
                .setText(message.text())
                .setHtml(message.html());
        mail.addHeader("Message-ID", "<" + message.deliveryId() + "@pilar-bima>");
        try {
            client().sendMail(mail).toCompletionStage().toCompletableFuture()
                    .get(smtp.timeout().toMillis(), TimeUnit.MILLISECONDS);
            return new SendOutcome.Sent(null);
        } catch (ExecutionException e) {
            return outcomeOf(e.getCause());
        } catch (TimeoutException e) {
            return new SendOutcome.Retry("SMTP server did not answer in " + smtp.timeout(), Optional.empty());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SendOutcome.Retry("interrupted", Optional.empty());
        }
    }

    /** 5xx about the recipient is permanent; everything else (4xx, connection trouble) is retried. */
    private static SendOutcome outcomeOf(Throwable error) {
        if (error instanceof SMTPException smtpError && smtpError.isPermanent()
                && (smtpError.getReplyCode() == 550 || smtpError.getReplyCode() == 553
                        || smtpError.getReplyCode() == 501)) {
            return new SendOutcome.Failed("SMTP " + smtpError.getReplyCode() + ": " + smtpError.getMessage());
        }
        return new SendOutcome.Retry("SMTP: " + error.getMessage(), Optional.empty());
    }

    private MailClient client() {
        MailClient c = client;
        if (c == null) {
            synchronized (this) {
                if (client == null) {
                    client = MailClient.create(vertx, config());
                }
                c = client;
            }
        }
        return c;
    }

    private MailConfig config() {
        MailConfig config = new MailConfig()
                .setHostname(smtp.host().orElseThrow())
                .setPort(smtp.port())
                .setConnectTimeout((int) smtp.timeout().toMillis())
                .setIdleTimeout((int) smtp.timeout().toSeconds())
                .setKeepAlive(false);
        switch (smtp.tls()) {
            case TLS -> config.setSsl(true).setStarttls(StartTLSOptions.DISABLED);
            case STARTTLS -> config.setStarttls(StartTLSOptions.REQUIRED);
            case NONE -> config.setStarttls(StartTLSOptions.DISABLED);
        }
        if (smtp.username().isPresent()) {
            config.setLogin(LoginOption.REQUIRED).setUsername(smtp.username().get())
                    .setPassword(smtp.password().orElse(""));
        } else {
            config.setLogin(LoginOption.DISABLED);
        }
        return config;
    }

    @PreDestroy
    void close() {
        if (client != null) {
            client.close();
        }
    }
}

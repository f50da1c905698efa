package id.go.bimakota.pilar.delivery.webhook;

import id.go.bimakota.pilar.delivery.SendOutcome;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * How the channels call the outside: HTTP/1.1, a deadline for connecting and for the answer, no
 * redirects (a message goes where it was addressed, never where a redirect points: it could lead
 * into the service's own network), and every failure to get an answer a {@link SendOutcome.Retry}.
 */
public final class OutboundHttp {

    private final String peer;
    private final Duration timeout;
    private final HttpClient client;

    public OutboundHttp(String peer, Duration timeout) {
        this.peer = peer;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public Duration timeout() {
        return timeout;
    }

    /** Sends and lets {@code answer} judge what came back; no answer at all is a retry. */
    public <T> SendOutcome send(HttpRequest request, HttpResponse.BodyHandler<T> body,
            Function<HttpResponse<T>, SendOutcome> answer) {
        try {
            return answer.apply(client.send(request, body));
        } catch (HttpTimeoutException e) {
            return retry("no answer within " + timeout.toSeconds() + " s");
        } catch (ConnectException e) {
            return retry("cannot connect (" + e.getMessage() + ")");
        } catch (IOException e) {
            return retry(e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return retry("interrupted while sending");
        }
    }

    private SendOutcome retry(String why) {
        return new SendOutcome.Retry(peer + ": " + why, Optional.empty());
    }
}

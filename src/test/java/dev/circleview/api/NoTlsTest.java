package dev.circleview.api;

import org.junit.jupiter.api.Test;

import javax.net.ssl.SSLContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plain-http client's TLS context is made of nothing, and a TLS connection through it fails at once. */
class NoTlsTest {
    @Test
    void aClientWithItCannotSpeakTls() {
        SSLContext context = NoTls.context();
        HttpClient client = HttpClient.newBuilder().sslContext(context).connectTimeout(Duration.ofSeconds(5)).build();

        assertThrows(UnsupportedOperationException.class, () -> context.createSSLEngine("127.0.0.1", 443));
        // an https request through it fails with the refusal
        Exception e = assertThrows(Exception.class, () -> client.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:9/")).build(),
                HttpResponse.BodyHandlers.discarding()));
        assertTrue(e.toString().contains("UnsupportedOperationException") || e.getCause() instanceof UnsupportedOperationException, e::toString);
    }
}

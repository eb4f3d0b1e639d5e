package dev.circleview.testing;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

/** The strict server fails a test for a stub it never used, and only then. */
class StrictWireMockTest {

    @Test
    void aStubNoRequestUsedFailsTheTest() {
        Events events = run("registersTwoUsesOne");
        assertEquals(1, events.failed().count());
        String message = events.failed().stream().findFirst().orElseThrow()
                .getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow()
                .getThrowable().orElseThrow().getMessage();
        assertTrue(message.contains("1 stub(s) registered but never requested") && message.contains("/unused"), message);
    }

    @Test
    void everyStubUsedPasses() {
        assertEquals(1, run("registersOneUsesOne").succeeded().count());
    }

    @Test
    void anOptionalStubMayGoUnused() {
        assertEquals(1, run("registersAnOptionalOne").succeeded().count());
    }

    private static Events run(String method) {
        return EngineTestKit.engine("junit-jupiter")
                .selectors(selectMethod(Sample.class, method))
                .execute().testEvents();
    }

    /** Run only through {@link EngineTestKit} above (surefire skips nested classes that are not {@code @Nested}). */
    static class Sample {
        @RegisterExtension
        static WireMockExtension wm = StrictWireMock.loopback();

        private static void request(String path) throws Exception {
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(wm.baseUrl() + path)).build(),
                    HttpResponse.BodyHandlers.discarding());
        }

        @Test
        void registersTwoUsesOne() throws Exception {
            wm.stubFor(get(urlEqualTo("/used")).willReturn(ok()));
            wm.stubFor(get(urlEqualTo("/unused")).willReturn(ok()));
            request("/used");
        }

        @Test
        void registersOneUsesOne() throws Exception {
            wm.stubFor(get(urlEqualTo("/used")).willReturn(ok()));
            request("/used");
        }

        @Test
        void registersAnOptionalOne() throws Exception {
            wm.stubFor(get(urlEqualTo("/used")).willReturn(ok()));
            wm.stubFor(get(urlEqualTo("/maybe")).willReturn(ok())
                    .withMetadata(Map.of(StrictWireMock.OPTIONAL, true)));
            request("/used");
        }
    }
}

package dev.circleview.api;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.circleview.api.model.Build;
import dev.circleview.core.ApiException;
import dev.circleview.core.ExitCode;
import dev.circleview.core.ProjectSlug;
import dev.circleview.testing.StrictWireMock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** {@link CircleCiClient#triggerBuild}: a POST with a JSON body, sent once, never redirected. */
class TriggerBuildClientTest {
    @RegisterExtension
    static WireMockExtension wm = StrictWireMock.loopback();

    private static final ProjectSlug SLUG = ProjectSlug.parse("github/acme/svc", "test");
    private static final String TOKEN = "client-test-token";
    private static final String BUILT = "{\"build_num\": 43, \"status\": \"not_running\", \"why\": \"api\"}";
    private final List<Duration> sleeps = new ArrayList<>();

    private CircleCiClient client() {
        ClientSettings settings = new ClientSettings(URI.create(wm.baseUrl() + "/api/v1.1"), TOKEN, "circle-view/test",
                Duration.ofSeconds(10), 3);
        return new CircleCiClient(settings, ClientListener.SILENT, sleeps::add);
    }

    private static void answer(String path) {
        wm.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(BUILT)));
    }

    @Test
    void theBodyIsJsonWithWhatWasGiven() {
        answer("/api/v1.1/project/github/acme/svc/tree/main");
        Map<String, String> params = new LinkedHashMap<>();
        params.put("DEPLOY", "staging");
        params.put("QUOTE\"KEY", "a \"b\" \\ \u001b é\n{}");

        Build build;
        try (CircleCiClient client = client()) {
            build = client.triggerBuild(SLUG, "main", "3f9c2e1", params);
        }

        assertEquals(43, build.buildNum());
        wm.verify(1, postRequestedFor(urlEqualTo("/api/v1.1/project/github/acme/svc/tree/main"))
                .withHeader("Circle-Token", equalTo(TOKEN))
                .withHeader("Accept", equalTo("application/json"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"revision\": \"3f9c2e1\", \"build_parameters\": {\"DEPLOY\": \"staging\","
                        + " \"QUOTE\\\"KEY\": \"a \\\"b\\\" \\\\ \\u001b é\\n{}\"}}")));
        wm.verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void nothingButTheBranchSendsAnEmptyObject() {
        answer("/api/v1.1/project/github/acme/svc/tree/main");

        try (CircleCiClient client = client()) {
            client.triggerBuild(SLUG, "main", null, Map.of());
            client.triggerBuild(SLUG, "main", null, null);
        }

        wm.verify(2, postRequestedFor(urlEqualTo("/api/v1.1/project/github/acme/svc/tree/main"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{}")));
    }

    @Test
    void theBranchIsOnePathSegment() {
        answer("/api/v1.1/project/github/acme/svc/tree/release%2F2.4%23x%3Fy%C3%BC");
        answer("/api/v1.1/project/github/acme/svc/tree/%2E%2E");

        try (CircleCiClient client = client()) {
            client.triggerBuild(SLUG, "release/2.4#x?yü", null, null);
            client.triggerBuild(SLUG, "..", null, null);
        }

        wm.verify(2, anyRequestedFor(anyUrl()));
    }

    @Test
    void aFailedTriggerIsNeverRetriedNorRedirected() {
        wm.stubFor(post("/api/v1.1/project/github/acme/svc/tree/a").willReturn(aResponse().withStatus(503)));
        wm.stubFor(post("/api/v1.1/project/github/acme/svc/tree/b").willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "1")));
        wm.stubFor(post("/api/v1.1/project/github/acme/svc/tree/c").willReturn(aResponse()
                .withFault(Fault.CONNECTION_RESET_BY_PEER)));
        wm.stubFor(post("/api/v1.1/project/github/acme/svc/tree/d").willReturn(aResponse().withStatus(307)
                .withHeader("Location", "/api/v1.1/project/github/acme/svc/tree/e")));

        try (CircleCiClient client = client()) {
            for (String branch : List.of("a", "b", "c")) {
                ApiException e = assertThrows(ApiException.class, () -> client.triggerBuild(SLUG, branch, null, null));
                assertEquals(ExitCode.UNAVAILABLE, e.exitCode(), branch);
            }
            ApiException redirect = assertThrows(ApiException.class, () -> client.triggerBuild(SLUG, "d", null, null));
            assertEquals(ExitCode.ERROR, redirect.exitCode());
        }

        for (String branch : List.of("a", "b", "c", "d")) {
            wm.verify(1, postRequestedFor(urlEqualTo("/api/v1.1/project/github/acme/svc/tree/" + branch)));
        }
        wm.verify(4, anyRequestedFor(anyUrl()));
        assertEquals(List.of(), sleeps);
    }

    @Test
    void postsWithoutABodySendNoContentType() {
        wm.stubFor(post("/api/v1.1/project/github/acme/svc/41/cancel")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(BUILT)));

        try (CircleCiClient client = client()) {
            client.cancelBuild(SLUG, 41);
        }

        wm.verify(1, postRequestedFor(urlEqualTo("/api/v1.1/project/github/acme/svc/41/cancel"))
                .withHeader("Content-Type", absent()));
    }

    @Test
    void aTriggerNeedsABranch() {
        try (CircleCiClient client = client()) {
            assertThrows(IllegalArgumentException.class, () -> client.triggerBuild(SLUG, "", null, null));
            assertThrows(IllegalArgumentException.class, () -> client.triggerBuild(SLUG, null, null, null));
        }
        wm.verify(0, anyRequestedFor(anyUrl()));
    }
}

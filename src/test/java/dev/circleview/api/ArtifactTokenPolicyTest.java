package dev.circleview.api;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Which addresses an artifact download may send the token to: CircleCI's artifact hosts over https
 * and the API root's own origin, and nothing else, however close the name.
 */
class ArtifactTokenPolicyTest {
    private static final URI API = URI.create("https://circleci.com/api/v1.1");
    private static final URI LOCAL_API = URI.create("http://localhost:8080/api/v1.1");

    @ParameterizedTest
    @CsvSource({
            "https://4810-129834711-gh.circle-artifacts.com/0/report.html, true",
            "https://circle-artifacts.com/0/x, true",
            "https://A-B.Circle-Artifacts.COM/0/x, true",
            "https://circleci.com/api/v1.1/project/gh/a/b/1/artifacts/0/x, true",
            "https://circleci.com:443/other/path, true",
            "http://4810-gh.circle-artifacts.com/0/x, false",
            "https://evilcircle-artifacts.com/0/x, false",
            "https://circle-artifacts.com.evil.example/0/x, false",
            "https://x.circle-artifacts.com.evil.example/0/x, false",
            "https://circle-artifacts.co/0/x, false",
            "https://s3.amazonaws.com/bucket/x?X-Amz-Signature=1, false",
            "https://app.circleci.com/x, false",
            "http://circleci.com/api/v1.1/x, false",
            "https://circleci.com:8443/x, false"})
    void artifactHosts(String target, boolean allowed) {
        assertEquals(allowed, TokenPolicy.ARTIFACT_HOSTS.allows(URI.create(target), API), target);
    }

    @ParameterizedTest
    @CsvSource({
            "http://localhost:8080/0/x, true",
            "http://LOCALHOST:8080/0/x, true",
            "http://127.0.0.1:8080/0/x, false",
            "http://localhost:8081/0/x, false",
            "https://localhost:8080/0/x, false"})
    void theApiOriginAndOnlyIt(String target, boolean allowed) {
        assertEquals(allowed, TokenPolicy.ARTIFACT_HOSTS.allows(URI.create(target), LOCAL_API), target);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://x.circle-artifacts.com/0/x", "https://circleci.com/api/v1.1/x", "http://localhost:8080/x"})
    void neverMeansNever(String target) {
        assertFalse(TokenPolicy.NEVER.allows(URI.create(target), API));
        assertFalse(TokenPolicy.NEVER.allows(URI.create(target), LOCAL_API));
    }

    @org.junit.jupiter.api.Test
    void aRedirectToAnotherHostNeverCarriesTheTokenEvenToAnAllowedOne() {
        URI first = URI.create("https://41-1234-gh.circle-artifacts.com/0/report.html");

        assertEquals(true, TokenPolicy.ARTIFACT_HOSTS.allows(first, first, API));
        assertEquals(true, TokenPolicy.ARTIFACT_HOSTS.allows(first, URI.create("https://41-1234-gh.circle-artifacts.com/0/x"), API));
        assertEquals(false, TokenPolicy.ARTIFACT_HOSTS.allows(first, URI.create("https://other.circle-artifacts.com/0/x"), API));
        assertEquals(false, TokenPolicy.ARTIFACT_HOSTS.allows(first, URI.create("https://storage.example/x"), API));
    }
}

package dev.circleview.e2e;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.circleview.testing.TestContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.nio.file.StandardCopyOption;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.circleview.e2e.E2e.FIRST_PAGE;
import static dev.circleview.e2e.E2e.JSON;
import static dev.circleview.e2e.E2e.SLUG;
import static dev.circleview.e2e.E2e.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HTTPS to a server whose certificate only a private CA vouches for: {@code --cacert} (or
 * {@code CIRCLE_VIEW_CACERT}) makes it work, and without it the TLS failure is one clear line. The
 * server uses the throwaway key pair bundled for the start-up training run (a certificate for 127.0.0.1).
 */
class CaCertE2eTest {
    private static final String RESOURCES = "/dev/circleview/startup/";
    private static Path keystore;
    private static Path ca;

    @TempDir
    static Path files;

    @TempDir
    Path dir;

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().dynamicHttpsPort().bindAddress("127.0.0.1")
                    .keystorePath(copy("training.p12").toString()).keystoreType("PKCS12")
                    .keystorePassword("training-only").keyManagerPassword("training-only"))
            .failOnUnmatchedRequests(true).build();

    private static Path copy(String name) {
        try (InputStream in = CaCertE2eTest.class.getResourceAsStream(RESOURCES + name)) {
            Path target = Files.createTempFile("circle-view-test-", "-" + name);
            target.toFile().deleteOnExit();
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeAll
    static void certificate() {
        ca = copy("training-ca.pem");
    }

    private TestContext context() {
        return new TestContext(dir).env("CIRCLE_VIEW_API_URL", "https://127.0.0.1:" + wm.getHttpsPort() + "/api/v1.1")
                .env("CIRCLECI_AUTH_TOKEN", TOKEN);
    }

    @Test
    void theExtraAuthorityIsTrusted() {
        wm.stubFor(get(urlEqualTo(FIRST_PAGE)).willReturn(okForContentType(JSON, "[{\"build_num\": 3, \"status\": \"success\"}]")));

        TestContext.Result flag = context().run("builds", "-p", SLUG, "--cacert", ca.toString());
        TestContext.Result env = context().env("CIRCLE_VIEW_CACERT", ca.toString()).run("builds", "-p", SLUG);

        assertEquals(0, flag.exitCode(), flag::toString);
        assertTrue(flag.stdout().startsWith("success\t3\t"), flag::toString);
        assertEquals(0, env.exitCode(), env::toString);
        wm.verify(2, getRequestedFor(urlEqualTo(FIRST_PAGE)).withHeader("Circle-Token", equalTo(TOKEN)));
    }

    @Test
    void theConfigFilesCacertIsTrustedToo() throws IOException {
        wm.stubFor(get(urlEqualTo(FIRST_PAGE)).willReturn(okForContentType(JSON, "[{\"build_num\": 3, \"status\": \"success\"}]")));
        Files.copy(ca, dir.resolve("corp-ca.pem"));
        Path config = E2e.config(dir, "target: https://127.0.0.1:" + wm.getHttpsPort() + "/api/v1.1\ncacert: corp-ca.pem\n",
                "rw-------");

        TestContext.Result r = new TestContext(dir).env("CIRCLECI_AUTH_TOKEN", TOKEN).run("builds", "-p", SLUG,
                "--config", config.toString());

        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.stdout().startsWith("success\t3\t"), r::toString);
    }

    /** A retry cannot fix a certificate: one attempt, whatever --retries says, and the set-up's exit code with the fix. */
    @Test
    void withoutItTheTlsFailureIsOneLineWithTheFixAndNoRetry() {
        TestContext context = context();
        TestContext.Result r = context.run("builds", "-p", SLUG, "--retries", "3");

        E2e.assertOneErrorLine(r, 3);
        assertTrue(r.stderr().contains("cannot reach CircleCI at 127.0.0.1: TLS failed (the server's certificate is not signed by "
                + "an authority this machine trusts); if a private CA or a proxy signs it, trust its certificate with --cacert FILE "
                + "or cacert in the config file"), r::toString);
        assertEquals(List.of(), context.sleeps(), "no wait for a retry");
    }

    @Test
    void theExtraAuthorityDoesNotExcuseAWrongHostName() {
        TestContext.Result r = new TestContext(dir).env("CIRCLE_VIEW_API_URL", "https://localhost:" + wm.getHttpsPort() + "/api/v1.1")
                .env("CIRCLECI_AUTH_TOKEN", TOKEN).run("builds", "-p", SLUG, "--cacert", ca.toString(), "--retries", "0");

        E2e.assertOneErrorLine(r, 3);
        assertTrue(r.stderr().contains("cannot reach CircleCI at localhost: TLS failed (the server's certificate is for another host name); "
                + "use the host name that the certificate names"), r::toString);
    }

    @Test
    void aFileThatIsNotACertificateIsAUsageError() throws IOException {
        Path notPem = Files.writeString(dir.resolve("ca.pem"), "not a certificate\n");

        TestContext.Result r = context().run("builds", "-p", SLUG, "--cacert", notPem.toString());

        E2e.assertOneErrorLine(r, 2);
        assertTrue(r.stderr().contains("--cacert " + notPem), r::toString);
    }
}

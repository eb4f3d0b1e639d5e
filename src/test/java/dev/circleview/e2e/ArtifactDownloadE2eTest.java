package dev.circleview.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.circleview.testing.TestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.circleview.e2e.E2e.JSON;
import static dev.circleview.e2e.E2e.SLUG;
import static dev.circleview.e2e.E2e.TOKEN;
import static dev.circleview.e2e.E2e.assertOneErrorLine;
import static dev.circleview.e2e.ArtifactsE2eTest.ARTIFACTS_PATH;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code circle-view artifacts NUMBER --download DIR}: files land in DIR/container/path with their
 * bytes, nothing is ever written outside DIR, existing files are kept without --force, and the token
 * goes to the API's own origin (standing in for CircleCI's artifact hosts) but never to another host,
 * not even through a redirect. {@code wm} serves the API (http://localhost:port) and the artifacts on
 * its origin; {@code other} is another origin (http://127.0.0.1:port).
 */
class ArtifactDownloadE2eTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @RegisterExtension
    static WireMockExtension wm = E2e.server();

    @RegisterExtension
    static WireMockExtension other = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .failOnUnmatchedRequests(true)
            .build();

    @TempDir
    Path temp;

    /** Where DIR lives: its parent, listed to show nothing was written beside it. */
    private Path parent() {
        return temp.resolve("work");
    }

    private Path out() {
        return parent().resolve("out");
    }

    private static String onApiOrigin(String path) {
        return "http://localhost:" + wm.getPort() + path;
    }

    private static String onOtherOrigin(String path) {
        return "http://127.0.0.1:" + other.getPort() + path;
    }

    /** The artifacts answer: triples of container, path and address. */
    private static void artifacts(Object... fields) {
        ArrayNode array = MAPPER.createArrayNode();
        for (int i = 0; i < fields.length; i += 3) {
            array.addObject().put("path", (String) fields[i + 1]).put("pretty_path", (String) fields[i + 1])
                    .put("node_index", (Integer) fields[i]).put("url", (String) fields[i + 2]);
        }
        wm.stubFor(get(urlEqualTo(ARTIFACTS_PATH)).willReturn(okForContentType(JSON, array.toString())));
    }

    private static void serve(WireMockExtension server, String path, byte[] body) {
        server.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/octet-stream").withBody(body)));
    }

    private TestContext.Result download(String... extra) throws IOException {
        Files.createDirectories(parent());
        List<String> args = new ArrayList<>(List.of("artifacts", "123", "-p", SLUG, "--download", "work/out"));
        args.addAll(List.of(extra));
        return E2e.context(wm, temp).run(args.toArray(String[]::new));
    }

    /** Every file and folder under {@code root}, relative, sorted; links are listed, not followed. */
    private static List<String> tree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> !p.equals(root)).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    private static byte[] bytes(int n, int seed) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * 31 + seed);
        }
        return b;
    }

    @Test
    void filesLandInDirContainerPathWithTheirBytes() throws Exception {
        byte[] xml = "<testsuite tests=\"3\"/>\n".getBytes(StandardCharsets.UTF_8);
        byte[] png = bytes(300_000, 7);
        List<Object> fields = new ArrayList<>(List.of(
                0, "test-results/junit.xml", onApiOrigin("/0/test-results/junit.xml"),
                1, "screens/login failed.png", onApiOrigin("/1/screens/login%20failed.png"),
                0, "./coverage//index.html", onApiOrigin("/0/coverage/index.html")));
        serve(wm, "/0/test-results/junit.xml", xml);
        serve(wm, "/1/screens/login%20failed.png", png);
        serve(wm, "/0/coverage/index.html", "<html/>".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 8; i++) {
            fields.addAll(List.of(2, "many/file-" + i + ".bin", onApiOrigin("/2/many/file-" + i + ".bin")));
            serve(wm, "/2/many/file-" + i + ".bin", bytes(10_000 + i, i));
        }
        artifacts(fields.toArray());

        TestContext.Result r = download();

        assertEquals(0, r.exitCode(), r::toString);
        assertArrayEquals(xml, Files.readAllBytes(out().resolve("0/test-results/junit.xml")));
        assertArrayEquals(png, Files.readAllBytes(out().resolve("1/screens/login failed.png")));
        assertEquals("<html/>", Files.readString(out().resolve("0/coverage/index.html")));
        for (int i = 0; i < 8; i++) {
            assertArrayEquals(bytes(10_000 + i, i), Files.readAllBytes(out().resolve("2/many/file-" + i + ".bin")), "file " + i);
        }
        assertEquals("work/out/0/test-results/junit.xml", r.stdoutLines().get(0), "saved files, in the artifacts' order");
        assertEquals("work/out/1/screens/login failed.png", r.stdoutLines().get(1));
        assertEquals("work/out/0/coverage/index.html", r.stdoutLines().get(2));
        assertEquals(11, r.stdoutLines().size(), r::toString);
        assertTrue(r.stderr().startsWith("Saved 11 artifacts ("), r::toString);
        assertTrue(tree(out()).stream().noneMatch(p -> p.endsWith(".part")), () -> "temporary files left: " + r);
        assertEquals(List.of("out"), tree(parent()).stream().filter(p -> !p.contains("/")).toList());
    }

    /**
     * A 1.0 build's artifacts, as CircleCI lists them: an absolute path under the build's artifacts
     * folder, and a pretty_path under $CIRCLE_ARTIFACTS. They are saved by their path under that
     * folder, per container, and are not refused as absolute; the listing shows them so too.
     */
    @Test
    void aOneDotZeroBuildsAbsolutePathsAreSavedRelativeToTheArtifactsFolder() throws Exception {
        ArrayNode array = MAPPER.createArrayNode();
        array.addObject().put("path", "/tmp/circle-artifacts.Xb3kQ2t/coverage/index.html")
                .put("pretty_path", "$CIRCLE_ARTIFACTS/coverage/index.html").put("node_index", 0)
                .put("url", onApiOrigin("/0/tmp/circle-artifacts.Xb3kQ2t/coverage/index.html"));
        array.addObject().put("path", "/tmp/circle-artifacts.Lq0p9Zz/screens/home.png")
                .put("pretty_path", "$CIRCLE_ARTIFACTS/screens/home.png").put("node_index", 1)
                .put("url", onApiOrigin("/1/tmp/circle-artifacts.Lq0p9Zz/screens/home.png"));
        wm.stubFor(get(urlEqualTo(ARTIFACTS_PATH)).willReturn(okForContentType(JSON, array.toString())));
        serve(wm, "/0/tmp/circle-artifacts.Xb3kQ2t/coverage/index.html", "<html/>".getBytes(StandardCharsets.UTF_8));
        serve(wm, "/1/tmp/circle-artifacts.Lq0p9Zz/screens/home.png", bytes(1000, 3));

        TestContext.Result r = download();
        TestContext.Result listed = E2e.context(wm, temp).run("artifacts", "123", "-p", SLUG);

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("<html/>", Files.readString(out().resolve("0/coverage/index.html")));
        assertArrayEquals(bytes(1000, 3), Files.readAllBytes(out().resolve("1/screens/home.png")));
        assertEquals(List.of("work/out/0/coverage/index.html", "work/out/1/screens/home.png"), r.stdoutLines());
        assertTrue(listed.stdout().startsWith("0\tcoverage/index.html\t"), listed::toString);
    }

    @Test
    void theTokenGoesToTheApiOriginAndNotToAnotherHost() throws Exception {
        artifacts(0, "ours.txt", onApiOrigin("/0/ours.txt"), 0, "theirs.txt", onOtherOrigin("/0/theirs.txt"));
        serve(wm, "/0/ours.txt", "ours".getBytes(StandardCharsets.UTF_8));
        serve(other, "/0/theirs.txt", "theirs".getBytes(StandardCharsets.UTF_8));

        TestContext.Result r = download();

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("ours", Files.readString(out().resolve("0/ours.txt")));
        assertEquals("theirs", Files.readString(out().resolve("0/theirs.txt")));
        wm.verify(1, getRequestedFor(urlEqualTo("/0/ours.txt")).withHeader("Circle-Token", equalTo(TOKEN)));
        other.verify(1, getRequestedFor(urlEqualTo("/0/theirs.txt")).withHeader("Circle-Token", absent()));
        assertNoTokenAnywhere(other);
    }

    @Test
    void aRedirectFromAnAllowedHostToAnotherDoesNotCarryTheToken() throws Exception {
        artifacts(0, "report.html", onApiOrigin("/0/report.html"));
        wm.stubFor(get(urlEqualTo("/0/report.html")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", onOtherOrigin("/bucket/report.html?X-Amz-Signature=abc"))));
        serve(other, "/bucket/report.html", "signed".getBytes(StandardCharsets.UTF_8));

        TestContext.Result r = download();

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("signed", Files.readString(out().resolve("0/report.html")));
        wm.verify(1, getRequestedFor(urlEqualTo("/0/report.html")).withHeader("Circle-Token", equalTo(TOKEN)));
        other.verify(1, getRequestedFor(urlPathEqualTo("/bucket/report.html")).withHeader("Circle-Token", absent()));
        assertNoTokenAnywhere(other);
    }

    private static void assertNoTokenAnywhere(WireMockExtension server) {
        server.getAllServeEvents().forEach(e -> {
            assertFalse(e.getRequest().containsHeader("Circle-Token"), "token sent to " + e.getRequest().getAbsoluteUrl());
            assertFalse(e.getRequest().getUrl().contains(TOKEN), "token in " + e.getRequest().getUrl());
            assertFalse(e.getRequest().getHeaders().all().toString().contains(TOKEN), "token in the headers");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/x", "/abs/path", "a/../../x", "..", "a/..", "./../x", "../out2/x", "x/", "",
            "a\\..\\..\\x", "a/\u001b]0;x\u0007/y"})
    void aPathThatWouldLeaveDirIsSkippedWithALineAndTheOthersAreSaved(String path) throws Exception {
        artifacts(0, "fine.txt", onApiOrigin("/0/fine.txt"), 0, path, onApiOrigin("/0/evil"));
        serve(wm, "/0/fine.txt", "fine\n".getBytes(StandardCharsets.UTF_8));

        TestContext.Result r = download("--force");

        assertEquals(1, r.exitCode(), "skipped artifacts make the exit non-zero: " + r);
        assertEquals("work/out/0/fine.txt\n", r.stdout());
        List<String> err = r.stderrLines();
        assertEquals(2, err.size(), r::toString);
        assertTrue(err.get(0).startsWith("circle-view: skipped artifact \"") && !err.get(0).contains("\u001b"), r::toString);
        assertTrue(err.get(1).startsWith("Saved 1 artifact (5 bytes) in work/out; skipped 1 that could not be saved safely"), r::toString);
        assertEquals("fine\n", Files.readString(out().resolve("0/fine.txt")));
        assertEquals(List.of("0", "0/fine.txt"), tree(out()), "nothing else in DIR");
        assertEquals(List.of("out"), tree(parent()).stream().filter(p -> !p.contains("/")).toList(), "nothing beside DIR");
        wm.verify(0, getRequestedFor(urlEqualTo("/0/evil")));
    }

    @Test
    void whenNothingCanBeSavedNoEmptyFolderIsLeft() throws Exception {
        artifacts(0, "../escape.txt", onApiOrigin("/0/evil"));

        TestContext.Result r = download();

        assertEquals(1, r.exitCode(), r::toString);
        assertEquals(List.of(), tree(parent()), "DIR was not left behind, empty");
    }

    @Test
    void patternPicksTheArtifactsToSave() throws Exception {
        artifacts(0, "test-results/junit.xml", onApiOrigin("/0/junit.xml"), 0, "coverage/index.html", onApiOrigin("/0/index.html"),
                1, "coverage/lcov/report.info", onApiOrigin("/1/report.info"));
        serve(wm, "/0/index.html", "<html/>".getBytes(StandardCharsets.UTF_8));
        serve(wm, "/1/report.info", "TN:".getBytes(StandardCharsets.UTF_8));

        TestContext.Result r = download("--pattern", "coverage/**", "--pattern", "*.none");

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(List.of("work/out/0/coverage/index.html", "work/out/1/coverage/lcov/report.info"), r.stdoutLines());
        wm.verify(0, getRequestedFor(urlEqualTo("/0/junit.xml")));
    }

    @Test
    void aSymbolicLinkLeadingOutOfDirIsNotFollowed() throws Exception {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.createDirectories(out().resolve("0"));
        Files.createSymbolicLink(out().resolve("0/escape"), outside);
        Files.createSymbolicLink(out().resolve("1"), outside);
        artifacts(0, "escape/x.txt", onApiOrigin("/0/x.txt"));

        TestContext.Result r = download();
        artifacts(1, "x.txt", onApiOrigin("/1/x.txt"));
        TestContext.Result container = download();

        assertOneErrorLine(r, 1);
        assertTrue(r.stderr().contains("symbolic link"), r::toString);
        assertOneErrorLine(container, 1);
        assertEquals(List.of(), tree(outside));
        assertEquals(List.of("out", "out/0", "out/0/escape", "out/1"), tree(parent()));
        wm.verify(2, getRequestedFor(urlMatching(".*")));
    }

    @Test
    void aSymbolicLinkWithinDirIsFollowed() throws Exception {
        Files.createDirectories(out().resolve("0/real"));
        Files.createSymbolicLink(out().resolve("0/link"), out().resolve("0/real"));
        artifacts(0, "link/x.txt", onApiOrigin("/0/x.txt"));
        serve(wm, "/0/x.txt", "inside".getBytes(StandardCharsets.UTF_8));

        TestContext.Result r = download();

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("inside", Files.readString(out().resolve("0/real/x.txt")));
    }

    @Test
    void anExistingSymbolicLinkAtTheTargetIsNeverWrittenThrough() throws Exception {
        Path secret = Files.createDirectories(temp.resolve("outside")).resolve("secret.txt");
        Files.writeString(secret, "keep");
        Files.createDirectories(out().resolve("0"));
        Files.createSymbolicLink(out().resolve("0/x.txt"), secret);
        Files.createSymbolicLink(out().resolve("0/dangling.txt"), temp.resolve("outside/new.txt"));
        artifacts(0, "x.txt", onApiOrigin("/0/x.txt"), 0, "dangling.txt", onApiOrigin("/0/dangling.txt"));

        TestContext.Result plain = download();
        TestContext.Result forced = download("--force");

        for (TestContext.Result r : List.of(plain, forced)) {
            assertEquals(1, r.exitCode(), r::toString);
            assertEquals("", r.stdout(), "nothing saved");
            assertEquals(2, r.stderrLines().stream().filter(l -> l.contains("a symbolic link is there; not writing through it")).count(),
                    r::toString);
        }
        assertEquals("keep", Files.readString(secret));
        assertTrue(Files.isSymbolicLink(out().resolve("0/x.txt")));
        assertEquals(List.of("secret.txt"), tree(temp.resolve("outside")));
        wm.verify(2, getRequestedFor(urlMatching(".*")));
    }

    @Test
    void anExistingFileIsKeptWithoutForceAndReplacedWithIt() throws Exception {
        Files.createDirectories(out().resolve("0"));
        Files.writeString(out().resolve("0/x.txt"), "old");
        artifacts(0, "x.txt", onApiOrigin("/0/x.txt"));
        serve(wm, "/0/x.txt", "new".getBytes(StandardCharsets.UTF_8));

        TestContext.Result kept = download();

        assertOneErrorLine(kept, 1);
        assertTrue(kept.stderr().contains("work/out/0/x.txt already exists; nothing was downloaded; pass --force"), kept::toString);
        assertEquals("old", Files.readString(out().resolve("0/x.txt")));
        wm.verify(0, getRequestedFor(urlEqualTo("/0/x.txt")));

        TestContext.Result replaced = download("--force");

        assertEquals(0, replaced.exitCode(), replaced::toString);
        assertEquals("new", Files.readString(out().resolve("0/x.txt")));
        assertEquals(List.of("0", "0/x.txt"), tree(out()));
    }

    @Test
    void aDownloadCutShortLeavesNoPartialFile() throws Exception {
        artifacts(0, "big.bin", onApiOrigin("/0/big.bin"), 0, "also.bin", onApiOrigin("/0/also.bin"));
        wm.stubFor(get(urlEqualTo("/0/big.bin")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Length", "5000000").withBody(bytes(200_000, 1))));
        serve(wm, "/0/also.bin", bytes(1000, 2));

        TestContext.Result r = download();

        assertOneErrorLine(r, 9);
        assertTrue(r.stderr().contains("artifact \"big.bin\""), r::toString);
        assertFalse(Files.exists(out().resolve("0/big.bin")));
        List<String> left = tree(out());
        assertTrue(left.stream().noneMatch(p -> p.endsWith(".part")), left::toString);
    }

    @Test
    void aServerErrorOnEveryTryLeavesNoPartialFile() throws Exception {
        artifacts(0, "x.bin", onApiOrigin("/0/x.bin"));
        wm.stubFor(get(urlEqualTo("/0/x.bin")).willReturn(aResponse().withStatus(503)));

        TestContext.Result r = download("--retries", "1");

        assertOneErrorLine(r, 9);
        assertEquals(List.of("0"), tree(out()));
        wm.verify(2, getRequestedFor(urlEqualTo("/0/x.bin")));
    }

    @Test
    void aMissingArtifactIsExit5() throws Exception {
        artifacts(0, "gone.txt", onOtherOrigin("/0/gone.txt"));
        other.stubFor(get(urlEqualTo("/0/gone.txt")).willReturn(aResponse().withStatus(404).withBody("<Error/>")));

        TestContext.Result r = download();

        assertOneErrorLine(r, 5);
        assertEquals(List.of("0"), tree(out()));
    }

    @Test
    void aDirThatIsAFileIsAUsageError() throws Exception {
        Files.createDirectories(parent());
        Files.writeString(out(), "a file");
        artifacts(0, "x.txt", onApiOrigin("/0/x.txt"));

        TestContext.Result r = download();

        assertOneErrorLine(r, 2);
        assertEquals("a file", Files.readString(out()));
    }

    /** --timeout bounds a stall (no bytes for that long), not a download that keeps moving, however long it takes. */
    @Test
    void aDownloadThatStallsEndsWithinTheTimeoutAndOneThatMovesIsNotCut() throws Exception {
        byte[] body = bytes(64_000, 5);
        artifacts(0, "slow.bin", onApiOrigin("/0/slow.bin"), 0, "stalled.bin", onApiOrigin("/0/stalled.bin"));
        // 16 pieces over 3.2 s: never 2 s without bytes, though longer than --timeout in all
        wm.stubFor(get(urlPathEqualTo("/0/slow.bin")).willReturn(aResponse().withStatus(200).withBody(body)
                .withChunkedDribbleDelay(16, 3200)));
        // 2 pieces 8 s apart: a stall
        wm.stubFor(get(urlPathEqualTo("/0/stalled.bin")).willReturn(aResponse().withStatus(200).withBody(body)
                .withChunkedDribbleDelay(2, 8000)).withMetadata(java.util.Map.of(dev.circleview.testing.StrictWireMock.OPTIONAL, true)));

        long start = System.nanoTime();
        TestContext.Result r = assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> download("--timeout", "2", "--retries", "0", "--pattern", "stalled.bin"));
        long stalledMs = (System.nanoTime() - start) / 1_000_000;
        TestContext.Result moving = assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> download("--timeout", "2", "--retries", "0", "--pattern", "slow.bin", "--force"));

        assertEquals(9, r.exitCode(), r::toString);
        assertTrue(r.stderr().contains(" within 2 s") && r.stderr().contains("--timeout"), r::toString);
        assertTrue(stalledMs < 8000, "ended by the stall's limit, not by the server: " + stalledMs + " ms");
        assertEquals(0, moving.exitCode(), moving::toString);
        assertArrayEquals(body, Files.readAllBytes(out().resolve("0/slow.bin")));
    }

    /** On a terminal, stderr says how far the download has come, in one line redrawn in place and erased at the end; piped, nothing. */
    @Test
    void progressOnATerminalOnly() throws Exception {
        artifacts(0, "a.bin", onApiOrigin("/0/a.bin"), 0, "b.bin", onApiOrigin("/0/b.bin"));
        serve(wm, "/0/a.bin", bytes(600_000, 1));
        serve(wm, "/0/b.bin", bytes(600_000, 2));
        Files.createDirectories(parent());

        TestContext.Result terminal = E2e.context(wm, temp).terminal(true, false, 80)
                .run("artifacts", "123", "-p", SLUG, "--download", "work/out");
        TestContext.Result piped = download("--force");

        assertEquals(0, terminal.exitCode(), terminal::toString);
        assertTrue(terminal.stderr().contains("\r\u001b[2KDownloading artifacts: 2 of 2 saved (1.2 MB)\r\u001b[2K"), terminal::toString);
        assertFalse(piped.stderr().contains("Downloading"), piped::toString);
    }
}

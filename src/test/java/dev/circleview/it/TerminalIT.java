package dev.circleview.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.circleview.term.DisplayWidth;
import dev.circleview.testing.Tools;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The installed launcher on real terminals: tmux panes of 60 and 120 columns (a private tmux server,
 * killed after each test), against WireMock. Each run is a small script in the pane that waits for
 * the go-ahead, runs circle-view, and prints a marker with its exit code and whether the terminal's
 * modes are as they were ({@code stty -g}); the test reads the screen back, and the raw bytes the pane
 * received ({@code pipe-pane}), which still hold the hyperlinks tmux itself does not show.
 */
class TerminalIT {
    private static final String TOKEN = "ccipat_terminal0123456789abcdef0123456789abcdef";
    private static final String PAGE = "/api/v1.1/project/github/acme/svc?limit=30&offset=0";
    private static final String BUILD = "/api/v1.1/project/github/acme/svc/123";
    private static final String MARKER = "__EXIT__";
    private static final AtomicInteger SERVERS = new AtomicInteger();

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .failOnUnmatchedRequests(true)
            .build();

    @TempDir
    Path dir;

    private static Path launcher;
    private Tmux tmux;
    private int runs;

    @BeforeAll
    static void findLauncher() {
        Tools.require("tmux");
        String path = System.getProperty("circleview.launcher");
        assertTrue(path != null && !path.isBlank(), "system property circleview.launcher is not set");
        launcher = Path.of(path).toAbsolutePath();
        assertTrue(Files.isExecutable(launcher), "not an executable file: " + launcher);
    }

    @BeforeEach
    void startTmux() {
        Map<String, String> env = new HashMap<>();
        for (String name : List.of("PATH", "HOME", "JAVA_HOME", "LANG", "LC_ALL", "TMPDIR")) {
            String value = System.getenv(name);
            if (value != null) {
                env.put(name, value);
            }
        }
        env.putIfAbsent("LANG", "C.UTF-8");
        tmux = new Tmux("circle-view-it-" + ProcessHandle.current().pid() + "-" + SERVERS.incrementAndGet(), env);
    }

    @AfterEach
    void killTmux() {
        tmux.close();
    }

    /** What one run left: the screen (wrapped lines joined, and with colours), the raw bytes, the marker's line. */
    private record Run(String screen, String colours, String raw, String marker) {
        /** The screen's lines above the marker. */
        List<String> output() {
            List<String> lines = new ArrayList<>();
            for (String line : screen.split("\n", -1)) {
                if (line.startsWith(MARKER)) {
                    break;
                }
                lines.add(line);
            }
            return lines;
        }

        @Override
        public String toString() {
            return marker + "\n--- screen\n" + screen;
        }
    }

    /** The shell text of a run: circle-view with {@code args} in {@code env}, {@code | cat} when {@code piped}. */
    private String script(String name, Map<String, String> env, boolean piped, String... args) throws IOException {
        StringBuilder sh = new StringBuilder("#!/bin/sh\ntrap : INT\n");
        sh.append("unset CI CIRCLECI NO_COLOR CLICOLOR CLICOLOR_FORCE PAGER LESS LV CIRCLE_VIEW_PAGER CIRCLE_VIEW_NO_HYPERLINKS\n");
        sh.append("while [ ! -e ").append(quote(dir.resolve(name + ".go").toString())).append(" ]; do sleep 0.05; done\n");
        sh.append("export CIRCLE_VIEW_API_URL=").append(quote("http://localhost:" + wm.getPort() + "/api/v1.1")).append('\n');
        sh.append("export CIRCLECI_AUTH_TOKEN=").append(quote(TOKEN)).append('\n');
        env.forEach((k, v) -> sh.append("export ").append(k).append('=').append(quote(v)).append('\n'));
        sh.append("before=$(stty -g)\n").append(quote(launcher.toString()));
        for (String arg : args) {
            sh.append(' ').append(quote(arg));
        }
        sh.append(piped ? " | cat\n" : "\n");
        sh.append("code=$?\n[ \"$before\" = \"$(stty -g)\" ] && modes=sane || modes=changed\n");
        sh.append("printf '").append(MARKER).append("%s %s\\n' \"$code\" \"$modes\"\nexec sleep 600\n");
        Path file = dir.resolve(name + ".sh");
        Files.writeString(file, sh.toString());
        return "sh " + quote(file.toString());
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    /** Starts a run in a pane {@code width} columns wide, with the pane's bytes kept; returns the session's name. */
    private String start(int width, int height, Map<String, String> env, boolean piped, String... args) throws IOException {
        String name = "run" + (++runs);
        tmux.start(name, width, height, script(name, env, piped, args));
        tmux.tmux("pipe-pane", "-o", "-t", name, "cat > " + quote(dir.resolve(name + ".raw").toString()));
        Files.createFile(dir.resolve(name + ".go"));
        return name;
    }

    /** Waits for the run's marker and reads back what it left. */
    private Run finish(String name) throws Exception {
        String screen = tmux.waitFor(name, "the end of the run", s -> s.contains(MARKER));
        Path raw = dir.resolve(name + ".raw");
        tmux.waitFor(name, "the pane's bytes", s -> read(raw).contains(MARKER));
        String marker = screen.lines().filter(l -> l.startsWith(MARKER)).findFirst().orElseThrow();
        return new Run(screen, tmux.screen(name, true, false), read(raw), marker);
    }

    private Run run(int width, Map<String, String> env, boolean piped, String... args) throws Exception {
        return finish(start(width, 40, env, piped, args));
    }

    private static String read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static void stubBuilds(int delayMs) throws IOException {
        try (InputStream in = TerminalIT.class.getResourceAsStream("/api/builds-30.json")) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            wm.stubFor(get(urlEqualTo(PAGE)).willReturn(aResponse().withStatus(200).withFixedDelay(delayMs)
                    .withHeader("Content-Type", "application/json").withBody(body)));
        }
    }

    @ParameterizedTest(name = "{0} columns")
    @ValueSource(ints = {60, 120})
    void theTableFitsTheTerminalInColourAndItsLinksTakeNoRoom(int width) throws Exception {
        stubBuilds(0);

        Run linked = run(width, Map.of(), false, "builds", "-p", "github/acme/svc");
        Run unlinked = run(width, Map.of(), false, "builds", "-p", "github/acme/svc", "--no-hyperlinks");

        assertEquals(MARKER + "0 sane", linked.marker(), linked::toString);
        List<String> lines = linked.output();
        assertEquals(31, lines.size(), () -> "a header and 30 rows, none wrapped: " + linked);
        assertTrue(lines.get(0).startsWith("STATUS"), linked::toString);
        for (String line : lines) {
            assertTrue(DisplayWidth.of(line) <= width, () -> "wider than " + width + ": " + line);
        }
        assertTrue(linked.colours().contains("\u001b["), "colour on the terminal");
        assertTrue(linked.raw().contains("\u001b]8;;https://circleci.com/gh/acme/svc/1230\u001b\\1230\u001b]8;;\u001b\\"),
                "the number is linked in what the terminal received");
        assertEquals(linked.output(), unlinked.output(), "links change nothing on screen");
        assertFalse(unlinked.raw().contains("\u001b]8;"), "--no-hyperlinks");
    }

    @Test
    void pipedThroughCatThereIsNoEscapeCode() throws Exception {
        stubBuilds(0);

        Run r = run(120, Map.of(), true, "builds", "-p", "github/acme/svc");

        assertEquals(MARKER + "0 sane", r.marker(), r::toString);
        assertEquals(30, r.output().size(), r::toString);
        assertTrue(r.output().get(0).startsWith("success"), "the piped layout: " + r);
        assertFalse(r.raw().contains("\u001b"), "no escape code of any kind");
        assertFalse(r.colours().contains("\u001b"), "no colour on screen");
    }

    @Test
    void theSpinnerTurnsWhileCircleCiIsSlowAndLeavesNothingBehind() throws Exception {
        stubBuilds(5_000);

        String name = start(120, 40, Map.of(), false, "builds", "-p", "github/acme/svc");
        tmux.waitFor(name, "the spinner", s -> s.contains("waiting for CircleCI"));
        Run r = finish(name);

        assertEquals(MARKER + "0 sane", r.marker(), r::toString);
        assertTrue(r.output().get(0).startsWith("STATUS"), () -> "the table starts on the spinner's line: " + r);
        assertFalse(r.screen().contains("waiting for CircleCI"), r::toString);
        assertEquals(31, r.output().size(), r::toString);
    }

    @Test
    void ctrlCWhileTheSpinnerTurnsLeavesACleanLine() throws Exception {
        stubBuilds(30_000);

        String name = start(80, 20, Map.of(), false, "builds", "-p", "github/acme/svc");
        tmux.waitFor(name, "the spinner", s -> s.contains("waiting for CircleCI"));
        tmux.keys(name, "C-c");
        Run r = finish(name);

        assertEquals(MARKER + "130 sane", r.marker(), r::toString);
        assertFalse(r.screen().contains("waiting for CircleCI"), r::toString);
        assertTrue(r.output().stream().allMatch(String::isBlank), () -> "nothing left above the marker: " + r);
    }

    @Test
    void thePagerRunsOnATerminalAndNeverInAPipe() throws Exception {
        stubBuilds(0);
        Path paged = dir.resolve("paged.txt");
        Path unused = dir.resolve("unused.txt");

        Run tty = run(100, Map.of("CIRCLE_VIEW_PAGER", "cat > " + quote(paged.toString())), false, "builds", "-p", "github/acme/svc");
        Run piped = run(100, Map.of("CIRCLE_VIEW_PAGER", "cat > " + quote(unused.toString())), true, "builds", "-p", "github/acme/svc");

        assertEquals(MARKER + "0 sane", tty.marker(), tty::toString);
        assertEquals(31, Files.readString(paged).split("\n").length, "the table went to the pager");
        assertTrue(Files.readString(paged).contains("\u001b[1mSTATUS"), "in colour: decided by the real terminal");
        assertTrue(tty.output().stream().allMatch(String::isBlank), () -> "nothing straight to the screen: " + tty);
        assertEquals(MARKER + "0 sane", piped.marker(), piped::toString);
        assertFalse(Files.exists(unused), "no pager into a pipe");
        assertEquals(30, piped.output().size(), piped::toString);
    }

    @Test
    void lessPagesALongLogAndQuittingItEndsTheRunWithTheTerminalSane() throws Exception {
        Tools.require("less");
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode build = mapper.createObjectNode().put("build_num", 123).put("status", "success").put("lifecycle", "finished");
        build.putArray("steps").addObject().put("name", "Checkout").putArray("actions").addObject()
                .put("name", "Checkout").put("step", 0).put("index", 0).put("status", "success").put("has_output", true)
                .put("output_url", "http://127.0.0.1:" + wm.getPort() + "/output/0");
        ArrayNode log = mapper.createArrayNode();
        log.addObject().put("type", "out").put("message", "line of a long log\n".repeat(500));
        wm.stubFor(get(urlEqualTo(BUILD)).willReturn(okForContentType("application/json", build.toString())));
        wm.stubFor(get(urlPathEqualTo("/output/0")).willReturn(okForContentType("application/json", log.toString())));

        String name = start(100, 20, Map.of(), false, "build", "123", "-p", "github/acme/svc", "--log");
        String paging = tmux.waitFor(name, "the log", s -> s.contains("==> Checkout (success)") && s.contains("line of a long log"));
        assertFalse(paging.contains(MARKER), () -> "less waits for a key, so circle-view waits for it:\n" + paging);
        tmux.keys(name, "q");
        Run r = finish(name);

        assertEquals(MARKER + "0 sane", r.marker(), () -> "quitting the pager early is no failure: " + r);
    }
}

package dev.circleview.term;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link Sanitizer#text}: multi-line text such as step logs. */
class SanitizerTextTest {
    private static final String RED = "\u001b[31m";
    private static final String RESET = "\u001b[0m";

    @Test
    void newlinesAndTabsStay() {
        assertEquals("a\tb\nc\n", Sanitizer.text("a\tb\nc\n", false));
    }

    @Test
    void colourStaysOnlyWhenColourIsOn() {
        String log = RED + "FAIL" + RESET + " test\n";
        assertEquals(RED + "FAIL" + RESET + " test\n" + RESET, Sanitizer.text(log, true));
        assertEquals("FAIL test\n", Sanitizer.text(log, false));
    }

    @Test
    void extendedColourParametersCountAsColour() {
        assertEquals("\u001b[38;5;196mx" + RESET, Sanitizer.text("\u001b[38;5;196mx", true));
        assertEquals("\u001b[38:2:1:2:3mx" + RESET, Sanitizer.text("\u001b[38:2:1:2:3mx", true));
    }

    @Test
    void otherSequencesGoEvenWithColourOn() {
        String log = "\u001b]0;owned title\u0007before\u001b[2J\u001b[Hafter\u001b[?25l"
                + "\u001b]8;;https://evil.example\u001b\\link\u001b]8;;\u001b\\\n";
        assertEquals("beforeafterlink\n", Sanitizer.text(log, true));
        assertEquals("beforeafterlink\n", Sanitizer.text(log, false));
    }

    @Test
    void theEightBitCsiIsNeverColour() {
        assertEquals("x", Sanitizer.text("\u009b31mx", true));
    }

    @Test
    void aProgressLineKeepsItsFinalState() {
        assertEquals("Downloading 100%\ndone\n", Sanitizer.text("Downloading 10%\rDownloading 55%\rDownloading 100%\ndone\n", false));
    }

    @Test
    void windowsLineEndsAreNewlines() {
        assertEquals("a\nb\n", Sanitizer.text("a\r\nb\r\n", false));
    }

    @Test
    void bellBackspaceDelAndBidiOverridesGo() {
        assertEquals("abcd", Sanitizer.text("a\u0007b\bc\u007f\u202ed\u2066", false));
    }

    @Test
    void nullAndEmptyAreEmpty() {
        assertEquals("", Sanitizer.text(null, true));
        assertEquals("", Sanitizer.text("", true));
    }

    /**
     * {@code docker pull} on a terminal (as a CircleCI step runs it), written the way Docker's
     * progress display writes: a line per layer, each redrawn in place by moving up to it, erasing
     * it, writing its new state after a carriage return, and moving back down.
     */
    static String dockerPull(List<String> layers, List<String> states) {
        StringBuilder log = new StringBuilder("20: Pulling from library/node\n");
        for (String layer : layers) {
            log.append(layer).append(": Pulling fs layer \r\n");
        }
        for (String state : states) {
            for (int l = 0; l < layers.size(); l++) {
                int up = layers.size() - l;
                log.append("\u001b[").append(up).append("A\u001b[2K\r").append(layers.get(l)).append(": ").append(state)
                        .append(" \r\u001b[").append(up).append("B");
            }
        }
        return log.append("Digest: sha256:5f2a9b0c\nStatus: Downloaded newer image for node:20\n").toString();
    }

    @Test
    void dockersProgressLeavesEachLayersLastStateAsATerminalWould() {
        String log = dockerPull(List.of("a1b2c3d4e5f6", "0f1e2d3c4b5a"),
                List.of("Downloading [=>        ]  1.2MB/10MB", "Downloading [=====>    ]  5.1MB/10MB", "Extracting [==========>]  10MB/10MB",
                        "Pull complete"));

        assertEquals("20: Pulling from library/node\n"
                + "a1b2c3d4e5f6: Pull complete \n"
                + "0f1e2d3c4b5a: Pull complete \n"
                + "Digest: sha256:5f2a9b0c\nStatus: Downloaded newer image for node:20\n", Sanitizer.text(log, false));
    }

    @Test
    void aCarriageReturnFollowedOnlyByEscapesKeepsTheLine() {
        assertEquals("Step 1/3 : FROM node\nnext\n", Sanitizer.text("Step 1/3 : FROM node\r\u001b[1B\u001b[0Knext\n", false));
        assertEquals("20%\n", Sanitizer.text("10%\r15%\r20%\n", false), "a redraw still leaves its last state");
    }

    @Test
    void aMoveUpThatIsNotARedrawLeavesTheTextWhereItWas() {
        assertEquals("one\ntwo three\n", Sanitizer.text("one\ntwo\u001b[1A three\n", false));
    }

    @Test
    void linesScrolledOffTheScreenAreWrittenAndAMoveCannotReachThem() {
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < LogText.SCREEN + 10; i++) {
            log.append("line ").append(i).append('\n');
        }
        log.append("\u001b[500A\u001b[2K\rredrawn\u001b[500B");
        String text = Sanitizer.text(log.toString(), false);
        // 210 lines: the first 11 scrolled off and were written; the screen's top line, line 11, was redrawn
        assertTrue(text.startsWith("line 0\nline 1\n") && text.contains("line 10\nredrawn\nline 12\n"), text);
        assertFalse(text.contains("line 11\n"), text);
    }
}

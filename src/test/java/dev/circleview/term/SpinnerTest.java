package dev.circleview.term;

import dev.circleview.testing.ManualScheduler;
import dev.circleview.testing.Screen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The spinner on a terminal's stderr, turned by a scheduler the test drives: no waiting, no timing. */
class SpinnerTest {
    private static final Duration MS = Duration.ofMillis(1);

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final ManualScheduler clock = new ManualScheduler();
    private final Terminal term = Terminal.forTest(out, err, true, true, 80, clock);
    private final Spinner spinner = term.spinner();

    @AfterEach
    void closeTheTerminal() {
        // as every run ends: also takes back the spinner's shutdown hook
        term.close();
    }

    private static String frame(int i) {
        return "\r" + Spinner.FRAMES.charAt(i) + Spinner.LABEL;
    }

    @Test
    void aQuickRequestShowsNothing() {
        spinner.requestStarted();
        clock.advance(Spinner.DELAY.minus(MS));
        spinner.requestFinished();
        clock.advance(Duration.ofSeconds(5));

        assertEquals("", err.toString());
        assertEquals(0, clock.pending(), "nothing left to run");
    }

    @Test
    void aSlowRequestTurnsItAfterTheDelayAndErasesItWhenItEnds() {
        spinner.requestStarted();
        clock.advance(Spinner.DELAY);
        assertEquals(frame(0), err.toString());
        clock.advance(Spinner.FRAME.multipliedBy(2));
        assertEquals(frame(0) + frame(1) + frame(2), err.toString());

        spinner.requestFinished();
        assertEquals(frame(0) + frame(1) + frame(2) + Spinner.ERASE, err.toString());
        assertEquals(List.of(), Screen.lines(err.toString()), "the line is left empty");
        clock.advance(Duration.ofSeconds(5));
        assertTrue(err.toString().endsWith(Spinner.ERASE), "no frame after the end");
    }

    @Test
    void overlappingRequestsKeepItTurningUntilTheLastEnds() {
        spinner.requestStarted();
        spinner.requestStarted();
        clock.advance(Spinner.DELAY);
        spinner.requestFinished();
        clock.advance(Spinner.FRAME);
        assertEquals(frame(0) + frame(1), err.toString());
        spinner.requestFinished();
        assertTrue(err.toString().endsWith(Spinner.ERASE));
    }

    @Test
    void anErrorLineErasesItFirstAndItComesBackOnTheNextLine() {
        spinner.requestStarted();
        clock.advance(Spinner.DELAY);
        term.err().println("circle-view: CircleCI did not answer; trying again in 2 s (2 of 4)");
        assertEquals(List.of("circle-view: CircleCI did not answer; trying again in 2 s (2 of 4)"), Screen.lines(err.toString()));

        clock.advance(Spinner.FRAME);
        assertEquals(List.of("circle-view: CircleCI did not answer; trying again in 2 s (2 of 4)", frame(1).substring(1)),
                Screen.lines(err.toString()));
        spinner.requestFinished();
        assertEquals(List.of("circle-view: CircleCI did not answer; trying again in 2 s (2 of 4)"), Screen.lines(err.toString()));
    }

    @Test
    void itNeverDrawsAfterAPartLine() {
        spinner.requestStarted();
        term.err().print("Saved 3 artifacts");
        term.err().flush();
        clock.advance(Duration.ofSeconds(1));
        assertEquals("Saved 3 artifacts", err.toString(), "not drawn into the middle of a line");
        term.err().println();
        clock.advance(Spinner.FRAME);
        assertTrue(err.toString().endsWith(Spinner.LABEL), err::toString);
    }

    @Test
    void theFirstByteOfOutputStopsItForGood() {
        spinner.requestStarted();
        clock.advance(Spinner.DELAY);
        term.out().print("STATUS");
        assertEquals(frame(0) + Spinner.ERASE, err.toString(), "erased before the output");

        spinner.requestFinished();
        spinner.requestStarted();
        clock.advance(Duration.ofSeconds(5));
        spinner.requestFinished();
        assertEquals(frame(0) + Spinner.ERASE, err.toString(), "never again once output has begun");
        term.flush();
        assertEquals("STATUS", out.toString());
    }

    @Test
    void closingTheTerminalErasesIt() {
        spinner.requestStarted();
        clock.advance(Spinner.DELAY);
        term.close();
        assertEquals(frame(0) + Spinner.ERASE, err.toString());
        clock.advance(Duration.ofSeconds(5));
        assertEquals(frame(0) + Spinner.ERASE, err.toString());
    }

    @Test
    void aSpinnerNobodyStartsWritesNothing() {
        term.err().println("a note");
        term.out().println("data");
        term.close();
        assertEquals("a note\n", err.toString());
        assertEquals("data\n", out.toString());
        assertFalse(err.toString().contains("\u001b"));
    }
}

package dev.circleview.testing;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** The golden-file helper itself: it must fail when it should, and say how to fix it. */
class GoldenFileTest {

    @BeforeEach
    void notWhileUpdating() {
        assumeFalse(Boolean.getBoolean(Golden.UPDATE_PROPERTY), "the helper writes instead of comparing while updating");
    }

    @Test
    void aMissingFileFailsAndSaysHowToCreateIt() {
        assertFalse(Files.exists(Golden.file("no-such-golden-file")));
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> Golden.assertMatches("no-such-golden-file", "x\n"));
        assertTrue(e.getMessage().contains("no-such-golden-file.txt does not exist"), e.getMessage());
        assertTrue(e.getMessage().contains("-Dgolden.update=true"), e.getMessage());
        assertFalse(Files.exists(Golden.file("no-such-golden-file")));
    }

    @Test
    void aDifferenceFails() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> Golden.assertMatches("build-table-40", "something else\n"));
        assertTrue(e.getMessage().contains("build-table-40.txt"), e.getMessage());
    }

    @Test
    void sameTextPasses() throws Exception {
        Golden.assertMatches("build-table-40", Files.readString(Golden.file("build-table-40")));
    }

    @Test
    void textEndsEachLineWithANewline() {
        assertEquals("a\nb\n", Golden.text(List.of("a", "b")));
        assertEquals("", Golden.text(List.of()));
    }
}

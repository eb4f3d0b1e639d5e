package dev.circleview.testing;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A missing program skips the tests that need it, with the reason; where CI requires them all, it fails them. */
class ToolsTest {
    @Test
    void aProgramOnPathIsFound() {
        assertNotNull(Tools.find("sh"));
        assertNotNull(Tools.require("sh"));
    }

    @Test
    void aMissingProgramSkipsOrFailsAsTheEnvironmentSays() {
        boolean required = "1".equals(System.getenv(Tools.REQUIRE));
        Class<? extends Throwable> expected = required ? AssertionFailedError.class : TestAbortedException.class;
        Throwable e = assertThrows(expected, () -> Tools.require("circle-view-no-such-program"));
        assertTrue(e.getMessage().contains("circle-view-no-such-program is not installed"), e.getMessage());
    }
}

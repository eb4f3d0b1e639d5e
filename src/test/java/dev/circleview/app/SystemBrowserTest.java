package dev.circleview.app;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Which opener runs where; the address is always one argument, never shell text. */
class SystemBrowserTest {
    private static final URI PAGE = URI.create("https://circleci.com/gh/acme/svc/1?a=$(touch%20x)&b=;c");

    @Test
    void macOsUsesOpen() {
        assertEquals(List.of("open", PAGE.toString()), new SystemBrowser(Map.of(), "Mac OS X").command(PAGE));
    }

    @Test
    void linuxUsesXdgOpenWithADisplay() {
        assertEquals(List.of("xdg-open", PAGE.toString()), new SystemBrowser(Map.of("DISPLAY", ":0"), "Linux").command(PAGE));
        assertEquals(List.of("xdg-open", PAGE.toString()),
                new SystemBrowser(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux").command(PAGE));
    }

    @Test
    void withoutADisplayNothingIsStartedAndOpeningFails() {
        SystemBrowser headless = new SystemBrowser(Map.of("DISPLAY", ""), "Linux");
        assertNull(headless.command(PAGE));
        assertFalse(headless.open(PAGE));
    }
}

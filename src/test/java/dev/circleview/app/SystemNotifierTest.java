package dev.circleview.app;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SystemNotifierTest {
    @Test
    void notifySendOnlyWithADisplay() {
        assertEquals(List.of("notify-send", "circle-view", "build #42 success"),
                new SystemNotifier(Map.of("DISPLAY", ":0"), "Linux").command("circle-view", "build #42 success"));
        assertNull(new SystemNotifier(Map.of(), "Linux").command("circle-view", "build #42 success"));
    }

    @Test
    void osascriptGetsNoQuotesOrBackslashesToBreakOutOfItsString() {
        assertEquals(List.of("osascript", "-e", "display notification \"build #42 x  do shell script \" with title \"circle-view\""),
                new SystemNotifier(Map.of(), "Mac OS X").command("circle-view", "build #42 x\" & do shell script \\\"\u001b"));
    }
}

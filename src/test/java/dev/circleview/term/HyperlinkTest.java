package dev.circleview.term;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** OSC 8 links: only when enabled, and only around addresses that cannot escape the sequence. */
class HyperlinkTest {
    @Test
    void linksAPlainAddressWhenEnabled() {
        assertEquals("\u001b]8;;https://circleci.com/gh/a/b/1\u001b\\page\u001b]8;;\u001b\\",
                Hyperlink.apply("https://circleci.com/gh/a/b/1", "page", true));
        assertEquals("page", Hyperlink.apply("https://circleci.com/gh/a/b/1", "page", false));
        assertTrue(Hyperlink.isLinkable("HTTP://circleci.example:8080/x?y=1#z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "https://", "javascript:alert(1)", "file:///etc/passwd", "ftp://x/y", "circleci.com/gh/a/b",
            "https://x/\u001b\\", "https://x/\u0007", "https://x/\u009c", "https://x/ y", "https://x/\u202e",
            "https://x/é", "https://x/\n"})
    void leavesAnythingElseUnlinked(String url) {
        assertFalse(Hyperlink.isLinkable(url), url);
        assertEquals("text", Hyperlink.apply(url, "text", true));
    }

    @Test
    void theEnvironmentCanTurnLinksOff() {
        assertTrue(Hyperlink.allowed(Map.of()));
        assertTrue(Hyperlink.allowed(Map.of("TERM", "xterm-256color", Hyperlink.NO_HYPERLINKS_ENV, "")));
        assertFalse(Hyperlink.allowed(Map.of("TERM", "dumb")), "a dumb terminal would print the sequence");
        assertFalse(Hyperlink.allowed(Map.of(Hyperlink.NO_HYPERLINKS_ENV, "1")));
    }

    @Test
    void applyAtLinksAPartOfALineOnlyWhenItIsThereWhole() {
        String url = "https://circleci.com/gh/a/b/42";
        assertEquals("✓  \u001b]8;;" + url + "\u001b\\#42\u001b]8;;\u001b\\  main", Hyperlink.applyAt("✓  #42  main", 3, "#42", url, true));
        assertEquals("✓  #4…", Hyperlink.applyAt("✓  #4…", 3, "#42", url, true), "a cut number is left alone");
        assertEquals("✓  #42  main", Hyperlink.applyAt("✓  #42  main", 3, "#42", url, false));
    }

    @Test
    void leavesNullAndOverlongAddressesUnlinked() {
        assertFalse(Hyperlink.isLinkable(null));
        assertFalse(Hyperlink.isLinkable("https://x/" + "a".repeat(3000)));
        assertEquals("", Hyperlink.apply("https://x/", "", true), "no link around nothing");
    }
}

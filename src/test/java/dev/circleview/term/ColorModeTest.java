package dev.circleview.term;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ColorModeTest {

    /** Environment values: "-" means unset. */
    @ParameterizedTest(name = "tty={0} CLICOLOR_FORCE={1} NO_COLOR={2} CLICOLOR={3} TERM={4} -> {5}")
    @CsvSource({
            // nothing set: follows the terminal
            "true,  -, -, -, -,              true",
            "false, -, -, -, -,              false",
            "true,  -, -, -, xterm-256color, true",
            "false, -, -, -, xterm-256color, false",
            // NO_COLOR: any non-empty value turns colour off; empty means unset
            "true,  -, 1, -, -,              false",
            "true,  -, 0, -, -,              false",
            "true,  -, '', -, -,             true",
            // CLICOLOR=0 turns it off; other values change nothing
            "true,  -, -, 0, -,              false",
            "true,  -, -, 1, -,              true",
            "false, -, -, 1, -,              false",
            // TERM=dumb turns it off
            "true,  -, -, -, dumb,           false",
            "true,  -, -, -, '',             true",
            // CLICOLOR_FORCE: non-empty and not 0 forces it on, even when piped and over the others
            "false, 1, -, -, -,              true",
            "false, yes, -, -, -,            true",
            "true,  1, 1, 0, dumb,           true",
            "false, 1, 1, 0, dumb,           true",
            "false, 0, -, -, -,              false",
            "true,  0, -, -, -,              true",
            "false, '', -, -, -,             false",
            "true,  0, 1, -, -,              false",
    })
    void autoFollowsTheEnvironment(boolean tty, String force, String noColor, String cliColor, String term, boolean expected) {
        Map<String, String> env = new HashMap<>();
        put(env, "CLICOLOR_FORCE", force);
        put(env, "NO_COLOR", noColor);
        put(env, "CLICOLOR", cliColor);
        put(env, "TERM", term);
        assertEquals(expected, ColorMode.AUTO.enabled(tty, env));
    }

    private static void put(Map<String, String> env, String name, String value) {
        if (!"-".equals(value)) {
            env.put(name, value == null ? "" : value);
        }
    }

    /** Every combination of the four variables, each unset, empty, "0", "1" or "dumb", on a terminal and not. */
    @Test
    void everyCombination() {
        String[] values = {null, "", "0", "1", "dumb"};
        int checked = 0;
        for (boolean tty : new boolean[] {true, false}) {
            for (String force : values) {
                for (String noColor : values) {
                    for (String cliColor : values) {
                        for (String term : values) {
                            Map<String, String> env = new HashMap<>();
                            if (force != null) env.put("CLICOLOR_FORCE", force);
                            if (noColor != null) env.put("NO_COLOR", noColor);
                            if (cliColor != null) env.put("CLICOLOR", cliColor);
                            if (term != null) env.put("TERM", term);

                            boolean forced = force != null && !force.isEmpty() && !force.equals("0");
                            boolean off = (noColor != null && !noColor.isEmpty()) || "0".equals(cliColor) || "dumb".equals(term);
                            boolean expected = forced || (!off && tty);
                            String what = "tty=" + tty + " env=" + env;
                            assertEquals(expected, ColorMode.AUTO.enabled(tty, env), what);
                            assertTrue(ColorMode.ALWAYS.enabled(tty, env), what);
                            assertFalse(ColorMode.NEVER.enabled(tty, env), what);
                            checked++;
                        }
                    }
                }
            }
        }
        assertEquals(2 * 5 * 5 * 5 * 5, checked);
    }

    @Test
    void theFlagWinsOverTheEnvironment() {
        Map<String, String> off = Map.of("NO_COLOR", "1", "TERM", "dumb", "CLICOLOR", "0");
        Map<String, String> forced = Map.of("CLICOLOR_FORCE", "1");
        assertTrue(ColorMode.ALWAYS.enabled(false, off));
        assertFalse(ColorMode.NEVER.enabled(true, forced));
        assertTrue(ColorMode.ALWAYS.enabled(false, Map.of()));
        assertFalse(ColorMode.NEVER.enabled(true, Map.of()));
    }

    @Test
    void unrelatedVariablesChangeNothing() {
        List<Map<String, String>> envs = new ArrayList<>();
        envs.add(Map.of("COLORTERM", "truecolor"));
        envs.add(Map.of("FORCE_COLOR", "1"));
        envs.add(Map.of("TERM", "DUMB"));
        for (Map<String, String> env : envs) {
            assertTrue(ColorMode.AUTO.enabled(true, env), env::toString);
            assertFalse(ColorMode.AUTO.enabled(false, env), env::toString);
        }
    }
}

package dev.circleview.render;

import dev.circleview.term.DisplayWidth;
import dev.circleview.testing.Golden;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The rendered tables of {@link SampleBuilds}, compared with reviewed golden files. */
class BuildTableGoldenTest {
    /** Our own styling: the only escape sequences allowed in output. */
    static final Pattern SGR = Pattern.compile("\u001b\\[[0-9;]*m");

    private final BuildTable table = new BuildTable(SampleBuilds.NOW, () -> SampleBuilds.ZONE);

    @ParameterizedTest
    @ValueSource(ints = {40, 60, 120, 200})
    void terminalWithoutColour(int width) {
        List<String> lines = table.table(SampleBuilds.all(), width, false, true);
        assertFitsAndIsClean(lines, width, false);
        Golden.assertMatches("build-table-" + width, Golden.text(lines));
    }

    @ParameterizedTest
    @ValueSource(ints = {60, 120, 200})
    void terminalWithColour(int width) {
        List<String> lines = table.table(SampleBuilds.all(), width, true, true);
        assertFitsAndIsClean(lines, width, true);
        Golden.assertMatches("build-table-" + width + "-color", Golden.text(lines));
    }

    @Test
    void colourChangesNothingButTheStyling() {
        for (int width : new int[] {60, 120, 200}) {
            List<String> plain = table.table(SampleBuilds.all(), width, false, true);
            List<String> coloured = table.table(SampleBuilds.all(), width, true, true);
            assertEquals(plain, coloured.stream().map(l -> SGR.matcher(l).replaceAll("")).toList());
        }
    }

    @Test
    void terminalWithoutHeaders() {
        List<String> lines = table.table(SampleBuilds.all(), 120, false, false);
        assertFitsAndIsClean(lines, 120, false);
        Golden.assertMatches("build-table-120-no-headers", Golden.text(lines));
    }

    @Test
    void piped() {
        List<String> lines = table.piped(SampleBuilds.all());
        for (String line : lines) {
            assertEquals(9, line.chars().filter(c -> c == '\t').count(), () -> "10 fields: " + line);
            assertClean(line.replace('\t', ' '), false);
        }
        Golden.assertMatches("build-piped", Golden.text(lines));
    }

    @ParameterizedTest
    @ValueSource(ints = {60, 80, 120})
    void severalProjectsOnATerminal(int width) {
        List<String> lines = table.table(SampleBuilds.all(), SampleBuilds.projects(), width, false, true);
        assertFitsAndIsClean(lines, width, false);
        assertTrue(lines.get(0).startsWith("PROJECT "), lines.get(0));
        Golden.assertMatches("build-table-projects-" + width, Golden.text(lines));
    }

    @Test
    void severalProjectsInColourChangeNothingButTheStyling() {
        List<String> coloured = table.table(SampleBuilds.all(), SampleBuilds.projects(), 120, true, true);
        assertFitsAndIsClean(coloured, 120, true);
        assertEquals(table.table(SampleBuilds.all(), SampleBuilds.projects(), 120, false, true),
                coloured.stream().map(l -> SGR.matcher(l).replaceAll("")).toList());
    }

    @Test
    void severalProjectsPipedLeadWithTheSlug() {
        List<String> single = table.piped(SampleBuilds.all());
        List<String> lines = table.piped(SampleBuilds.all(), SampleBuilds.projects());
        for (int i = 0; i < lines.size(); i++) {
            assertEquals(SampleBuilds.projects().get(i) + "\t" + single.get(i), lines.get(i));
        }
        Golden.assertMatches("build-piped-projects", Golden.text(lines));
    }

    @Test
    void withoutProjectsTheTableIsTheSingleProjectOne() {
        assertEquals(table.table(SampleBuilds.all(), 120, false, true), table.table(SampleBuilds.all(), null, 120, false, true));
        assertEquals(table.piped(SampleBuilds.all()), table.piped(SampleBuilds.all(), null));
    }

    /** No line wider than the terminal, no trailing spaces, and no control characters but our SGR codes. */
    static void assertFitsAndIsClean(List<String> lines, int width, boolean color) {
        for (String line : lines) {
            String visible = SGR.matcher(line).replaceAll("");
            assertTrue(DisplayWidth.of(visible) <= width,
                    () -> "wider than " + width + " (" + DisplayWidth.of(visible) + "): " + visible);
            assertFalse(visible.endsWith(" "), () -> "trailing space: [" + visible + "]");
            if (!color) {
                assertEquals(visible, line, "no styling without colour");
            }
            assertClean(line, color);
        }
    }

    static void assertClean(String line, boolean color) {
        String rest = color ? SGR.matcher(line).replaceAll("") : line;
        rest.codePoints().forEach(cp -> {
            if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || (cp >= 0x202a && cp <= 0x202e)
                    || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200e || cp == 0x200f || cp == 0x061c) {
                fail(String.format("raw control character U+%04X in: %s", cp, line.replace("\u001b", "\\e")));
            }
        });
    }
}

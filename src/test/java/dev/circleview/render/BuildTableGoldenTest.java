package dev.circleview.render;

import dev.circleview.api.model.Build;
import dev.circleview.term.DisplayWidth;
import dev.circleview.term.Hyperlink;
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
    /** Our own styling: with our links, the only escape sequences allowed in output. */
    static final Pattern SGR = Pattern.compile("\u001b\\[[0-9;]*m");
    /** Our own links (opening and closing), around an address of printable ASCII. */
    static final Pattern OSC8 = Pattern.compile("\u001b]8;;([\\x21-\\x7e]*)\u001b\\\\");

    private final BuildTable table = new BuildTable(SampleBuilds.NOW, () -> SampleBuilds.ZONE);

    @ParameterizedTest
    @ValueSource(ints = {40, 60, 120, 200})
    void terminalWithoutColour(int width) {
        List<String> lines = table.table(SampleBuilds.all(), width, false, false, true);
        assertFitsAndIsClean(lines, width, false);
        Golden.assertMatches("build-table-" + width, Golden.text(lines));
    }

    /** On a colour terminal with links on: the golden files show the styling and each number's link. */
    @ParameterizedTest
    @ValueSource(ints = {60, 120, 200})
    void terminalWithColour(int width) {
        List<String> lines = table.table(SampleBuilds.all(), width, true, true, true);
        assertFitsAndIsClean(lines, width, true);
        Golden.assertMatches("build-table-" + width + "-color", Golden.text(lines));
    }

    @Test
    void colourAndLinksChangeNothingButTheStylingAndTheLinks() {
        for (int width : new int[] {40, 60, 120, 200}) {
            List<String> plain = table.table(SampleBuilds.all(), width, false, false, true);
            List<String> coloured = table.table(SampleBuilds.all(), width, true, false, true);
            List<String> linked = table.table(SampleBuilds.all(), width, true, true, true);
            assertEquals(plain, coloured.stream().map(l -> SGR.matcher(l).replaceAll("")).toList());
            assertEquals(coloured, linked.stream().map(l -> OSC8.matcher(l).replaceAll("")).toList());
            for (int i = 0; i < plain.size(); i++) {
                assertEquals(DisplayWidth.of(plain.get(i)), DisplayWidth.of(linked.get(i)), "links take no room: " + linked.get(i));
            }
        }
    }

    @Test
    void eachNumberLinksToItsBuildsPageAndNothingElseIsLinked() {
        List<Build> builds = SampleBuilds.all();
        List<String> lines = table.table(builds, 120, true, true, true);
        for (int i = 0; i < builds.size(); i++) {
            Build b = builds.get(i);
            String line = lines.get(i + 1);
            List<String> links = OSC8.matcher(line).results().map(m -> m.group(1)).filter(u -> !u.isEmpty()).toList();
            if (b.buildNum() != null && Hyperlink.isLinkable(b.buildUrl())) {
                assertEquals(List.of(b.buildUrl()), links, line);
                assertTrue(line.contains("\u001b]8;;" + b.buildUrl() + "\u001b\\" + b.buildNum() + "\u001b]8;;\u001b\\"), line);
            } else {
                assertEquals(List.of(), links, "no link for build " + b.buildNum() + " at " + b.buildUrl() + ": " + line);
            }
        }
        assertFalse(lines.get(0).contains("\u001b]"), "no link in the header");
        assertTrue(String.join("\n", table.table(builds, 120, true, false, true)).indexOf("\u001b]") < 0, "links off");
    }

    @Test
    void terminalWithoutHeaders() {
        List<String> lines = table.table(SampleBuilds.all(), 120, false, false, false);
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
        List<String> lines = table.table(SampleBuilds.all(), SampleBuilds.projects(), width, false, false, true);
        assertFitsAndIsClean(lines, width, false);
        assertTrue(lines.get(0).startsWith("PROJECT "), lines.get(0));
        Golden.assertMatches("build-table-projects-" + width, Golden.text(lines));
    }

    @Test
    void severalProjectsInColourChangeNothingButTheStyling() {
        List<String> coloured = table.table(SampleBuilds.all(), SampleBuilds.projects(), 120, true, true, true);
        assertFitsAndIsClean(coloured, 120, true);
        assertEquals(table.table(SampleBuilds.all(), SampleBuilds.projects(), 120, false, false, true),
                coloured.stream().map(l -> SGR.matcher(OSC8.matcher(l).replaceAll("")).replaceAll("")).toList());
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
        assertEquals(table.table(SampleBuilds.all(), 120, false, false, true), table.table(SampleBuilds.all(), null, 120, false, false, true));
        assertEquals(table.piped(SampleBuilds.all()), table.piped(SampleBuilds.all(), null));
    }

    /** No line wider than the terminal, no trailing spaces, and no control characters but our SGR codes and links. */
    static void assertFitsAndIsClean(List<String> lines, int width, boolean color) {
        for (String line : lines) {
            String visible = SGR.matcher(OSC8.matcher(line).replaceAll("")).replaceAll("");
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
        String rest = color ? SGR.matcher(OSC8.matcher(line).replaceAll("")).replaceAll("") : line;
        rest.codePoints().forEach(cp -> {
            if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || (cp >= 0x202a && cp <= 0x202e)
                    || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200e || cp == 0x200f || cp == 0x061c) {
                fail(String.format("raw control character U+%04X in: %s", cp, line.replace("\u001b", "\\e")));
            }
        });
    }
}

package dev.circleview.output;

import dev.circleview.testing.Rendered;

import dev.circleview.testing.SampleBuilds;
import dev.circleview.api.model.Build;
import dev.circleview.term.DisplayWidth;
import dev.circleview.term.Hyperlink;
import dev.circleview.testing.Golden;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rendered tables of {@link SampleBuilds}, compared with reviewed golden files. */
class BuildTableGoldenTest {
    private final BuildTable table = new BuildTable(SampleBuilds.NOW, () -> SampleBuilds.ZONE);

    @ParameterizedTest
    @ValueSource(ints = {40, 60, 120, 200})
    void terminalWithoutColour(int width) {
        List<String> lines = table.table(SampleBuilds.all(), width, false, false, true);
        Rendered.assertFitsAndIsClean(lines, width, false);
        Golden.assertMatches("build-table-" + width, Golden.text(lines));
    }

    /** On a colour terminal with links on: the golden files show the styling and each number's link. */
    @ParameterizedTest
    @ValueSource(ints = {60, 120, 200})
    void terminalWithColour(int width) {
        List<String> lines = table.table(SampleBuilds.all(), width, true, true, true);
        Rendered.assertFitsAndIsClean(lines, width, true);
        Golden.assertMatches("build-table-" + width + "-color", Golden.text(lines));
    }

    @Test
    void colourAndLinksChangeNothingButTheStylingAndTheLinks() {
        for (int width : new int[] {40, 60, 120, 200}) {
            List<String> plain = table.table(SampleBuilds.all(), width, false, false, true);
            List<String> coloured = table.table(SampleBuilds.all(), width, true, false, true);
            List<String> linked = table.table(SampleBuilds.all(), width, true, true, true);
            assertEquals(plain, coloured.stream().map(l -> Rendered.SGR.matcher(l).replaceAll("")).toList());
            assertEquals(coloured, linked.stream().map(l -> Rendered.OSC8.matcher(l).replaceAll("")).toList());
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
            List<String> links = Rendered.OSC8.matcher(line).results().map(m -> m.group(1)).filter(u -> !u.isEmpty()).toList();
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
        Rendered.assertFitsAndIsClean(lines, 120, false);
        Golden.assertMatches("build-table-120-no-headers", Golden.text(lines));
    }

    @Test
    void piped() {
        List<String> lines = table.piped(SampleBuilds.all());
        for (String line : lines) {
            assertEquals(9, line.chars().filter(c -> c == '\t').count(), () -> "10 fields: " + line);
            Rendered.assertClean(line.replace('\t', ' '), false);
        }
        Golden.assertMatches("build-piped", Golden.text(lines));
    }

    @ParameterizedTest
    @ValueSource(ints = {60, 80, 120})
    void severalProjectsOnATerminal(int width) {
        List<String> lines = table.table(SampleBuilds.all(), SampleBuilds.projects(), width, false, false, true);
        Rendered.assertFitsAndIsClean(lines, width, false);
        assertTrue(lines.get(0).startsWith("PROJECT "), lines.get(0));
        Golden.assertMatches("build-table-projects-" + width, Golden.text(lines));
    }

    @Test
    void severalProjectsInColourChangeNothingButTheStyling() {
        List<String> coloured = table.table(SampleBuilds.all(), SampleBuilds.projects(), 120, true, true, true);
        Rendered.assertFitsAndIsClean(coloured, 120, true);
        assertEquals(table.table(SampleBuilds.all(), SampleBuilds.projects(), 120, false, false, true),
                coloured.stream().map(l -> Rendered.SGR.matcher(Rendered.OSC8.matcher(l).replaceAll("")).replaceAll("")).toList());
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
}

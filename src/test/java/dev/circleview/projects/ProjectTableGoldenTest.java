package dev.circleview.projects;

import dev.circleview.testing.SampleBuilds;
import com.fasterxml.jackson.databind.JavaType;
import dev.circleview.api.model.Json;
import dev.circleview.api.model.Project;
import dev.circleview.term.Sanitizer;
import dev.circleview.testing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import static dev.circleview.testing.Rendered.SGR;
import static dev.circleview.testing.Rendered.assertClean;
import static dev.circleview.testing.Rendered.assertFitsAndIsClean;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code circle-view projects} rendered from the {@code /api/projects.json} fixture, compared with reviewed golden files. */
class ProjectTableGoldenTest {
    private final ProjectTable table = new ProjectTable(SampleBuilds.NOW, () -> SampleBuilds.ZONE);

    static List<ProjectSummary> fixture() {
        JavaType type = Json.mapper().getTypeFactory().constructCollectionType(List.class, Project.class);
        try (InputStream in = ProjectTableGoldenTest.class.getResourceAsStream("/api/projects.json")) {
            List<Project> projects = Json.mapper().readValue(in, type);
            return ProjectSummary.sorted(projects);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {40, 60, 80, 120})
    void terminalWithoutColour(int width) {
        List<String> lines = table.table(fixture(), width, false);
        assertFitsAndIsClean(lines, width, false);
        Golden.assertMatches("projects-" + width, Golden.text(lines));
    }

    @Test
    void terminalWithColour() {
        List<String> lines = table.table(fixture(), 80, true);
        assertFitsAndIsClean(lines, 80, true);
        assertEquals(table.table(fixture(), 80, false), lines.stream().map(l -> SGR.matcher(l).replaceAll("")).toList(),
                "colour changes nothing but the styling");
        Golden.assertMatches("projects-80-color", Golden.text(lines));
    }

    @Test
    void piped() {
        List<String> lines = table.piped(fixture());
        for (String line : lines) {
            assertEquals(4, line.chars().filter(c -> c == '\t').count(), () -> "5 fields: " + line);
            assertClean(line.replace('\t', ' '), false);
        }
        Golden.assertMatches("projects-piped", Golden.text(lines));
    }

    @Test
    void sortedBySlugIgnoringCase() {
        assertEquals(List.of("bitbucket/acme/legacy", "github/Acme/Alpha", "github/acme/api", "github/acme/docs",
                        "github/acme/hostile", "github/acme/i18n-功能", "github/acme/plus", "github/acme/web"),
                fixture().stream().map(p -> Sanitizer.cell(p.slug())).toList());
    }
}

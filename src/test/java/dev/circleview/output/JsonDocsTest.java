package dev.circleview.output;

import dev.circleview.api.model.Artifact;
import dev.circleview.api.model.Build;
import dev.circleview.api.model.BuildDetail;
import dev.circleview.api.model.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** docs/json.md names every top-level field that --json FIELDS takes, under each command's heading. */
class JsonDocsTest {
    @ParameterizedTest
    @CsvSource({
            "'## `circle-view builds --json`', dev.circleview.api.model.Build",
            "'## `circle-view tests NUMBER --json`', dev.circleview.api.model.TestReport",
            "'## `circle-view artifacts NUMBER --json`', dev.circleview.api.model.Artifact",
            "'## `circle-view projects --json`', dev.circleview.projects.ProjectSummary",
            "'## `circle-view doctor --json`', dev.circleview.doctor.DoctorReport$Report"})
    void everyFieldIsDocumented(String heading, String type) throws Exception {
        String doc = Files.readString(Path.of("docs/json.md"));
        int start = doc.indexOf(heading);
        assertTrue(start >= 0, "no section " + heading);
        int end = doc.indexOf("\n## ", start + heading.length());
        String section = doc.substring(start, end < 0 ? doc.length() : end);
        List<String> missing = JsonFields.of(Class.forName(type)).stream().filter(f -> !section.contains("`" + f + "`")).toList();
        assertEquals(List.of(), missing, heading + " does not list these fields");
    }

    /** As the doc says: a build's details are every field of a builds element, in the same order, then its steps. */
    @Test
    void oneBuildHasTheFieldsOfAListedBuildThenItsSteps() {
        List<String> listed = new ArrayList<>(JsonFields.of(Build.class));
        listed.add("steps");
        assertEquals(listed, JsonFields.of(BuildDetail.class));
    }

    /** The names are those the JSON is written with, as --json FIELDS takes them. */
    @Test
    void theFieldsAreTheNamesTheJsonHas() {
        assertEquals("build_num", JsonFields.of(Build.class).get(0));
        assertTrue(JsonFields.of(Artifact.class).contains("pretty_path"), JsonFields.of(Artifact.class)::toString);
        assertTrue(JsonFields.of(TestReport.class).contains("tests"));
    }
}

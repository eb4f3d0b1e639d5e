package dev.circleview.artifacts;

import dev.circleview.testing.Rendered;

import dev.circleview.api.model.Artifact;
import dev.circleview.api.model.Json;
import dev.circleview.testing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code circle-view artifacts} from src/test/resources/api/artifacts-4810.json, at several widths and piped. */
class ArtifactTableGoldenTest {

    static List<Artifact> load() {
        try (InputStream in = ArtifactTableGoldenTest.class.getResourceAsStream("/api/artifacts-4810.json")) {
            return List.of(Json.mapper().readValue(in, Artifact[].class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 120, 80, 40})
    void tableFitsTheWidth(int width) {
        List<String> lines = ArtifactTable.table(load(), width, false, false);
        Rendered.assertFitsAndIsClean(lines, width, false);
        Golden.assertMatches("artifacts-4810-" + width, Golden.text(lines));
    }

    @Test
    void theAddressShrinksFirstThenGoesBeforeThePathIsCut() {
        List<String> wide = ArtifactTable.table(load(), 200, false, false);
        List<String> medium = ArtifactTable.table(load(), 120, false, false);
        List<String> narrow = ArtifactTable.table(load(), 40, false, false);
        assertTrue(wide.get(0).endsWith("URL") && !wide.get(1).contains("…"), wide::toString);
        assertTrue(medium.get(1).contains("test-results/junit/TEST-com.acme.login.LoginTest.xml  https://"), medium::toString);
        assertTrue(medium.get(1).endsWith("…"), medium::toString);
        assertFalse(narrow.get(0).contains("URL"), narrow::toString);
        assertFalse(String.join("\n", narrow).contains("https://"), narrow::toString);
    }

    @Test
    void withColourTheAddressIsALinkToTheWholeAddress() {
        List<String> lines = ArtifactTable.table(load(), 120, true, true);
        assertTrue(lines.get(1).contains("\u001b]8;;https://4810-129834711-gh.circle-artifacts.com/0/test-results/junit/"
                + "TEST-com.acme.login.LoginTest.xml\u001b\\"), lines::toString);
        List<String> stripped = lines.stream().map(l -> Rendered.OSC8.matcher(l).replaceAll(""))
                .map(l -> Rendered.SGR.matcher(l).replaceAll("")).toList();
        assertEquals(ArtifactTable.table(load(), 120, false, false), stripped);
    }

    @Test
    void pipedIsContainerPathAndAddressUncut() {
        List<String> lines = ArtifactTable.piped(load());
        for (String line : lines) {
            assertEquals(3, line.split("\t", -1).length, line);
            Rendered.assertClean(line.replace('\t', ' '), false);
        }
        assertEquals("0\tcoverage/index.html\thttps://4810-129834711-gh.circle-artifacts.com/0/coverage/index.html", lines.get(1));
        Golden.assertMatches("artifacts-4810-piped", Golden.text(lines));
    }

    @Test
    void nullsRenderAsEmptyCells() {
        List<Artifact> none = List.of(new Artifact(null, null, null, null));
        assertEquals(List.of("\t\t"), ArtifactTable.piped(none));
        assertEquals(List.of("CONTAINER  PATH", ""), ArtifactTable.table(none, 80, false, false));
    }
}

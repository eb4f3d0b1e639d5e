package dev.circleview.fuzz;

import dev.circleview.catalog.CatalogReader;
import dev.circleview.catalog.MissingAnnotationException;
import dev.circleview.catalog.ProjectResolver;
import dev.circleview.core.CircleViewException;
import dev.circleview.core.NotConfiguredException;
import dev.circleview.core.ProjectSlug;
import dev.circleview.catalog.EmptyStateView;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * {@code CatalogReader.read} on generated files: entities, or one not-configured error of one safe
 * line; never another exception, never a hang. Then the whole resolution of a project from such a file.
 */
class CatalogParsingFuzzTest {
    private static final Duration LIMIT = Duration.ofSeconds(5);

    private static Path dir;

    @BeforeContainer
    static void createFolder() throws IOException {
        dir = Files.createTempDirectory("catalog-fuzz");
    }

    @AfterContainer
    static void deleteFolder() throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Provide
    Arbitrary<byte[]> catalogFiles() {
        return FuzzArbitraries.catalogBytes();
    }

    @Provide
    Arbitrary<String> noise() {
        return FuzzArbitraries.yamlishNoise();
    }

    @Provide
    Arbitrary<String> entityNames() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just((String) null)),
                Tuple.of(2, Arbitraries.of("svc", "shop-api", "bomb", "merged", "loop", "document 1")),
                Tuple.of(1, FuzzArbitraries.hostileText()));
    }

    /** Folder names a cloned repository may hold: anything but a slash and NUL. */
    @Provide
    Arbitrary<String> folderNames() {
        return FuzzArbitraries.hostileText()
                .map(s -> s.replace('/', '_').replace('\u0000', '_'))
                .map(s -> s.codePointCount(0, s.length()) > 40 ? s.substring(0, s.offsetByCodePoints(0, 40)) : s)
                .filter(s -> !s.isEmpty() && !s.equals(".") && !s.equals("..")
                        && s.getBytes(StandardCharsets.UTF_8).length < 200);
    }

    private static Path write(byte[] bytes) {
        try {
            return Files.write(dir.resolve("catalog-info.yaml"), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the file within the time limit; a refusal must be a one-line not-configured error. */
    private static List<CatalogReader.Entity> readOrRefuse(Path file) {
        try {
            List<CatalogReader.Entity> entities = assertTimeoutPreemptively(LIMIT, () -> CatalogReader.read(file));
            assertNotNull(entities);
            return entities;
        } catch (CircleViewException e) {
            assertInstanceOf(NotConfiguredException.class, e);
            TextChecks.assertOneSafeLine("message", e.getMessage());
            TextChecks.assertOneSafeLine("hint", e.hint());
            return null;
        }
    }

    @Property(tries = 400)
    void structuredCatalogsAreReadOrRefusedInOneLine(@ForAll("catalogFiles") byte[] bytes) {
        readOrRefuse(write(bytes));
    }

    @Property(tries = 300)
    void randomTextIsReadOrRefusedInOneLine(@ForAll("noise") String text) {
        readOrRefuse(write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * From any catalog, resolving the project ends in a slug or a typed error; notes, messages and
     * the empty state are safe to print.
     */
    @Property(tries = 300)
    void resolvingFromAnyCatalogEndsInASlugOrATypedError(@ForAll("catalogFiles") byte[] bytes,
                                                         @ForAll("entityNames") String entity) {
        Path file = write(bytes);
        List<String> notes = new ArrayList<>();
        try {
            ProjectSlug slug = assertTimeoutPreemptively(LIMIT,
                    () -> ProjectResolver.resolve(null, null, file, entity, dir, notes::add));
            assertNotNull(slug);
        } catch (MissingAnnotationException e) {
            for (boolean color : new boolean[] {false, true}) {
                for (String line : EmptyStateView.lines(e, color)) {
                    TextChecks.assertSafe("empty state", color ? TextChecks.stripOwnSgr(line) : line, "");
                }
            }
        } catch (CircleViewException e) {
            TextChecks.assertOneSafeLine("message", e.getMessage());
            TextChecks.assertOneSafeLine("hint", e.hint());
        }
        assertSafeNotes(notes);
    }

    /**
     * The catalog file (or, when there is none, the folder the search started in) may have any
     * name a repository can give it: messages, notes and the empty state show it without raw controls.
     */
    @Property(tries = 100)
    void hostileFolderNamesAreEscapedInEveryMessage(@ForAll("folderNames") String folder,
                                                    @ForAll("catalogFiles") byte[] bytes,
                                                    @ForAll("entityNames") String entity,
                                                    @ForAll boolean withCatalog) throws IOException {
        Path repository = Files.createDirectories(dir.resolve("repository"));
        Files.createDirectories(repository.resolve(".git"));
        Path cwd = Files.createDirectories(repository.resolve(folder));
        Path file = cwd.resolve("catalog-info.yaml");
        if (withCatalog) {
            Files.write(file, bytes);
        }
        List<String> notes = new ArrayList<>();
        try {
            assertTimeoutPreemptively(LIMIT, () -> ProjectResolver.resolve(null, null, null, entity, cwd, notes::add));
        } catch (MissingAnnotationException e) {
            for (String line : EmptyStateView.lines(e, false)) {
                TextChecks.assertSafe("empty state", line, "");
            }
        } catch (CircleViewException e) {
            TextChecks.assertOneSafeLine("message", e.getMessage());
            TextChecks.assertOneSafeLine("hint", e.hint());
        } finally {
            Files.deleteIfExists(file);
            Files.delete(cwd);
        }
        assertSafeNotes(notes);
    }

    private static void assertSafeNotes(List<String> notes) {
        for (String note : notes) {
            TextChecks.assertOneSafeLine("note", note);
        }
    }
}

package dev.circleview.catalog;

import dev.circleview.catalog.CatalogReader.Entity;
import dev.circleview.core.ExitCode;
import dev.circleview.core.NotConfiguredException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatalogReaderTest {
    private static final String HINT = "fix the file, or pass the project with --project github/ORG/REPO";

    @TempDir
    Path dir;

    // ---- documents and annotations ----

    @Test
    void readsEveryDocumentOfAMultiDocumentFile() {
        Path file = fixture("multi-document.yaml");

        List<Entity> entities = CatalogReader.read(file);

        assertEquals(List.of(
                new Entity(1, 2, "System", "shop", null),
                new Entity(2, 8, "Component", "shop-api", "github/acme/shop-api"),
                new Entity(4, 19, "API", "shop-openapi", null),
                new Entity(5, 26, "Component", "shop-web", "gh/acme/shop-web")), entities);
    }

    @Test
    void aSingleDocumentWithoutSeparator() {
        Path file = write("""
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: svc
                  annotations:
                    circleci.com/project-slug: github/acme/svc
                spec:
                  type: service
                """);

        assertEquals(List.of(new Entity(1, 1, "Component", "svc", "github/acme/svc")), CatalogReader.read(file));
    }

    @Test
    void noAnnotationsGiveANullSlug() {
        Path file = write("""
                kind: Component
                metadata:
                  name: svc
                ---
                kind: Component
                metadata:
                  name: other
                  annotations:
                    github.com/project-slug: acme/other
                ---
                kind: Component
                metadata:
                  name: third
                  annotations:
                """);

        assertEquals(List.of(
                new Entity(1, 1, "Component", "svc", null),
                new Entity(2, 5, "Component", "other", null),
                new Entity(3, 11, "Component", "third", null)), CatalogReader.read(file));
    }

    @Test
    void aBlankAnnotationIsKeptAsWritten() {
        Path file = write("""
                kind: Component
                metadata:
                  name: svc
                  annotations:
                    circleci.com/project-slug: ""
                ---
                kind: Component
                metadata:
                  name: spaces
                  annotations:
                    circleci.com/project-slug: '   '
                """);

        assertEquals(List.of(
                new Entity(1, 1, "Component", "svc", ""),
                new Entity(2, 7, "Component", "spaces", "   ")), CatalogReader.read(file));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ~", " null", " Null", " NULL"})
    void aNullAnnotationIsPresentButEmpty(String value) {
        Path file = write("""
                kind: Component
                metadata:
                  name: svc
                  annotations:
                    circleci.com/project-slug:%s
                """.formatted(value));

        assertEquals(List.of(new Entity(1, 1, "Component", "svc", "")), CatalogReader.read(file));
    }

    @Test
    void theSlugIsTakenAsWrittenQuotedOrNot() {
        Path file = write("""
                kind: Component
                metadata:
                  name: svc
                  annotations:
                    circleci.com/project-slug: 'bb/team/repo'
                    other: value
                """);

        assertEquals("bb/team/repo", CatalogReader.read(file).get(0).slug());
    }

    @Test
    void flowStyleMappingsWork() {
        Path file = write("""
                {kind: Component, metadata: {name: svc, annotations: {circleci.com/project-slug: github/acme/svc}}}
                """);

        assertEquals(List.of(new Entity(1, 1, "Component", "svc", "github/acme/svc")), CatalogReader.read(file));
    }

    @Test
    void entitiesWithoutKindOrNameOrMetadata() {
        Path file = write("""
                apiVersion: backstage.io/v1alpha1
                ---
                kind: Component
                metadata:
                """);

        List<Entity> entities = CatalogReader.read(file);

        assertEquals(List.of(new Entity(1, 1, null, null, null), new Entity(2, 3, "Component", null, null)), entities);
        assertEquals("document 1", entities.get(0).label());
    }

    @Test
    void theLabelIsTheNameWhenThereIsOne() {
        assertEquals("svc", new Entity(3, 1, "Component", "svc", null).label());
        assertEquals("document 3", new Entity(3, 1, "Component", null, null).label());
    }

    @Test
    void scalarNamesAndKindsAreReadAsText() {
        Path file = write("""
                kind: 42
                metadata:
                  name: 2024
                """);

        assertEquals(List.of(new Entity(1, 1, "42", "2024", null)), CatalogReader.read(file));
    }

    @Test
    void emptyDocumentsAreSkippedButCounted() {
        Path file = write("""
                ---
                ---
                # only a comment
                ---
                kind: Component
                metadata:
                  name: svc
                ...
                ---
                """);

        assertEquals(List.of(new Entity(3, 5, "Component", "svc", null)), CatalogReader.read(file));
    }

    @Test
    void anEmptyFileHasNoEntities() {
        assertEquals(List.of(), CatalogReader.read(write("")));
        assertEquals(List.of(), CatalogReader.read(write("# nothing here\n\n")));
    }

    @Test
    void anAliasResolvesToTheAnchoredValue() {
        Path file = write("""
                kind: Component
                metadata:
                  name: &project svc
                  labels:
                    slug: &slug github/acme/svc
                  annotations:
                    circleci.com/project-slug: *slug
                """);

        assertEquals(List.of(new Entity(1, 1, "Component", "svc", "github/acme/svc")), CatalogReader.read(file));
    }

    @Test
    void aSharedAnnotationsMappingIsResolved() {
        Path file = write("""
                kind: Component
                metadata:
                  name: a
                  annotations: &common
                    circleci.com/project-slug: github/acme/a
                extra:
                  metadata:
                    name: b
                    annotations: *common
                """);

        assertEquals(List.of(new Entity(1, 1, "Component", "a", "github/acme/a")), CatalogReader.read(file));
    }

    // ---- BOM, tabs and odd characters ----

    @Test
    void aUtf8ByteOrderMarkAtTheStartIsIgnored() throws IOException {
        Path file = dir.resolve("catalog-info.yaml");
        byte[] body = """
                kind: Component
                metadata:
                  name: svc
                  annotations:
                    circleci.com/project-slug: github/acme/svc
                """.getBytes(StandardCharsets.UTF_8);
        Files.write(file, concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, body));

        assertEquals(List.of(new Entity(1, 1, "Component", "svc", "github/acme/svc")), CatalogReader.read(file));
    }

    @Test
    void aByteOrderMarkBeforeADocumentSeparator() throws IOException {
        Path file = dir.resolve("catalog-info.yaml");
        Files.write(file, concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "---\nkind: Component\nmetadata:\n  name: svc\n".getBytes(StandardCharsets.UTF_8)));

        assertEquals(List.of(new Entity(1, 2, "Component", "svc", null)), CatalogReader.read(file));
    }

    @Test
    void utf16WithAByteOrderMarkIsDecoded() throws IOException {
        Path file = dir.resolve("catalog-info.yaml");
        Files.write(file, concat(new byte[]{(byte) 0xFF, (byte) 0xFE},
                "kind: Component\nmetadata:\n  name: svc\n".getBytes(StandardCharsets.UTF_16LE)));

        assertEquals(List.of(new Entity(1, 1, "Component", "svc", null)), CatalogReader.read(file));
    }

    @Test
    void aTabInsideAValueIsKeptAndATrailingTabIsDropped() {
        Path file = write("kind: Component\nmetadata:\n  name: my\tsvc\n  annotations:\n"
                + "    circleci.com/project-slug: github/acme/svc\t\n");

        assertEquals(List.of(new Entity(1, 1, "Component", "my\tsvc", "github/acme/svc")), CatalogReader.read(file));
    }

    @Test
    void aTabInIndentationIsReportedWithItsPosition() {
        Path file = write("kind: Component\nmetadata:\n\tname: svc\n");

        NotConfiguredException e = assertThrows(NotConfiguredException.class, () -> CatalogReader.read(file));

        assertEquals(file + ":3:1: invalid YAML: a tab where YAML allows only spaces (indent and separate with spaces)",
                e.getMessage());
        assertEquals(HINT, e.hint());
    }

    @Test
    void aTabAfterAColonIsReportedWithItsPosition() {
        Path file = write("kind: Component\nmetadata:\n  name:\tsvc\n");

        NotConfiguredException e = assertThrows(NotConfiguredException.class, () -> CatalogReader.read(file));

        assertEquals(file + ":3:8: invalid YAML: a tab where YAML allows only spaces (indent and separate with spaces)",
                e.getMessage());
    }

    @Test
    void aControlCharacterIsReportedWithItsPosition() {
        Path file = write("kind: Component\nmetadata:\n  name: \"sv\u001bc\"\n");

        NotConfiguredException e = assertThrows(NotConfiguredException.class, () -> CatalogReader.read(file));

        assertEquals(file + ":3:12: invalid YAML: the character U+001B is not allowed in YAML", e.getMessage());
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() throws IOException {
        Path file = dir.resolve("catalog-info.yaml");
        Files.write(file, "kind: Compon\u00e9nt\n".getBytes(StandardCharsets.ISO_8859_1));

        NotConfiguredException e = assertThrows(NotConfiguredException.class, () -> CatalogReader.read(file));

        assertEquals(file + ": invalid YAML: the file is not UTF-8 text", e.getMessage());
        assertEquals(ExitCode.NOT_CONFIGURED, e.exitCode());
    }

    // ---- malformed YAML and wrong types ----

    @Test
    void malformedYamlNamesFileLineAndColumn() {
        Path file = write("""
                kind: Component
                metadata:
                  name: svc
                  annotations: [a, b
                spec: {}
                """);

        NotConfiguredException e = assertThrows(NotConfiguredException.class, () -> CatalogReader.read(file));

        assertEquals(file + ":5:5: invalid YAML: expected ',' or ']', but got :", e.getMessage());
        assertEquals(HINT, e.hint());
        assertEquals(ExitCode.NOT_CONFIGURED, e.exitCode());
        assertEquals(3, e.exitCode().code());
    }

    @Test
    void anUnclosedQuoteNamesTheEndOfTheFile() {
        Path file = write("kind: Component\nmetadata:\n  name: \"svc\n");

        NotConfiguredException e = assertThrows(NotConfiguredException.class, () -> CatalogReader.read(file));

        assertEquals(file + ":4:1: invalid YAML: found unexpected end of stream", e.getMessage());
    }

    @Test
    void anUndefinedAliasIsMalformed() {
        Path file = write("kind: Component\nmetadata: *nothing\n");

        NotConfiguredException e = assertThrows(NotConfiguredException.class, () -> CatalogReader.read(file));

        assertEquals(file + ":2:11: invalid YAML: found undefined alias nothing", e.getMessage());
    }

    @Test
    void javaTypeTagsAreRefused() {
        Path file = write("kind: Component\nmetadata: !!java.net.URL {}\n");

        NotConfiguredException e = assertThrows(NotConfiguredException.class, () -> CatalogReader.read(file));

        assertTrue(e.getMessage().startsWith(file + ":2:11: invalid YAML: "), e.getMessage());
    }

    @Test
    void aDocumentThatIsAListIsRefused() {
        Path file = write("""
                kind: Component
                ---
                - kind: Component
                """);

        NotConfiguredException e = assertThrows(NotConfiguredException.class, () -> CatalogReader.read(file));

        assertEquals(file + ":3:1: document 2 is a list, not a mapping of an entity", e.getMessage());
        assertEquals(HINT, e.hint());
    }

    @Test
    void aDocumentThatIsTextIsRefused() {
        Path file = write("just some words\n");

        NotConfiguredException e = assertThrows(NotConfiguredException.class, () -> CatalogReader.read(file));

        assertEquals(file + ":1:1: document 1 is text, not a mapping of an entity", e.getMessage());
    }

    @Test
    void metadataThatIsNotAMappingIsRefused() {
        Path file = write("kind: Component\nmetadata: svc\n");

        NotConfiguredException e = assertThrows(NotConfiguredException.class, () -> CatalogReader.read(file));

        assertEquals(file + ":2:11: metadata of document 1 is text, not a mapping", e.getMessage());
    }

    @Test
    void annotationsAsAListAreRefused() {
        Path file = write("""
                kind: Component
                metadata:
                  name: svc
                  annotations:
                    - circleci.com/project-slug: github/acme/svc
                """);

        NotConfiguredException e = assertThrows(NotConfiguredException.class, () -> CatalogReader.read(file));

        assertEquals(file + ":5:5: metadata.annotations of entity \"svc\" is a list, not a mapping", e.getMessage());
        assertEquals(HINT, e.hint());
    }

    @Test
    void annotationsAsTextInAnUnnamedEntityAreRefused() {
        Path file = write("""
                kind: Component
                metadata:
                  annotations: circleci.com/project-slug=github/acme/svc
                """);

        NotConfiguredException e = assertThrows(NotConfiguredException.class, () -> CatalogReader.read(file));

        assertEquals(file + ":3:16: metadata.annotations of document 1 is text, not a mapping", e.getMessage());
    }

    @Test
    void aSlugThatIsANumberIsRefused() {
        Path file = write("""
                kind: Component
                metadata:
                  name: svc
                  annotations:
                    circleci.com/project-slug: 12345
                """);

        NotConfiguredException e = assertThrows(NotConfiguredException.class, () -> CatalogReader.read(file));

        assertEquals(file + ":5:32: the circleci.com/project-slug annotation of entity \"svc\" is a number, "
                + "not text like github/ORG/REPO", e.getMessage());
        assertEquals(HINT, e.hint());
    }

    @Test
    void aSlugThatIsAFloatOrBooleanIsRefused() {
        Path number = write("kind: Component\nmetadata:\n  annotations:\n    circleci.com/project-slug: 1.5\n");
        Path bool = write("kind: Component\nmetadata:\n  annotations:\n    circleci.com/project-slug: true\n");

        assertEquals(number + ":4:32: the circleci.com/project-slug annotation of document 1 is a number, "
                + "not text like github/ORG/REPO", assertThrows(NotConfiguredException.class,
                () -> CatalogReader.read(number)).getMessage());
        assertEquals(bool + ":4:32: the circleci.com/project-slug annotation of document 1 is a boolean, "
                + "not text like github/ORG/REPO", assertThrows(NotConfiguredException.class,
                () -> CatalogReader.read(bool)).getMessage());
    }

    @Test
    void aQuotedNumberIsText() {
        Path file = write("kind: Component\nmetadata:\n  annotations:\n    circleci.com/project-slug: \"12345\"\n");

        assertEquals("12345", CatalogReader.read(file).get(0).slug());
    }

    @Test
    void aSlugThatIsAMappingIsRefused() {
        Path file = write("""
                kind: Component
                metadata:
                  name: svc
                  annotations:
                    circleci.com/project-slug:
                      github: acme/svc
                """);

        NotConfiguredException e = assertThrows(NotConfiguredException.class, () -> CatalogReader.read(file));

        assertEquals(file + ":6:7: the circleci.com/project-slug annotation of entity \"svc\" is a mapping, "
                + "not text like github/ORG/REPO", e.getMessage());
    }

    @Test
    void aSlugThatIsAListIsRefused() {
        Path file = write("""
                kind: Component
                metadata:
                  name: svc
                  annotations:
                    circleci.com/project-slug: [github/acme/svc]
                """);

        NotConfiguredException e = assertThrows(NotConfiguredException.class, () -> CatalogReader.read(file));

        assertEquals(file + ":5:32: the circleci.com/project-slug annotation of entity \"svc\" is a list, "
                + "not text like github/ORG/REPO", e.getMessage());
    }

    @Test
    void anEntityNameWithControlCharactersIsEscapedInMessages() {
        Path file = write("""
                kind: Component
                metadata:
                  name: "svc\\e[2J\\n"
                  annotations: []
                """);

        NotConfiguredException e = assertThrows(NotConfiguredException.class, () -> CatalogReader.read(file));

        assertEquals(file + ":4:16: metadata.annotations of entity \"svc\\u001b[2J\\n\" is a list, not a mapping",
                e.getMessage());
    }

    // ---- duplicate keys ----

    @Test
    void aDuplicateTopLevelKeyIsRefused() {
        Path file = write("""
                kind: Component
                metadata:
                  name: svc
                kind: API
                """);

        NotConfiguredException e = assertThrows(NotConfiguredException.class, () -> CatalogReader.read(file));

        assertEquals(file + ":4:1: invalid YAML: duplicate key \"kind\" (first on line 1)", e.getMessage());
        assertEquals(HINT, e.hint());
    }

    @Test
    void aDuplicateAnnotationIsRefused() {
        Path file = write("""
                kind: Component
                metadata:
                  name: svc
                  annotations:
                    circleci.com/project-slug: github/acme/one
                    circleci.com/project-slug: github/acme/two
                """);

        NotConfiguredException e = assertThrows(NotConfiguredException.class, () -> CatalogReader.read(file));

        assertEquals(file + ":6:5: invalid YAML: duplicate key \"circleci.com/project-slug\" (first on line 5)",
                e.getMessage());
    }

    @Test
    void aDuplicateKeyDeepInsideTheSpecIsRefused() {
        Path file = write("""
                kind: Component
                metadata:
                  name: svc
                spec:
                  owners:
                    - {team: a, team: b}
                """);

        NotConfiguredException e = assertThrows(NotConfiguredException.class, () -> CatalogReader.read(file));

        assertEquals(file + ":6:17: invalid YAML: duplicate key \"team\" (first on line 6)", e.getMessage());
    }

    @Test
    void theSameKeyInDifferentDocumentsIsFine() {
        Path file = write("kind: Component\n---\nkind: API\n");

        assertEquals(2, CatalogReader.read(file).size());
    }

    // ---- hostile files ----

    @Test
    void aBillionLaughsFileFailsFast() {
        Path file = fixture("billion-laughs.yaml");

        NotConfiguredException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(NotConfiguredException.class, () -> CatalogReader.read(file)));

        assertEquals(file + ":6:14: invalid YAML: more than 20 aliases of lists or mappings, "
                + "which could expand into a huge document", e.getMessage());
        assertEquals(HINT, e.hint());
        assertEquals(ExitCode.NOT_CONFIGURED, e.exitCode());
    }

    @Test
    void aFewAliasesOfCollectionsAreFine() {
        StringBuilder yaml = new StringBuilder("kind: Component\nbase: &base {a: 1}\nuses:\n");
        for (int i = 0; i < 20; i++) {
            yaml.append("  - *base\n");
        }

        assertEquals(List.of(new Entity(1, 1, "Component", null, null)), CatalogReader.read(write(yaml.toString())));
    }

    @Test
    void aRecursiveAliasDoesNotLoop() {
        Path file = write("kind: Component\nloop: &loop [a, *loop]\nmap: &m {self: *m}\n");

        List<Entity> entities = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> CatalogReader.read(file));

        assertEquals(List.of(new Entity(1, 1, "Component", null, null)), entities);
    }

    @Test
    void tooDeepNestingIsRefused() {
        Path file = write("kind: Component\nspec: " + "[".repeat(100) + "]".repeat(100) + "\n");

        NotConfiguredException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(NotConfiguredException.class, () -> CatalogReader.read(file)));

        assertEquals(file + ":2:46: invalid YAML: nested deeper than 40 levels", e.getMessage());
        assertEquals(HINT, e.hint());
    }

    @Test
    void tooDeepBlockNestingIsRefused() {
        StringBuilder yaml = new StringBuilder("kind: Component\n");
        for (int i = 0; i < 60; i++) {
            yaml.append("  ".repeat(i)).append("k:\n");
        }
        yaml.append("  ".repeat(60)).append("v\n");
        Path file = write(yaml.toString());

        NotConfiguredException e = assertThrows(NotConfiguredException.class, () -> CatalogReader.read(file));

        assertTrue(e.getMessage().startsWith(file + ":"), e.getMessage());
        assertTrue(e.getMessage().endsWith(": invalid YAML: nested deeper than 40 levels"), e.getMessage());
    }

    @Test
    void ordinaryNestingIsFine() {
        Path file = write("kind: Component\nspec: " + "[".repeat(30) + "x" + "]".repeat(30) + "\n");

        assertEquals(List.of(new Entity(1, 1, "Component", null, null)), CatalogReader.read(file));
    }

    @Test
    void aFileOverOneMebibyteIsRefusedBeforeParsing() throws IOException {
        Path file = dir.resolve("catalog-info.yaml");
        // not even valid YAML: the size check comes first
        Files.writeString(file, "[".repeat(1024 * 1024 + 1));

        NotConfiguredException e = assertThrows(NotConfiguredException.class, () -> CatalogReader.read(file));

        assertEquals(file + ": the file is 1048577 bytes; a catalog file may have at most 1048576 bytes", e.getMessage());
        assertEquals(HINT, e.hint());
        assertEquals(ExitCode.NOT_CONFIGURED, e.exitCode());
    }

    @Test
    void aFileOfExactlyOneMebibyteIsRead() throws IOException {
        Path file = dir.resolve("catalog-info.yaml");
        String head = "kind: Component\nmetadata:\n  name: svc\n";
        String line = "# " + "x".repeat(61) + "\n";
        int room = 1024 * 1024 - head.length();
        String padding = line.repeat(room / line.length()) + "#" + "x".repeat(room % line.length() - 2) + "\n";
        Files.writeString(file, head + padding);
        assertEquals(1024 * 1024, Files.size(file));

        assertEquals(List.of(new Entity(1, 1, "Component", "svc", null)), CatalogReader.read(file));
    }

    @Test
    void aMissingFileIsNamed() {
        Path file = dir.resolve("nope.yaml");

        NotConfiguredException e = assertThrows(NotConfiguredException.class, () -> CatalogReader.read(file));

        assertEquals(file + ": no such file", e.getMessage());
        assertEquals("check the path given to --catalog", e.hint());
    }

    @Test
    void aFolderIsNotACatalogFile() {
        NotConfiguredException e = assertThrows(NotConfiguredException.class, () -> CatalogReader.read(dir));

        assertEquals(dir + ": is a folder, not a catalog file", e.getMessage());
        assertEquals("check the path given to --catalog", e.hint());
    }

    @ParameterizedTest
    @ValueSource(strings = {"!%a", "!%1"})
    void aTagThatDecodesToAnInvalidOneIsRefused(String yaml) {
        Path file = write(yaml);

        NotConfiguredException e = assertThrows(NotConfiguredException.class, () -> CatalogReader.read(file));

        assertTrue(e.getMessage().startsWith(file + ":1:"), e.getMessage());
        assertTrue(e.getMessage().endsWith(": invalid YAML: a tag (\"!...\") that is not valid"), e.getMessage());
        assertEquals(HINT, e.hint());
    }

    @ParameterizedTest
    @ValueSource(strings = {"kind: \"\\x", "kind: \"\\u", "kind: \"abc\\U"})
    void aFileThatEndsInsideAnEscapeSequenceIsRefused(String yaml) {
        Path file = write(yaml);

        NotConfiguredException e = assertThrows(NotConfiguredException.class, () -> CatalogReader.read(file));

        assertEquals(file + ":1:" + (yaml.length() + 1) + ": invalid YAML: the file ends inside an escape sequence "
                + "(\\x, \\u or \\U without its hex digits)", e.getMessage());
        assertEquals(HINT, e.hint());
    }

    @Test
    void aFileNameWithEscapeSequencesIsEscapedInMessages() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("evil\u001b]0;title\u0007\n"));
        Path file = Files.writeString(folder.resolve("catalog-info.yaml"), "kind: [\n");

        NotConfiguredException e = assertThrows(NotConfiguredException.class, () -> CatalogReader.read(file));

        assertTrue(e.getMessage().startsWith(dir + "/evil\\u001b]0;title\\u0007\\n/catalog-info.yaml:2:1: invalid YAML: "),
                e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "kind: [\n",
            "a: b\n c: d\n",
            "kind: Component\nkind: API\n",
            "- a\n",
            "kind: Component\nmetadata:\n  annotations:\n    circleci.com/project-slug: {a: b}\n",
            "a: \"\u0007\"\n",
    })
    void everyErrorIsOneLineStartingWithTheFileAndPosition(String yaml) {
        Path file = write(yaml);

        NotConfiguredException e = assertThrows(NotConfiguredException.class, () -> CatalogReader.read(file));

        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().matches("\\Q" + file + "\\E:\\d+:\\d+: .+"), e.getMessage());
    }

    // ---- helpers ----

    private int files;

    private Path write(String yaml) {
        try {
            Path file = dir.resolve("catalog-" + ++files + ".yaml");
            Files.writeString(file, yaml);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of a fixture from src/test/resources/catalog, so that messages name a short, known path. */
    private Path fixture(String name) {
        try (InputStream in = getClass().getResourceAsStream("/catalog/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no fixture " + name);
            }
            Path file = dir.resolve(name);
            Files.write(file, in.readAllBytes());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}

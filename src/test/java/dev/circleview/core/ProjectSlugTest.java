package dev.circleview.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ProjectSlugTest {

    private static final String HINT = "use one of github/ORG/REPO, gh/ORG/REPO, bitbucket/WORKSPACE/REPO, "
            + "bb/WORKSPACE/REPO or circleci/ORG-ID/PROJECT-ID";

    @ParameterizedTest(name = "{0} -> {1}/{2}/{3}")
    @CsvSource({
            "github/acme/svc,              github,    acme,      svc",
            "gh/acme/svc,                  github,    acme,      svc",
            "bitbucket/team/repo,          bitbucket, team,      repo",
            "bb/team/repo,                 bitbucket, team,      repo",
            "circleci/8e1f-22aa/0b3c-99,   circleci,  8e1f-22aa, 0b3c-99",
            "github/Acme_Corp/my.repo-2,   github,    Acme_Corp, my.repo-2",
            "github/a/b,                   github,    a,         b",
            "github/.dotfiles/..hidden,    github,    .dotfiles, ..hidden",
    })
    void acceptsEveryFormAndNormalisesTheVcs(String value, String vcs, String org, String repo) {
        ProjectSlug slug = ProjectSlug.parse(value, "--project");

        assertEquals(new ProjectSlug(vcs, org, repo), slug);
        assertEquals(vcs + "/" + org + "/" + repo, slug.toString());
        assertEquals("project/" + vcs + "/" + org + "/" + repo, slug.apiPath());
    }

    @Test
    void shortFormsAreExpandedInTheApiPath() {
        assertEquals("project/github/acme/svc", ProjectSlug.parse("gh/acme/svc", "--project").apiPath());
        assertEquals("project/bitbucket/ws/repo", ProjectSlug.parse("bb/ws/repo", "--project").apiPath());
        assertEquals("project/circleci/ORG/PROJ", ProjectSlug.parse("circleci/ORG/PROJ", "--project").apiPath());
    }

    @Test
    void twoPartsAreRefusedWithValueSourceAndAcceptedForms() {
        UsageException e = assertThrows(UsageException.class, () -> ProjectSlug.parse("acme/svc", "--project"));

        assertEquals("invalid project slug \"acme/svc\" from --project: it has 2 parts, not 3", e.getMessage());
        assertEquals(HINT, e.hint());
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertEquals(2, e.exitCode().code());
    }

    @Test
    void fourPartsAreRefused() {
        UsageException e = assertThrows(UsageException.class,
                () -> ProjectSlug.parse("github/acme/svc/extra", "CIRCLE_VIEW_PROJECT"));

        assertEquals("invalid project slug \"github/acme/svc/extra\" from CIRCLE_VIEW_PROJECT: it has 4 parts, not 3",
                e.getMessage());
        assertEquals(HINT, e.hint());
    }

    @Test
    void aTrailingSlashCountsAsAnEmptyFourthPart() {
        UsageException e = assertThrows(UsageException.class, () -> ProjectSlug.parse("github/acme/svc/", "--project"));

        assertEquals("invalid project slug \"github/acme/svc/\" from --project: it has 4 parts, not 3", e.getMessage());
    }

    @Test
    void onePartIsSingular() {
        UsageException e = assertThrows(UsageException.class, () -> ProjectSlug.parse("svc", "--project"));

        assertEquals("invalid project slug \"svc\" from --project: it has 1 part, not 3", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({
            "github//svc,  2",
            "github/acme/, 3",
    })
    void emptyPartsAreRefused(String value, int part) {
        UsageException e = assertThrows(UsageException.class, () -> ProjectSlug.parse(value, "--project"));

        assertEquals("invalid project slug \"" + value + "\" from --project: part " + part + " is empty", e.getMessage());
        assertEquals(HINT, e.hint());
    }

    @Test
    void anEmptyVcsIsAnUnknownVcs() {
        UsageException e = assertThrows(UsageException.class, () -> ProjectSlug.parse("/acme/svc", "--project"));

        assertEquals("invalid project slug \"/acme/svc\" from --project: \"\" is not a known VCS", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"gitlab", "GitHub", "GH", "circle", "github.com"})
    void unknownVcsWordsAreRefused(String vcs) {
        UsageException e = assertThrows(UsageException.class, () -> ProjectSlug.parse(vcs + "/acme/svc", "--project"));

        assertEquals("invalid project slug \"" + vcs + "/acme/svc\" from --project: \"" + vcs + "\" is not a known VCS",
                e.getMessage());
        assertEquals(HINT, e.hint());
    }

    @Test
    void spacesAreRefused() {
        UsageException e = assertThrows(UsageException.class, () -> ProjectSlug.parse("github/acme/my svc", "--project"));

        assertEquals("invalid project slug \"github/acme/my svc\" from --project: "
                + "\"my svc\" has characters a project name cannot have", e.getMessage());
        assertEquals(HINT, e.hint());
    }

    @Test
    void surroundingSpacesAreNotTrimmed() {
        UsageException e = assertThrows(UsageException.class, () -> ProjectSlug.parse(" github/acme/svc", "--project"));

        assertEquals("invalid project slug \" github/acme/svc\" from --project: \" github\" is not a known VCS",
                e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({
            "github/../svc,  ..",
            "github/acme/.., ..",
            "github/./svc,   .",
            "github/acme/.,  .",
    })
    void dotSegmentsAreRefused(String value, String bad) {
        UsageException e = assertThrows(UsageException.class, () -> ProjectSlug.parse(value, "--project"));

        assertEquals("invalid project slug \"" + value + "\" from --project: \"" + bad
                + "\" has characters a project name cannot have", e.getMessage());
        assertEquals(HINT, e.hint());
    }

    @Test
    void percentEncodedSlashIsRefused() {
        UsageException e = assertThrows(UsageException.class,
                () -> ProjectSlug.parse("github/acme%2F..%2Fother/svc", "--project"));

        assertEquals("invalid project slug \"github/acme%2F..%2Fother/svc\" from --project: "
                + "\"acme%2F..%2Fother\" has characters a project name cannot have", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"github/acme/svc?x=1", "github/acme/svc#top", "github/ac\\me/svc", "github/acmé/svc"})
    void otherUrlCharactersAreRefused(String value) {
        UsageException e = assertThrows(UsageException.class, () -> ProjectSlug.parse(value, "--project"));

        assertEquals(ExitCode.USAGE, e.exitCode());
        assertEquals(HINT, e.hint());
    }

    @Test
    void controlCharactersAreEscapedInTheMessage() {
        UsageException e = assertThrows(UsageException.class,
                () -> ProjectSlug.parse("github/acme/svc\u001b[31m\n", "catalog-info.yaml (entity \"svc\")"));

        assertEquals("invalid project slug \"github/acme/svc\\u001b[31m\\n\" from catalog-info.yaml (entity \"svc\"): "
                + "\"svc\\u001b[31m\\n\" has characters a project name cannot have", e.getMessage());
    }

    @Test
    void controlCharactersInTheVcsAreEscapedToo() {
        UsageException e = assertThrows(UsageException.class, () -> ProjectSlug.parse("git\thub/acme/svc", "--project"));

        assertEquals("invalid project slug \"git\\thub/acme/svc\" from --project: \"git\\thub\" is not a known VCS",
                e.getMessage());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t", "\n"})
    void nullAndBlankAreRefused(String value) {
        UsageException e = assertThrows(UsageException.class, () -> ProjectSlug.parse(value, "CIRCLE_VIEW_PROJECT"));

        String quoted = value == null ? "" : Text.quoteForMessage(value);
        assertEquals("invalid project slug \"" + quoted + "\" from CIRCLE_VIEW_PROJECT: it is empty", e.getMessage());
        assertEquals(HINT, e.hint());
    }

    @Test
    void longValuesAreCutInTheMessage() {
        String repo = "x ".repeat(100);
        String value = "github/acme/" + repo;

        UsageException e = assertThrows(UsageException.class, () -> ProjectSlug.parse(value, "--project"));

        assertEquals("invalid project slug \"" + value.substring(0, 120) + "…\" from --project: \""
                + repo.substring(0, 120) + "…\" has characters a project name cannot have", e.getMessage());
    }

    @Test
    void theConstructorRefusesUnsafeParts() {
        assertThrows(IllegalArgumentException.class, () -> new ProjectSlug("github", "..", "svc"));
        assertThrows(IllegalArgumentException.class, () -> new ProjectSlug("github", "acme", "a/b"));
        assertThrows(IllegalArgumentException.class, () -> new ProjectSlug("github", null, "svc"));
        assertThrows(IllegalArgumentException.class, () -> new ProjectSlug("../../admin", "acme", "svc"));
        assertThrows(IllegalArgumentException.class, () -> new ProjectSlug(null, "acme", "svc"));
        assertThrows(IllegalArgumentException.class, () -> new ProjectSlug("gh", "acme", "svc"));
    }
}

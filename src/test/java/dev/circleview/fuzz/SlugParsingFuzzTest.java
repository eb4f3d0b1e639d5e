package dev.circleview.fuzz;

import dev.circleview.core.ProjectSlug;
import dev.circleview.core.UsageException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ProjectSlug.parse}: a slug that can only ever name a safe API path, or one usage error. */
class SlugParsingFuzzTest {
    private static final Pattern API_PATH =
            Pattern.compile("project/(github|bitbucket|circleci)/[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+");

    @Provide
    Arbitrary<String> slugs() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, FuzzArbitraries.slugLike()),
                Tuple.of(2, FuzzArbitraries.anyString())).injectNull(0.01);
    }

    @Provide
    Arbitrary<String> wellFormedSlugs() {
        Arbitrary<String> part = Arbitraries.strings().withChars("abcxyzABCXYZ0189_.-").ofMinLength(1).ofMaxLength(20)
                .filter(p -> !p.equals(".") && !p.equals(".."));
        return Combinators.combine(Arbitraries.of("github", "gh", "bitbucket", "bb", "circleci"), part, part)
                .as((vcs, org, repo) -> vcs + "/" + org + "/" + repo);
    }

    @Property(tries = 2000)
    void parsesToASafeApiPathOrRefusesWithAUsageError(@ForAll("slugs") String value) {
        ProjectSlug slug;
        try {
            slug = ProjectSlug.parse(value, "--project");
        } catch (UsageException e) {
            TextChecks.assertOneSafeLine("message", e.getMessage());
            TextChecks.assertOneSafeLine("hint", e.hint());
            return;
        }
        String path = slug.apiPath();
        assertTrue(API_PATH.matcher(path).matches(), () -> "api path " + TextChecks.visible(path));
        for (String segment : path.split("/", -1)) {
            assertNotEquals("..", segment, path);
            assertNotEquals(".", segment, path);
        }
        assertEquals(slug, ProjectSlug.parse(slug.toString(), "--project"), "a slug reads back as itself");
    }

    @Property(tries = 300)
    void acceptsEveryWellFormedSlug(@ForAll("wellFormedSlugs") String value) {
        ProjectSlug slug = ProjectSlug.parse(value, "--project");

        assertEquals(value.substring(value.indexOf('/')), "/" + slug.org() + "/" + slug.repo());
    }
}

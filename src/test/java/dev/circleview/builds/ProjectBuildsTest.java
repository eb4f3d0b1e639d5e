package dev.circleview.builds;

import dev.circleview.api.model.Build;
import dev.circleview.api.model.Json;
import dev.circleview.config.Settings;
import dev.circleview.core.ProjectSlug;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How the builds of several projects are merged into one list, and how far {@code --mine} looks. */
class ProjectBuildsTest {
    private static final ProjectSlug WEB = ProjectSlug.parse("github/acme/web", "test");
    private static final ProjectSlug API = ProjectSlug.parse("github/acme/api", "test");

    /** A build numbered {@code num}, started at {@code start} (or, with a "q" prefix, only queued then); null for neither. */
    private static Build build(int num, String time) {
        String field = time == null ? "" : time.startsWith("q")
                ? ", \"queued_at\": \"" + time.substring(1) + "\"" : ", \"start_time\": \"" + time + "\"";
        try {
            return Json.mapper().readValue("{\"build_num\": " + num + field + "}", Build.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ProjectBuilds.Listing listing(ProjectSlug slug, Build... builds) {
        return new ProjectBuilds.Listing(slug, List.of(builds), false, builds.length);
    }

    private static List<String> merged(int limit, ProjectBuilds.Listing... listings) {
        return ProjectBuilds.newestFirst(List.of(listings), limit).stream()
                .map(f -> f.slug().repo() + "#" + f.build().buildNum()).toList();
    }

    @Test
    void newestFirstByStartTimeAcrossProjects() {
        assertEquals(List.of("web#12", "api#7", "web#11", "api#6", "web#10"), merged(10,
                listing(WEB, build(12, "2026-11-28T11:50:00Z"), build(11, "2026-11-28T11:00:00Z"), build(10, "2026-11-28T09:00:00Z")),
                listing(API, build(7, "2026-11-28T11:30:00Z"), build(6, "2026-11-28T10:00:00.500Z"))));
    }

    @Test
    void theLimitCountsTheMergedList() {
        assertEquals(List.of("web#12", "api#7"), merged(2,
                listing(WEB, build(12, "2026-11-28T11:50:00Z"), build(11, "2026-11-28T11:00:00Z")),
                listing(API, build(7, "2026-11-28T11:30:00Z"), build(6, "2026-11-28T10:00:00Z"))));
    }

    @Test
    void theQueueTimeStandsInForAMissingStartTime() {
        assertEquals(List.of("api#7", "web#12", "web#11"), merged(10,
                listing(WEB, build(12, "2026-11-28T11:50:00Z"), build(11, "q2026-11-28T11:00:00Z")),
                listing(API, build(7, "q2026-11-28T11:55:00Z"))));
    }

    @Test
    void oneProjectsBuildsAreNewestFirstByNumberWhateverOrderTheyCameIn() {
        assertEquals(List.of("web#13", "web#12", "web#11", "web#10"), ProjectBuilds.inOrder(
                        listing(WEB, build(11, null), build(13, null), build(10, "2026-11-28T08:00:00Z"), build(12, null))).stream()
                .map(f -> "web#" + f.build().buildNum()).toList());
        assertEquals(List.of("web#13", "api#7", "web#12", "web#11"), merged(10,
                listing(WEB, build(11, "2026-11-28T09:00:00Z"), build(13, "2026-11-28T12:00:00Z"), build(12, "2026-11-28T10:00:00Z")),
                listing(API, build(7, "2026-11-28T11:00:00Z"))));
    }

    @Test
    void theSameTimeIsOrderedByNumberThenByTheOrderOfTheProjects() {
        String t = "2026-11-28T11:00:00Z";
        assertEquals(List.of("api#30", "web#20", "web#3", "api#3"), merged(10,
                listing(WEB, build(20, t), build(3, t)),
                listing(API, build(30, t), build(3, t))));
    }

    @Test
    void aBuildWithoutTimesStaysBesideTheBuildsOfItsProject() {
        // web#11 never ran (no times): it stays right after web#12; web#13, not queued yet, goes beside
        // web#12 too, not above api#7, which started after web#12
        assertEquals(List.of("api#7", "web#13", "web#12", "web#11", "api#6", "web#10"), merged(10,
                listing(WEB, build(13, null), build(12, "2026-11-28T11:00:00Z"), build(11, null), build(10, "2026-11-28T08:00:00Z")),
                listing(API, build(7, "2026-11-28T11:30:00Z"), build(6, "2026-11-28T10:00:00Z"))));
    }

    @Test
    void mineLooksThroughAThousandBuildsOrTwiceTheLimit() {
        assertEquals(10, ProjectBuilds.maxPages(1));
        assertEquals(10, ProjectBuilds.maxPages(30));
        assertEquals(10, ProjectBuilds.maxPages(500));
        assertEquals(11, ProjectBuilds.maxPages(501));
        assertEquals(200, ProjectBuilds.maxPages(Settings.MAX_LIMIT));
    }
}

package dev.circleview.api.model;

import com.fasterxml.jackson.databind.JavaType;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A followed project as {@code GET /projects} sends it: the default branch found by its decoded key, its newest build. */
class ProjectTest {
    private static Project read(String json) throws Exception {
        return Json.mapper().readValue(json, Project.class);
    }

    @Test
    void theFixtureBindsWithItsManyOtherSettingsIgnored() throws Exception {
        JavaType type = Json.mapper().getTypeFactory().constructCollectionType(List.class, Project.class);
        List<Project> projects;
        try (InputStream in = ProjectTest.class.getResourceAsStream("/api/projects.json")) {
            projects = Json.mapper().readValue(in, type);
        }
        Project web = projects.get(0);
        assertEquals("github/acme/web", web.slug());
        assertEquals("https://github.com/acme/web", web.vcsUrl());
        assertEquals("main", web.defaultBranch());
        assertEquals(2, web.branches().size());
        BranchBuild latest = web.latestOnDefaultBranch();
        assertEquals(1231, latest.buildNum(), "the running build is newer than the recent ones");
        assertEquals("running", latest.shownStatus());
        assertNull(latest.outcome());
        assertEquals("feature/login", projects.get(0).branches().keySet().stream().map(BranchNames::decode)
                .filter(b -> b.startsWith("feature")).findFirst().orElseThrow());

        assertEquals(88, projects.get(1).latestOnDefaultBranch().buildNum(), "release%2F2.x is release/2.x");
        assertNull(projects.get(2).latestOnDefaultBranch(), "a default branch without builds");
        assertEquals(12, projects.get(3).latestOnDefaultBranch().buildNum(), "'fix+tests', not 'fix tests' (#99)");
        assertEquals(5, projects.get(4).latestOnDefaultBranch().buildNum(), "功能/登录 from its encoded key");
        assertEquals(300, projects.get(5).latestOnDefaultBranch().buildNum(), "running_builds null");
        assertEquals(7, projects.get(6).latestOnDefaultBranch().buildNum(), "escape codes in the key decode too");
    }

    @Test
    void theNewestIsTheHighestNumberAmongEveryListTheBranchHas() throws Exception {
        Project p = read("""
                {"vcs_type": "github", "username": "o", "reponame": "r", "default_branch": "main", "branches": {"main": {
                  "recent_builds": [{"build_num": 5, "status": "success", "added_at": "2026-01-05T00:00:00Z"}, null],
                  "running_builds": [{"build_num": 4, "status": "running", "added_at": "2026-01-09T00:00:00Z"}],
                  "last_non_success": {"build_num": 6, "status": "failed", "added_at": "2026-01-01T00:00:00Z"}}}}""");
        assertEquals(6, p.latestOnDefaultBranch().buildNum());
    }

    @Test
    void withoutNumbersTheLatestTimeWinsAddedAtBeforePushedAt() throws Exception {
        Project p = read("""
                {"default_branch": "main", "branches": {"main": {"recent_builds": [
                  {"status": "failed", "pushed_at": "2026-01-09T00:00:00Z"},
                  {"status": "success", "added_at": "2026-01-10T00:00:00Z", "pushed_at": "2026-01-01T00:00:00Z"}]}}}""");
        assertEquals("success", p.latestOnDefaultBranch().status());
        assertNull(p.slug(), "no slug without vcs_type, username and reponame");
    }

    @Test
    void theOutcomeStandsInForAMissingStatus() {
        assertEquals("failed", new BranchBuild(1, null, "failed", null, null, null).shownStatus());
        assertEquals("running", new BranchBuild(1, "running", null, null, null, null).shownStatus());
    }

    @Test
    void missingOrOddBranchesAreNoBuildsNotAnError() throws Exception {
        assertNull(read("{\"default_branch\": \"main\"}").latestOnDefaultBranch());
        assertNull(read("{\"default_branch\": \"main\", \"branches\": null}").latestOnDefaultBranch());
        assertNull(read("{\"default_branch\": \"main\", \"branches\": {\"main\": \"oops\"}}").latestOnDefaultBranch());
        assertNull(read("{\"default_branch\": \"main\", \"branches\": {\"main\": {}}}").latestOnDefaultBranch());
        assertNull(read("{\"branches\": {\"main\": {\"recent_builds\": [{\"build_num\": 1}]}}}").latestOnDefaultBranch(),
                "no default branch, nothing to show");
        assertTrue(read("{\"default_branch\": 3}").branches().isEmpty());
    }
}

package dev.circleview.testing;

import dev.circleview.api.model.Build;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static dev.circleview.testing.TestBuild.build;

/** The builds of the golden tables: every status, missing data, hostile and wide text. Clock: {@link #NOW}. */
public final class SampleBuilds {
    public static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    public static final ZoneId ZONE = ZoneOffset.UTC;
    /** Where each build's page is ({@code build_url}); the hostile build's is not an http(s) address. */
    public static final String PAGE = "https://circleci.com/gh/acme/svc/";

    public static final String HOSTILE_SUBJECT = "Deploy \u001b[31mRED\u001b[0m now\rOverwritten\u0007 see "
            + "\u001b]8;;https://evil.example/\u001b\\docs\u001b]8;;\u001b\\ done";

    private SampleBuilds() {
    }

    public static List<Build> all() {
        return List.of(
                build(2001, "running").url(PAGE + 2001).subject("Add a login page for the admin area").workflow("build-and-test", "test")
                        .branch("feature/login").revision("3f9c2a17b6d04e8e9a1c0b5d7e6f4a3b2c1d0e9f").login("alice")
                        .start("2026-11-28T11:59:30.250Z").get(),
                build(2000, "queued").url(PAGE + 2000).subject("Bump jackson to 2.23.0").workflow("build-and-test", "build")
                        .branch("renovate/jackson").revision("0a1b2c3d4e5f60718293a4b5c6d7e8f901234567").login("renovate-bot").get(),
                build(1999, "scheduled").url(PAGE + 1999).subject("Nightly dependency check").workflow("nightly", "audit")
                        .branch("main").revision("1111111aaaaaaabbbbbbbcccccccdddddddeeeee").get(),
                build(1998, "not_running").url(PAGE + 1998).subject("Wait for a free container").workflow("build-and-test", "lint")
                        .branch("main").revision("2222222aaaaaaabbbbbbbcccccccdddddddeeeee").login("bob").get(),
                build(1997, "success").url(PAGE + 1997).subject("Fix the flaky checkout test").workflow("build-and-test", "test")
                        .branch("main").revision("9e8d7c6b5a49382716059f8e7d6c5b4a39281706").login("bob")
                        .start("2026-11-28T11:57:00Z").stop("2026-11-28T11:57:45Z").millis(45_000L).get(),
                build(1996, "fixed").url(PAGE + 1996).subject("Repair the release script").workflow("release", "publish")
                        .branch("main").revision("abcdef0123456789abcdef0123456789abcdef01").login("none").authorName("Carol Jones")
                        .start("2026-11-28T07:00:00Z").millis(135_000L).get(),
                build(1995, "failed").url(PAGE + 1995).subject("Refactor the payment service to use the new gateway client and retry policy")
                        .workflow("build-and-test", "integration-tests").branch("feature/payments-gateway-v2")
                        .revision("fedcba9876543210fedcba9876543210fedcba98").committerName("dave")
                        .start("2026-11-26T12:00:00Z").millis(3_720_000L).get(),
                build(1994, "timedout").url(PAGE + 1994).subject("Run the full end-to-end suite").workflow("e2e", "browser-tests")
                        .branch("main").revision("5555555aaaaaaabbbbbbbcccccccdddddddeeeee").login("erin")
                        .start("2026-11-28T10:00:00Z").millis(3_600_000L).get(),
                build(1993, "infrastructure_fail").url(PAGE + 1993).subject("Upgrade the machine image").workflow("build-and-test", "build")
                        .branch("main").revision("6666666aaaaaaabbbbbbbcccccccdddddddeeeee").login("frank")
                        .start("2026-10-15T09:30:00Z").millis(12_000L).get(),
                build(1992, "canceled").url(PAGE + 1992).subject("WIP: try a new cache key").workflow("build-and-test", "test")
                        .branch("spike/cache").revision("7777777aaaaaaabbbbbbbcccccccdddddddeeeee").login("grace")
                        .start("2026-11-28T11:00:00Z").stop("2026-11-28T11:00:20Z").get(),
                build(1991, "not_run").url(PAGE + 1991).subject("docs: fix a typo").workflow("build-and-test", "deploy")
                        .branch("main").revision("8888888aaaaaaabbbbbbbcccccccdddddddeeeee").login("heidi").get(),
                build(1990, "retried").url(PAGE + 1990).subject("Deploy to staging").workflow("deploy", "deploy-staging")
                        .branch("main").revision("9999999aaaaaaabbbbbbbcccccccdddddddeeeee").login("ivan")
                        .start("2026-11-28T11:30:00Z").millis(61_000L).get(),
                build(1989, "no_tests").url(PAGE + 1989).subject("An empty test run").job("unit-tests")
                        .branch("main").revision("aaaaaaa1111111bbbbbbbcccccccdddddddeeeee").login("judy")
                        .start("2026-11-28T11:59:59Z").millis(999L).get(),
                build(1988, "on_hold").url(PAGE + 1988).subject("Approve the production deploy").workflow("deploy", "hold")
                        .branch("main").revision("bbbbbbb1111111aaaaaaacccccccdddddddeeeee").login("ken").get(),
                build(1987, "failed").url(PAGE + 1987).workflow("nightly", "audit")
                        .branch("main").revision("ccccccc1111111aaaaaaabbbbbbbdddddddeeeee").login("none")
                        .start("2026-11-27T12:00:00Z").millis(30_000L).get(),
                build(1986, "success").url(PAGE + 1986).subject("Fix the flaky checkout test").retryOf(1985).workflow("build-and-test", "test")
                        .branch("main").revision("ddddddd1111111aaaaaaabbbbbbbccccccceeeee").login("bob")
                        .start("2026-11-28T11:40:00Z").millis(75_000L).get(),
                build(1985, "success").url(PAGE + 1985).subject("修复登录页面的错误 🚀 并更新文档 ✅").workflow("build-and-test", "test")
                        .branch("功能/登录-🚀").revision("eeeeeee1111111aaaaaaabbbbbbbcccccccddddd").login("李雷")
                        .start("2026-11-28T09:00:00Z").millis(200_000L).get(),
                build(1984, "failed").url("javascript:alert(1)").subject(HOSTILE_SUBJECT).workflow("build-and-test\u0007", "test\u001b[8m")
                        .branch("main\u001b[2J\u202e").revision("f0f0f0f\u009b31m1111111aaaaaaabbbbbbbcccc").login("mallory\u202e\u001b]0;pwned\u0007")
                        .start("2026-11-28T11:50:00Z").millis(5_000L).get(),
                build(1983, "success").url(PAGE + 1983).subject("Clock skew: stopped before it started").workflow("build-and-test", "test")
                        .branch("main").revision("1234567890abcdef1234567890abcdef12345678").login("olivia")
                        .start("2026-11-28T11:00:00Z").stop("2026-11-28T10:50:00Z").get(),
                TestBuild.empty());
    }

    /** A project for each build of {@link #all()}, for the table of several projects: three, one with a long slug. */
    public static List<String> projects() {
        List<String> slugs = List.of("github/acme/web", "github/acme/api", "bitbucket/acme-platform/payments-gateway-service");
        return java.util.stream.IntStream.range(0, all().size()).mapToObj(i -> slugs.get(i % slugs.size())).toList();
    }
}

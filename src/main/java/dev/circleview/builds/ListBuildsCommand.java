package dev.circleview.builds;

import dev.circleview.app.Connection;
import dev.circleview.cli.Validation;
import dev.circleview.app.Session;
import dev.circleview.api.BuildQuery;
import dev.circleview.api.model.Build;
import dev.circleview.cli.ProjectsOptions;
import dev.circleview.config.Settings;
import dev.circleview.core.ProjectSlug;
import dev.circleview.core.Text;
import dev.circleview.core.UsageException;
import dev.circleview.output.BuildTable;
import dev.circleview.cli.JsonFieldsSource;
import dev.circleview.cli.JsonOptions;
import dev.circleview.output.JsonFields;
import dev.circleview.output.Printer;
import dev.circleview.term.Terminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code circle-view builds}: the project's recent builds, as a table, tab-separated lines, or JSON. */
@Command(name = "builds",
        description = "List the project's recent builds, newest first; or those of several projects together.",
        footerHeading = "%nExamples:%n",
        footer = {
                "  circle-view builds                   # the project of this checkout's catalog",
                "  circle-view builds -b main -s failed -L 10  # last 10 failed of main",
                "  circle-view builds -p gh/my-org/my-repo --json | jq '.[0].status'",
                "  circle-view builds | cut -f1,2       # piped: tab-separated, no header",
                "  circle-view builds --all-entities    # every project the catalog file names",
                "  circle-view builds -p gh/o/a -p gh/o/b --mine  # your builds of two projects",
                "  circle-view builds --workflow release --job deploy -s failed -L 1",
                "  circle-view builds --sha 3f9c2e1 --json build_num,status",
                "",
                "Piped output has the columns status, number, subject (the commit's subject",
                "alone), job, workflow, branch, revision, author (the commit's author, else",
                "the user's login), start time (ISO-8601 UTC) and duration (seconds). With",
                "several projects (--project repeated, or --all-entities), each line starts",
                "with one more column, the project's slug, and the table has a PROJECT",
                "column. --json fields are listed in docs/json.md.",
                "",
                "Several projects are fetched together, --limit builds of each, then merged",
                "newest first (by start time, else queue time, then number) and cut to",
                "--limit. If any project fails (404, 401, ...), the command fails with one",
                "line naming it, and prints no builds. --offset takes one project only.",
                "",
                "--workflow, --job, --sha, --author and --mine (the builds whose user is the",
                "token's, GET /me) are filters CircleCI's API does not have: builds are read",
                "100 at a time until --limit of them match, the list ends, or --scan pages",
                "were read (default " + ProjectBuilds.MIN_SCAN + " builds of a project, or twice --limit when that",
                "is more), which it then says on stderr. --branch and --status combine with",
                "them and are asked of CircleCI. A project's builds are listed newest first by",
                "number (CircleCI's lists are not always in that order)."},
        mixinStandardHelpOptions = true)
public final class ListBuildsCommand implements Callable<Integer>, JsonFieldsSource {
    /** The API's {@code filter} values. */
    public enum StatusFilter { completed, successful, failed, running }

    private final Session session;


    @Mixin
    ProjectsOptions projects;

    @Option(names = {"-L", "--limit"}, paramLabel = "N",
            description = "How many builds to show (default: limit in the config file, else " + Settings.DEFAULT_LIMIT
                    + "; above 100 they are fetched in pages).")
    Integer limitFlag;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Skip the N newest builds.")
    int offset;

    @Option(names = {"-b", "--branch"}, paramLabel = "NAME", description = "Only builds of this branch.")
    String branch;

    @Option(names = {"-s", "--status"}, paramLabel = "STATUS",
            description = "Only builds that are ${COMPLETION-CANDIDATES}.")
    StatusFilter status;

    @Mixin
    JsonOptions json;

    @Option(names = "--no-headers", description = "Leave out the header line of the table.")
    boolean noHeaders;

    @Option(names = "--mine", description = "Only builds whose user is the token's own (needs a personal API token).")
    boolean mine;

    @Mixin
    BuildFilters filters;

    public ListBuildsCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        Terminal term = session.terminal();
        int limit = Settings.limit(limitFlag, session.config());
        validate(limit);
        Printer out = session.printer(json, this::jsonFields);
        Connection.Several connection = session.connectAll(projects, mine ? "--mine" : null);
        List<ProjectSlug> slugs = connection.slugs();
        boolean several = slugs.size() > 1;
        if (several && offset != 0) {
            throw new UsageException("--offset goes with one project only, not " + slugs.size(),
                    "leave it out, or list one project with --project");
        }

        BuildQuery query = new BuildQuery(branch, status == null ? null : status.name(), limit, offset);
        String login = null;
        List<ProjectBuilds.Listing> listings;
        if (mine || filters.any()) {
            ProjectBuilds.Search found = ProjectBuilds.search(connection.client(), slugs, query, filters.predicate(), mine,
                    filters.pages(limit));
            login = found.login();
            listings = found.listings();
            for (ProjectBuilds.Listing l : listings) {
                if (l.capped()) {
                    term.err().println("circle-view: looked through the newest " + l.scanned() + " builds of " + l.slug()
                            + " and found " + l.builds().size() + matching(login) + "; older builds were not searched"
                            + " (--scan N reads N pages of 100)");
                }
            }
        } else {
            listings = ProjectBuilds.all(connection.client(), slugs, query);
        }
        List<ProjectBuilds.Found> found = several ? ProjectBuilds.newestFirst(listings, limit) : ProjectBuilds.inOrder(listings.get(0));
        List<Build> builds = found.stream().map(ProjectBuilds.Found::build).toList();
        session.page();

        if (out.json()) {
            out.json(builds);
        }
        if (builds.isEmpty()) {
            term.err().println("No builds found for " + slugs.stream().map(ProjectSlug::toString).collect(Collectors.joining(", "))
                    + (branch == null ? "" : " on branch " + branch)
                    + (status == null ? "" : " with status " + status) + matching(login));
            return 0;
        }
        if (!out.json()) {
            BuildTable table = new BuildTable(session.clock().instant(), session.clock()::getZone);
            List<String> labels = several ? found.stream().map(f -> f.slug().toString()).toList() : null;
            out.lines(out.human() ? table.table(builds, labels, out.width(), out.color(), out.links(), !noHeaders)
                    : table.piped(builds, labels));
        }
        return 0;
    }

    /** What the builds were matched against, for messages: " matching workflow \"W\", job \"J\" by LOGIN", or nothing. */
    private String matching(String login) {
        List<String> filtered = filters.described();
        return (filtered.isEmpty() ? "" : " matching " + String.join(", ", filtered))
                + (login == null ? "" : " by " + Text.quoteForMessage(login));
    }

    private void validate(int limit) {
        if (limit < 1 || limit > Settings.MAX_LIMIT) {
            throw new UsageException("--limit must be between 1 and " + Settings.MAX_LIMIT + ", not " + limit, null);
        }
        if (offset < 0) {
            throw new UsageException("--offset must be 0 or more, not " + offset, null);
        }
        if (branch != null) {
            Validation.branch(branch);
        }
        filters.validate(mine || filters.any());
    }

    @Override
    public List<String> jsonFields() {
        return JsonFields.of(Build.class);
    }
}

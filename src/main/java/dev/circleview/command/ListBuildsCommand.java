package dev.circleview.command;

import dev.circleview.AppContext;
import dev.circleview.api.BuildQuery;
import dev.circleview.api.model.Build;
import dev.circleview.cli.CircleViewCommand;
import dev.circleview.cli.GlobalOptions;
import dev.circleview.cli.ProjectOptions;
import dev.circleview.core.ProjectSlug;
import dev.circleview.core.UsageException;
import dev.circleview.render.BuildTable;
import dev.circleview.render.JsonOutput;
import dev.circleview.term.Terminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code circle-view builds}: the project's recent builds, as a table, tab-separated lines, or JSON. */
@Command(name = "builds",
        description = "List the project's recent builds, newest first.",
        footerHeading = "%nExamples:%n",
        footer = {
                "  circle-view builds                          # the project of this checkout's catalog-info.yaml",
                "  circle-view builds -b main -s failed -L 10  # the last 10 failed builds of main",
                "  circle-view builds -p gh/my-org/my-repo --json | jq '.[0].status'",
                "  circle-view builds | cut -f1,2              # piped: tab-separated, no header",
                "",
                "Piped output has the columns status, number, subject, job, workflow, branch, revision, author,",
                "start time (ISO-8601 UTC) and duration (seconds). --json fields are listed in docs/json.md."},
        mixinStandardHelpOptions = true)
public final class ListBuildsCommand implements Callable<Integer> {
    static final int MAX_LIMIT = 10_000;

    /** The API's {@code filter} values. */
    public enum StatusFilter { completed, successful, failed, running }

    private final AppContext context;

    @ParentCommand
    CircleViewCommand root;

    @Mixin
    ProjectOptions project;

    @Option(names = {"-L", "--limit"}, paramLabel = "N", defaultValue = "30",
            description = "How many builds to show (default ${DEFAULT-VALUE}; above 100 they are fetched in pages).")
    int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Skip the N newest builds.")
    int offset;

    @Option(names = {"-b", "--branch"}, paramLabel = "NAME", description = "Only builds of this branch.")
    String branch;

    @Option(names = {"-s", "--status"}, paramLabel = "STATUS",
            description = "Only builds that are ${COMPLETION-CANDIDATES}.")
    StatusFilter status;

    @Option(names = "--json", description = "Print the builds as a JSON array (fields in docs/json.md).")
    boolean json;

    @Option(names = "--no-headers", description = "Leave out the header line of the table.")
    boolean noHeaders;

    public ListBuildsCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        GlobalOptions global = root.global();
        Terminal term = global.terminal(context.terminal(), context.env());
        validate();
        Connection connection = Connection.open(context, global, project, term);
        ProjectSlug slug = connection.slug();

        List<Build> builds = connection.client()
                .listBuilds(slug, new BuildQuery(branch, status == null ? null : status.name(), limit, offset));
        global.page(term, context.env());

        if (json) {
            JsonOutput.write(term.out(), builds);
        }
        if (builds.isEmpty()) {
            term.err().println("No builds found for " + slug + (branch == null ? "" : " on branch " + branch)
                    + (status == null ? "" : " with status " + status));
            return 0;
        }
        if (!json) {
            BuildTable table = new BuildTable(context.clock().instant(), context.clock()::getZone);
            List<String> lines = term.isOutTerminal()
                    ? table.table(builds, term.width(), term.outColor(), term.links(), !noHeaders)
                    : table.piped(builds);
            lines.forEach(term.out()::println);
        }
        return 0;
    }

    private void validate() {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new UsageException("--limit must be between 1 and " + MAX_LIMIT + ", not " + limit, null);
        }
        if (offset < 0) {
            throw new UsageException("--offset must be 0 or more, not " + offset, null);
        }
        if (branch != null) {
            Validation.branch(branch);
        }
    }
}

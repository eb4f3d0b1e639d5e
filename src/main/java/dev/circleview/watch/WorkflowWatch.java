package dev.circleview.watch;

import dev.circleview.output.BuildState;
import dev.circleview.api.BuildQuery;
import dev.circleview.api.CircleCiClient;
import dev.circleview.api.model.Build;
import dev.circleview.api.model.BuildDetail;
import dev.circleview.core.ExitCode;
import dev.circleview.core.ProjectSlug;
import dev.circleview.core.UsageException;
import dev.circleview.term.LiveArea;
import dev.circleview.term.Terminal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * {@code watch --workflow}: follows every job of a build's workflow (on API v1.1 one build per job,
 * all sharing {@code workflows.workflow_id}) until all have finished, or with {@code failFast} until
 * one has failed.
 *
 * <p>Each poll is one request: the newest {@link #PAGE} builds of the followed build's branch (of the
 * project when it has none), keeping those of its workflow; their status comes from the list entries,
 * so polling costs the same however many jobs there are. A job seen before that has dropped off that
 * page unfinished (many newer builds) is asked for by itself, so no job is lost. The set of jobs is
 * the ones seen so far: a job CircleCI has not created yet is not waited for.
 *
 * <p>The exit code is 0 when every job succeeded, else the worst of the jobs' ({@link BuildState#worst}).
 */
final class WorkflowWatch {
    static final int PAGE = 30;

    private final CircleCiClient client;
    private final ProjectSlug slug;
    private final BuildWatcher watcher;
    private final Terminal term;
    private final Clock clock;
    private final boolean failFast;

    WorkflowWatch(CircleCiClient client, ProjectSlug slug, BuildWatcher watcher, Terminal term, Clock clock,
                  boolean failFast) {
        this.client = client;
        this.slug = slug;
        this.watcher = watcher;
        this.term = term;
        this.clock = clock;
        this.failFast = failFast;
    }

    /**
     * Follows the workflow of build {@code num}, drawing into {@code live[0]} when there is one (else
     * printing change lines), and returns the exit code; {@code summary} is told the closing line.
     */
    int follow(int num, LiveArea[] live, Instant start, Consumer<String> summary) {
        BuildDetail followed = watcher.until(() -> client.pollBuild(slug, num), b -> true, b -> { },
                () -> "build #" + num + " did not answer");
        String id = followed.summary().workflows() == null ? null : followed.summary().workflows().workflowId();
        if (id == null || id.isBlank()) {
            throw new UsageException("build #" + num + " is not part of a workflow, so --workflow has nothing to follow",
                    "watch it without --workflow");
        }
        String name = followed.summary().workflows().workflowName();
        BuildQuery query = new BuildQuery(followed.summary().branch(), null, PAGE, 0);
        Map<Integer, Build> known = new TreeMap<>();
        known.put(num, followed.summary());
        List<List<Build>> last = new ArrayList<>(List.of(List.of()));
        List<Build> end = watcher.until(() -> poll(query, id, known), this::done, jobs -> {
            if (live[0] != null) {
                live[0].draw(WorkflowView.frame(name, jobs, clock.instant(), start, term.width(), term.outColor(), term.links()));
            } else {
                WorkflowView.changes(last.get(0).isEmpty() ? null : last.get(0), jobs).forEach(term.out()::println);
                term.out().flush();
            }
            last.set(0, jobs);
        }, () -> "workflow " + (name == null ? id : name) + " has not finished (" + pending(last.get(0)) + ")");
        if (live[0] != null) {
            live[0].close();
        }
        Build failed = end.stream().filter(this::failed).findFirst().orElse(null);
        if (failFast && failed != null && !end.stream().allMatch(WorkflowView::finished)) {
            term.err().println("circle-view: job " + WorkflowView.label(failed) + " failed; not waiting for the other jobs (--fail-fast)");
            term.err().flush();
        }
        String line = WorkflowView.summary(name, end, Duration.between(start, clock.instant()));
        term.out().println(line);
        summary.accept(line);
        return exitCode(end).code();
    }

    /** One poll: the list page, the workflow's jobs in it, and any known unfinished job that left the page. */
    private List<Build> poll(BuildQuery query, String id, Map<Integer, Build> known) {
        List<Build> page = client.pollBuilds(slug, query);
        Set<Integer> listed = page.stream().map(Build::buildNum).collect(Collectors.toSet());
        for (Build b : page) {
            if (b.buildNum() != null && b.workflows() != null && id.equals(b.workflows().workflowId())) {
                known.put(b.buildNum(), b);
            }
        }
        for (Build b : List.copyOf(known.values())) {
            if (!listed.contains(b.buildNum()) && !WorkflowView.finished(b)) {
                known.put(b.buildNum(), client.pollBuild(slug, b.buildNum()).summary());
            }
        }
        return List.copyOf(known.values());
    }

    private boolean done(List<Build> jobs) {
        return jobs.stream().allMatch(WorkflowView::finished) || failFast && jobs.stream().anyMatch(this::failed);
    }

    private boolean failed(Build job) {
        return BuildState.of(job.status(), job.lifecycle()).failed();
    }

    private static String pending(List<Build> jobs) {
        return jobs.stream().filter(j -> !WorkflowView.finished(j)).map(j -> WorkflowView.label(j) + " " + j.status())
                .collect(Collectors.joining(", "));
    }

    /** 0 when every job succeeded, else the worst job's code ({@link BuildState#worst}). */
    static ExitCode exitCode(List<Build> jobs) {
        return BuildState.worst(jobs.stream().map(j -> BuildState.of(j.status(), j.lifecycle())).toList());
    }
}

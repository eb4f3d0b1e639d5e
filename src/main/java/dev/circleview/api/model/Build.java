package dev.circleview.api.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One build (a "job" in newer CircleCI wording) as the list endpoints return it. Every field may
 * be null or absent; the JSON names are the API's (snake_case), and {@code --json} writes them back
 * under the same names.
 */
public record Build(
        Integer buildNum,
        String status,
        String lifecycle,
        String outcome,
        String subject,
        Integer retryOf,
        String jobName,
        Workflows workflows,
        String branch,
        String vcsTag,
        String vcsRevision,
        String username,
        String reponame,
        String vcsType,
        String buildUrl,
        User user,
        String authorName,
        String committerName,
        String why,
        String queuedAt,
        String startTime,
        String stopTime,
        Long buildTimeMillis,
        Integer parallel,
        String platform,
        String dontBuild,
        List<Message> messages) {

    /** A build of which nothing is known. */
    public static final Build EMPTY = new Build(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null, null);

    /**
     * Why CircleCI did not run the build, in words, or null: its {@code dont_build} reason
     * ({@code ci-skip}, {@code branch-filtered}, ...) and what its messages say. Not sanitised.
     */
    @JsonIgnore
    public String notRunReason() {
        List<String> parts = new ArrayList<>();
        if (dontBuild != null && !dontBuild.isBlank()) {
            parts.add(switch (dontBuild) {
                case "ci-skip" -> "the commit asked to skip CI (ci-skip)";
                case "branch-filtered" -> "the branch is filtered out by the configuration (branch-filtered)";
                case "prs-only" -> "only pull requests are built (prs-only)";
                default -> dontBuild;
            });
        }
        if (messages != null) {
            messages.stream().filter(m -> m != null && m.message() != null && !m.message().isBlank())
                    .forEach(m -> parts.add(m.message().strip()));
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    /** The job's name: the workflow's job name where there is one, else the top-level one. */
    @JsonIgnore
    public String effectiveJobName() {
        if (workflows != null && workflows.jobName() != null) {
            return workflows.jobName();
        }
        return jobName;
    }

    @JsonIgnore
    public String workflowName() {
        return workflows == null ? null : workflows.workflowName();
    }

    /**
     * Who to name for the build, the same in every view: the commit's author, else the login of the
     * user who triggered it (CircleCI sends "none" for no user); null when there is neither.
     */
    @JsonIgnore
    public String author() {
        if (authorName != null && !authorName.isBlank()) {
            return authorName;
        }
        if (user != null && user.login() != null && !user.login().isBlank() && !"none".equals(user.login())) {
            return user.login();
        }
        return null;
    }

    @JsonIgnore
    public Instant startedAt() {
        return Timestamps.parse(startTime);
    }

    @JsonIgnore
    public Instant stoppedAt() {
        return Timestamps.parse(stopTime);
    }

    @JsonIgnore
    public Instant queuedAtInstant() {
        return Timestamps.parse(queuedAt);
    }

    /**
     * How long the build ran, or null while it has not finished: {@code build_time_millis} when
     * given, else stop minus start when both are known and not negative (clocks do skew).
     */
    @JsonIgnore
    public Duration duration() {
        return Timestamps.duration(buildTimeMillis, startTime, stopTime);
    }
}

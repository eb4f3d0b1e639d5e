package dev.circleview.api.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.List;
import java.util.Objects;

/**
 * One build as {@code GET /project/:vcs/:org/:repo/:num} returns it: the fields of a {@link Build},
 * in the same order and under the same names, then its {@code steps}. The build's own helpers
 * (author, job name, duration, ...) are {@link #summary()}'s. Every field may be null or absent;
 * a missing step list is empty.
 */
public record BuildDetail(
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
        List<Step> steps) {

    public BuildDetail {
        steps = steps == null ? List.of() : steps.stream().filter(Objects::nonNull).toList();
    }

    /** The same build without its steps, with {@link Build}'s helpers. */
    @JsonIgnore
    public Build summary() {
        return new Build(buildNum, status, lifecycle, outcome, subject, retryOf, jobName, workflows, branch, vcsTag,
                vcsRevision, username, reponame, vcsType, buildUrl, user, authorName, committerName, why, queuedAt,
                startTime, stopTime, buildTimeMillis, parallel, platform);
    }
}

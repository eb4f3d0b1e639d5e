package dev.circleview.api.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.Instant;

/**
 * A build as the {@code branches} of {@code GET /projects} list it: a few fields only. {@code outcome}
 * is null while it runs; {@code added_at} is when CircleCI created the build, {@code pushed_at} when
 * its commit was pushed.
 */
public record BranchBuild(Integer buildNum, String status, String outcome, String vcsRevision, String pushedAt,
                          String addedAt) {

    /** The status to show: {@code status}, else {@code outcome}. */
    @JsonIgnore
    public String shownStatus() {
        return status != null && !status.isBlank() ? status : outcome;
    }

    /** When the build was made: {@code added_at}, else {@code pushed_at}; null when neither is a time. */
    @JsonIgnore
    public Instant when() {
        Instant added = Timestamps.parse(addedAt);
        return added != null ? added : Timestamps.parse(pushedAt);
    }
}

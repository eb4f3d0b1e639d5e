package dev.circleview.api.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.Duration;
import java.time.Instant;

/**
 * One step on one container ({@code index}). {@code step} is CircleCI's step id, which on 2.0 is not
 * contiguous (0, 99, 101, ...). Every field may be null or absent; {@code output_url} is a
 * short-lived signed address, present only when {@code has_output}.
 */
public record Action(
        String name,
        Integer index,
        Integer step,
        String status,
        Integer exitCode,
        String startTime,
        String endTime,
        Long runTimeMillis,
        Boolean hasOutput,
        String outputUrl,
        Boolean truncated,
        Boolean failed,
        String type,
        Boolean background,
        Boolean parallel) {

    @JsonIgnore
    public Instant startedAt() {
        return Timestamps.parse(startTime);
    }

    @JsonIgnore
    public Instant endedAt() {
        return Timestamps.parse(endTime);
    }

    /** How long it ran, or null while it has not finished: as {@link Build#duration()} works it out. */
    @JsonIgnore
    public Duration duration() {
        return Timestamps.duration(runTimeMillis, startTime, endTime);
    }
}

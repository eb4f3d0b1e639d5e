package dev.circleview.api.model;

/** The {@code workflows} object of a build on CircleCI 2.0: which workflow run and job it belongs to. */
public record Workflows(String workflowId, String workflowName, String jobName, String jobId) {
}

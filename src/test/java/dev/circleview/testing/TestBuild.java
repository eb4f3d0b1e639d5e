package dev.circleview.testing;

import java.util.List;

import dev.circleview.api.model.Build;
import dev.circleview.api.model.Message;
import dev.circleview.api.model.User;
import dev.circleview.api.model.Workflows;

/** A readable way to write builds in tests: only the fields a test cares about are set. */
public final class TestBuild {
    private String dontBuild;
    private List<Message> messages;
    private Integer buildNum;
    private String status;
    private String subject;
    private Integer retryOf;
    private String jobName;
    private String workflowName;
    private String workflowJobName;
    private String branch;
    private String revision;
    private String login;
    private String authorName;
    private String committerName;
    private String startTime;
    private String stopTime;
    private Long buildTimeMillis;
    private String url;

    public static TestBuild build(Integer number, String status) {
        TestBuild b = new TestBuild();
        b.buildNum = number;
        b.status = status;
        return b;
    }

    public static Build empty() {
        return new TestBuild().get();
    }

    public TestBuild subject(String s) {
        subject = s;
        return this;
    }

    public TestBuild retryOf(Integer n) {
        retryOf = n;
        return this;
    }

    public TestBuild job(String s) {
        jobName = s;
        return this;
    }

    /** The {@code workflows} object: workflow name and the job's name within it. */
    public TestBuild workflow(String workflow, String job) {
        workflowName = workflow;
        workflowJobName = job;
        return this;
    }

    public TestBuild branch(String s) {
        branch = s;
        return this;
    }

    public TestBuild revision(String s) {
        revision = s;
        return this;
    }

    public TestBuild login(String s) {
        login = s;
        return this;
    }

    public TestBuild authorName(String s) {
        authorName = s;
        return this;
    }

    public TestBuild committerName(String s) {
        committerName = s;
        return this;
    }

    public TestBuild start(String s) {
        startTime = s;
        return this;
    }

    public TestBuild stop(String s) {
        stopTime = s;
        return this;
    }

    public TestBuild millis(Long ms) {
        buildTimeMillis = ms;
        return this;
    }

    /** The build's page ({@code build_url}). */
    public TestBuild url(String s) {
        url = s;
        return this;
    }

    public TestBuild notRun(String reason, String... messages) {
        this.dontBuild = reason;
        this.messages = java.util.Arrays.stream(messages).map(m -> new Message("warning", m)).toList();
        return this;
    }

    public Build get() {
        Workflows workflows = workflowName == null && workflowJobName == null
                ? null : new Workflows("wf-" + buildNum, workflowName, workflowJobName, "job-" + buildNum);
        User user = login == null ? null : new User(login, null, !"none".equals(login), null);
        return new Build(buildNum, status, null, null, subject, retryOf, jobName, workflows, branch, null,
                revision, null, null, null, url, user, authorName, committerName, null,
                null, startTime, stopTime, buildTimeMillis, null, null, dontBuild, messages);
    }
}

#!/usr/bin/env python3
"""Writes CircleCI v1.1-shaped build lists for the benchmark and the start-up training run.

usage: fixtures.py COUNT OUT.json [SEED]

The builds carry the fields real list responses carry (about 60, nested user, workflows, picard,
all_commit_details), so JSON binding costs what it costs against circleci.com.
"""
import json
import random
import sys


def build(rng, n, now=1764331200):
    statuses = ["success"] * 6 + ["failed", "fixed", "running", "queued", "canceled", "timedout", "not_run"]
    status = rng.choice(statuses)
    start = now - n * 97
    ms = None if status in ("running", "queued") else rng.randint(20_000, 900_000)
    iso = lambda t: "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (2025, 11, 28, (t // 3600) % 24, (t // 60) % 60, t % 60, rng.randint(0, 999))
    sha = "%040x" % rng.getrandbits(160)
    subject = rng.choice(["Fix flaky login test", "Bump jackson to 2.23", "Add retry to uploader",
                          "Refactor the payment client", "Merge pull request #%d from acme/feature" % n,
                          "Update README", "Speed up the CI cache step"])
    branch = rng.choice(["main", "main", "feature/login", "release/2.4", "dependabot/maven/jackson-2.23"])
    login = rng.choice(["alice", "bob", "carol", "dependabot[bot]"])
    commit = {"committer_date": "2025-11-28T10:03:49-07:00", "body": "", "branch": branch,
              "author_date": "2025-11-28T10:03:49-07:00", "committer_email": login + "@example.com",
              "commit": sha, "committer_login": login, "committer_name": login.title(),
              "subject": subject, "commit_url": "https://github.com/acme/svc/commit/" + sha,
              "author_login": login, "author_name": login.title(), "author_email": login + "@example.com"}
    wf = "%08x-%04x-%04x-%04x-%012x" % tuple(rng.getrandbits(b) for b in (32, 16, 16, 16, 48))
    return {
        "compare": None, "previous_successful_build": {"build_num": n - 2, "status": "success", "build_time_millis": 61234},
        "build_parameters": {}, "oss": False, "all_commit_details_truncated": False,
        "committer_date": "2025-11-28T10:03:49-07:00", "body": "", "usage_queued_at": iso(start - 5),
        "context_ids": [], "fail_reason": None, "retry_of": (n - 1) if n % 17 == 0 else None,
        "reponame": "svc", "ssh_users": [], "build_url": "https://circleci.com/gh/acme/svc/%d" % n,
        "parallel": 1, "failed": status == "failed", "branch": branch, "username": "acme",
        "author_date": "2025-11-28T10:03:49-07:00", "why": "github", "user": {
            "is_user": True, "login": login, "avatar_url": "https://avatars.githubusercontent.com/u/%d?v=4" % n,
            "name": login.title(), "vcs_type": "github", "id": 1000 + n},
        "vcs_revision": sha, "workflows": {"job_name": rng.choice(["build", "test", "lint", "deploy"]),
                                           "job_id": wf, "workflow_id": wf, "workspace_id": wf,
                                           "upstream_job_ids": [], "upstream_concurrency_map": {},
                                           "workflow_name": rng.choice(["build-test-deploy", "nightly"])},
        "vcs_tag": None, "pull_requests": [], "build_num": n, "infrastructure_fail": False,
        "committer_email": login + "@example.com", "has_artifacts": True, "previous": {
            "build_num": n - 1, "status": "success", "build_time_millis": 60000},
        "status": status, "committer_name": login.title(), "retries": None, "subject": subject,
        "vcs_type": "github", "timedout": status == "timedout", "dont_build": None, "lifecycle":
            "running" if status == "running" else ("queued" if status == "queued" else "finished"),
        "no_dependency_cache": False, "stop_time": None if ms is None else iso(start + ms // 1000),
        "ssh_disabled": True, "build_time_millis": ms, "picard": {
            "build_agent": {"image": "circleci/picard:1.0.%d" % rng.randint(1000, 9999),
                            "properties": {"build_agent": "1.0.%d" % rng.randint(1000, 9999), "executor": "docker"}},
            "resource_class": {"cpu": 2.0, "ram": 4096, "class": "medium"}, "executor": "docker"},
        "circle_yml": None, "messages": [], "is_first_green_build": False, "job_name": None,
        "start_time": iso(start), "canceler": None, "all_commit_details": [commit],
        "platform": "2.0", "outcome": None if ms is None else status, "vcs_url": "https://github.com/acme/svc",
        "author_name": login.title(), "node": None, "queued_at": iso(start - 3), "canceled": status == "canceled",
        "author_email": login + "@example.com"}


def main():
    count = int(sys.argv[1])
    out = sys.argv[2]
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 42)
    builds = [build(rng, 5000 - i) for i in range(count)]
    with open(out, "w") as f:
        json.dump(builds, f, separators=(",", ":"))


if __name__ == "__main__":
    main()

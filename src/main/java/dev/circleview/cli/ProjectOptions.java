package dev.circleview.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** How a command finds its CircleCI project. */
@Command(addMethodSubcommands = false)
public final class ProjectOptions {
    @Option(names = {"-p", "--project"}, paramLabel = "SLUG",
            description = "The project, as github/ORG/REPO, bitbucket/WORKSPACE/REPO or circleci/ORG-ID/PROJECT-ID "
                    + "(gh/ and bb/ work too; env CIRCLE_VIEW_PROJECT). Default: the circleci.com/project-slug "
                    + "annotation of catalog-info.yaml in this folder or a parent.")
    public String project;

    @Option(names = "--catalog", paramLabel = "FILE", description = "The catalog file to read, instead of searching for catalog-info.yaml.")
    public Path catalog;

    @Option(names = "--entity", paramLabel = "NAME", description = "Which entity of the catalog file to use, when several name a project.")
    public String entity;
}

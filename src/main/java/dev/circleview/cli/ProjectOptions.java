package dev.circleview.cli;

import picocli.CommandLine.Option;

/**
 * How a command that acts on one project finds it. {@code --project} may be given once: picocli
 * refuses it twice, and {@link ErrorHandler} says why.
 */
public final class ProjectOptions extends CatalogOptions {
    @Option(names = {"-p", "--project"}, paramLabel = "SLUG",
            description = "The project, as github/ORG/REPO, bitbucket/WORKSPACE/REPO or circleci/ORG-ID/PROJECT-ID "
                    + "(gh/ and bb/ work too; env CIRCLE_VIEW_PROJECT). Default: the circleci.com/project-slug "
                    + "annotation of catalog-info.yaml in this folder or a parent.")
    public String project;
}

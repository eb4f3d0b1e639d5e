package dev.circleview.cli;

import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/** How a command that lists builds of one or several projects finds them ({@code builds}). */
public final class ProjectsOptions extends CatalogOptions {
    @Option(names = {"-p", "--project"}, paramLabel = "SLUG",
            description = "The project, as github/ORG/REPO, bitbucket/WORKSPACE/REPO or circleci/ORG-ID/PROJECT-ID "
                    + "(gh/ and bb/ work too; env CIRCLE_VIEW_PROJECT). Repeat it (-p A -p B) to list several projects "
                    + "together. Default: the circleci.com/project-slug annotation of catalog-info.yaml in this folder "
                    + "or a parent.")
    public List<String> projects = new ArrayList<>();

    @Option(names = "--all-entities",
            description = "Every project the catalog file names (each entity with a circleci.com/project-slug "
                    + "annotation, as in a monorepo), listed together; instead of --entity, --project and CIRCLE_VIEW_PROJECT.")
    public boolean allEntities;
}

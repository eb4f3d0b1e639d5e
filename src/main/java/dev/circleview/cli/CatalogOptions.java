package dev.circleview.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Which catalog file, and which entity of it, names the project: shared by {@link ProjectOptions} and {@link ProjectsOptions}. */
public abstract class CatalogOptions {
    @Option(names = "--catalog", paramLabel = "FILE", description = "The catalog file to read, instead of searching for catalog-info.yaml.")
    public Path catalog;

    @Option(names = "--entity", paramLabel = "NAME", description = "Which entity of the catalog file to use, when several name a project.")
    public String entity;
}

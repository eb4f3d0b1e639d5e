package dev.circleview.artifacts;

import dev.circleview.cli.JsonFieldsSource;
import dev.circleview.cli.JsonOptions;
import dev.circleview.output.JsonFields;
import dev.circleview.output.Printer;
import dev.circleview.app.Connection;
import dev.circleview.cli.BuildNumbers;
import dev.circleview.app.Session;
import dev.circleview.api.CircleCiClient;
import dev.circleview.api.model.Artifact;
import dev.circleview.cli.ProjectOptions;
import dev.circleview.core.ExitCode;
import dev.circleview.core.ProjectSlug;
import dev.circleview.core.Text;
import dev.circleview.core.UsageException;
import dev.circleview.term.Sanitizer;
import dev.circleview.term.Terminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.InvalidPathException;
import java.nio.file.FileSystems;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code circle-view artifacts NUMBER}: the files a build stored, listed or saved under a folder. */
@Command(name = "artifacts",
        description = "List the files a build stored (its artifacts), or download them into a folder.",
        footerHeading = "%nExamples:%n",
        footer = {
                "  circle-view artifacts 4810                      # container, path and address of each",
                "  circle-view artifacts 4810 | cut -f2            # piped: container<TAB>path<TAB>url",
                "  circle-view artifacts 4810 --json | jq -r '.[].url'",
                "  circle-view artifacts 4810 --download out       # saved as out/<container>/<path>",
                "  circle-view artifacts 4810 --download out --force",
                "",
                "Downloads run a few at a time. A path that would leave the folder (an absolute path, '..',",
                "a symbolic link leading out) or a symbolic link where a file belongs is refused, and so is",
                "an existing file without --force: then nothing is downloaded and the exit status is 1.",
                "Each file is written under a temporary name and moved into place when complete; a failed",
                "or interrupted download leaves no partial file. The token is sent only to CircleCI's",
                "artifact hosts (*.circle-artifacts.com) and the API's own host, never to a host they",
                "redirect to. Saved files are printed on stdout, one per line."},
        mixinStandardHelpOptions = true)
public final class ListArtifactsCommand implements Callable<Integer>, JsonFieldsSource {
    private final Session session;


    @Mixin
    ProjectOptions project;

    @Parameters(index = "0", paramLabel = "NUMBER", description = "The build's number (#123 works too).")
    String number;

    @Mixin
    JsonOptions json;

    @Option(names = {"-d", "--download"}, paramLabel = "DIR",
            description = "Download the artifacts into DIR/<container>/<path> (DIR is created when missing).")
    Path download;

    @Option(names = {"-f", "--force"}, description = "With --download: overwrite files that already exist.")
    boolean force;

    @Option(names = "--pattern", paramLabel = "GLOB",
            description = "Only the artifacts whose path (under the artifacts' folder) matches this glob, e.g. 'coverage/**' "
                    + "or '**.xml'. Repeatable: any of them.")
    List<String> patterns = new ArrayList<>();

    public ListArtifactsCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        Terminal term = session.terminal();
        int num = BuildNumbers.parse(number);
        Printer out = session.printer(json, this::jsonFields);
        if (download != null && out.json()) {
            throw new UsageException("--download and --json do not go together", "use one or the other");
        }
        if (force && download == null) {
            throw new UsageException("--force only goes with --download", "add --download DIR");
        }
        Connection connection = session.connect(project);
        ProjectSlug slug = connection.slug();

        CircleCiClient client = connection.client();
        List<Artifact> artifacts = matching(client.getArtifacts(slug, num));
        if (download == null) {
            session.page();
        }

        if (out.json()) {
            out.json(artifacts);
        }
        if (artifacts.isEmpty()) {
            term.err().println("No artifacts for build #" + num + " of " + slug + (patterns.isEmpty() ? "" : " matching --pattern") + (download == null ? "" : "; nothing to download"));
            return 0;
        }
        if (download != null) {
            Path dir = session.cwd().resolve(download);
            // on a terminal, a line on stderr that says how far the download has come, erased at the end
            boolean live = term.isErrTerminal() && !"dumb".equals(session.env().get("TERM"));
            ArtifactDownloads.Result result = ArtifactDownloads.download(artifacts, dir, download, force,
                    (url, what) -> client.openArtifact(url, what + " of build #" + num), (files, of, bytes) -> {
                        if (live) {
                            term.err().print("\r\u001b[2KDownloading artifacts: " + files + " of " + of + " saved ("
                                    + String.format(Locale.ROOT, "%.1f MB", bytes / 1e6) + ")");
                            term.err().flush();
                        }
                    });
            if (live) {
                term.err().print("\r\u001b[2K");
            }
            List<ArtifactDownloads.Saved> saved = result.saved();
            result.skipped().forEach(why -> term.err().println("circle-view: " + why));
            long bytes = saved.stream().mapToLong(ArtifactDownloads.Saved::bytes).sum();
            saved.forEach(s -> term.out().println(Sanitizer.cell(s.file().toString())));
            term.err().println("Saved " + saved.size() + (saved.size() == 1 ? " artifact" : " artifacts") + " (" + bytes
                    + " bytes) in " + Text.path(download)
                    + (result.skipped().isEmpty() ? "" : "; skipped " + result.skipped().size() + " that could not be saved safely"));
            if (!result.skipped().isEmpty()) {
                return ExitCode.ERROR.code();
            }
        } else if (!out.json()) {
            out.lines(out.human() ? ArtifactTable.table(artifacts, out.width(), out.color(), out.links()) : ArtifactTable.piped(artifacts));
        }
        return 0;
    }

    /** The artifacts {@code --pattern} picks (all without one), by their path under the artifacts' folder. */
    private List<Artifact> matching(List<Artifact> artifacts) {
        if (patterns.isEmpty()) {
            return artifacts;
        }
        List<PathMatcher> matchers = new ArrayList<>();
        for (String p : patterns) {
            try {
                matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + p));
            } catch (IllegalArgumentException e) {
                throw new UsageException("invalid --pattern \"" + Text.quoteForMessage(p) + "\": " + Text.quoteForMessage(
                        String.valueOf(e.getMessage()).lines().findFirst().orElse("")), "give a glob such as 'coverage/**' or '**.xml'");
            }
        }
        return artifacts.stream().filter(a -> a.relativePath() != null && matchers.stream().anyMatch(m -> {
            try {
                return m.matches(Path.of(a.relativePath()));
            } catch (InvalidPathException e) {
                return false;
            }
        })).toList();
    }

    @Override
    public List<String> jsonFields() {
        return JsonFields.of(Artifact.class);
    }
}

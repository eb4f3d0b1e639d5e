package dev.circleview.actions;

import dev.circleview.cli.JsonFieldsSource;
import dev.circleview.cli.JsonOptions;
import dev.circleview.output.JsonFields;
import dev.circleview.output.Printer;
import dev.circleview.app.Connection;
import dev.circleview.cli.Validation;
import dev.circleview.app.Session;
import dev.circleview.api.model.Build;
import dev.circleview.catalog.GitHead;
import dev.circleview.cli.ProjectOptions;
import dev.circleview.core.ApiException;
import dev.circleview.core.ExitCode;
import dev.circleview.core.ProjectSlug;
import dev.circleview.core.Text;
import dev.circleview.core.UsageException;
import dev.circleview.term.Terminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

/** {@code circle-view trigger}: starts a build of a branch (v1.1 API) and prints it. */
@Command(name = "trigger",
        description = {
                "Trigger a new build of a branch, optionally at a revision and with build parameters.",
                "CircleCI honours this only for projects whose config allows it: the v1.1 trigger is not "
                        + "supported for configs that say 'version: 2.1' (start those from CircleCI's app or API v2)."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  circle-view trigger                 # the branch this checkout is on",
                "  circle-view trigger -b main --revision 3f9c2e1",
                "  circle-view trigger -b main --param DEPLOY=staging --param DRY_RUN=1",
                "  circle-view trigger -b main --json | jq .build_num",
                "",
                "The request is sent once, never repeated automatically. Not for configs",
                "that say 'version: 2.1': CircleCI refuses to trigger those.",
                "Piped, the new build is printed as one line in the format of",
                "'circle-view builds'; --json prints it as JSON (docs/json.md)."},
        mixinStandardHelpOptions = true)
public final class TriggerBuildCommand implements Callable<Integer>, JsonFieldsSource {
    private static final Pattern SHA = Pattern.compile("[0-9a-fA-F]{7,40}");

    private final Session session;


    @Mixin
    ProjectOptions project;

    @Option(names = {"-b", "--branch"}, paramLabel = "NAME",
            description = "The branch to build. Default: the branch this git checkout is on.")
    String branch;

    @Option(names = "--revision", paramLabel = "SHA", description = "The commit to build (7 to 40 hex digits). Default: the branch's head.")
    String revision;

    @Option(names = "--param", paramLabel = "KEY=VALUE",
            description = "A build parameter, given to the build as an environment variable. Repeatable.")
    List<String> params = List.of();

    @Mixin
    JsonOptions json;

    public TriggerBuildCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        Terminal term = session.terminal();
        Printer out = session.printer(json, this::jsonFields);
        Map<String, String> parameters = parameters();
        if (revision != null && !SHA.matcher(revision).matches()) {
            throw new UsageException("invalid revision \"" + Text.quoteForMessage(revision) + "\": expected a commit SHA",
                    "give 7 to 40 hex digits, e.g. --revision 3f9c2e1");
        }
        String target = branch != null ? branch : GitHead.currentBranch(session.cwd());
        if (target == null) {
            throw new UsageException("which branch? give --branch NAME",
                    "without it, the branch of the git checkout you are in is used, and there is none here");
        }
        Validation.branch(target);
        Connection connection = session.connect(project);
        ProjectSlug slug = connection.slug();

        Build build;
        try {
            build = connection.client()
                    .triggerBuild(slug, target, revision, parameters);
        } catch (ApiException e) {
            // CircleCI's refusal of a 2.1 config is a plain 4xx; 401, 403, 404 and 429 have their own meaning
            if (e.exitCode() == ExitCode.ERROR && e.status() >= 400 && e.status() < 500) {
                throw new ApiException(e.exitCode(), e.status(), e.getMessage(),
                        "the v1.1 trigger does not work for configs that say 'version: 2.1'; "
                                + "start those from CircleCI's app or with API v2", e);
            }
            throw e;
        }

        ActionOutput.print(out, session.clock(), build, (color, links) -> ActionView.triggered(target, build, color, links));
        return 0;
    }

    /** The {@code --param} values as a map, in the order given. */
    private Map<String, String> parameters() {
        Map<String, String> map = new LinkedHashMap<>();
        for (String param : params) {
            int eq = param.indexOf('=');
            String key = eq < 0 ? null : param.substring(0, eq);
            String why = null;
            if (eq < 0) {
                why = "it has no '='";
            } else if (key.isEmpty()) {
                why = "the key is empty";
            } else if (key.codePoints().anyMatch(cp -> Text.isUnsafe(cp) || Character.isWhitespace(cp))) {
                why = "the key has spaces or control characters";
            } else if (map.containsKey(key)) {
                why = "the key " + Text.quoteForMessage(key) + " is given twice";
            }
            if (why != null) {
                // the value is left out of the message: it may be a secret
                String shown = eq < 0 ? param : key + "=...";
                throw new UsageException("invalid --param \"" + Text.quoteForMessage(shown) + "\": " + why,
                        "give it as KEY=VALUE, e.g. --param DEPLOY=staging");
            }
            map.put(key, param.substring(eq + 1));
        }
        return map;
    }

    @Override
    public List<String> jsonFields() {
        return JsonFields.of(Build.class);
    }
}

package dev.circleview.doctor;

import dev.circleview.app.Session;
import dev.circleview.app.Installation;
import dev.circleview.api.BuildQuery;
import dev.circleview.api.CircleCiClient;
import dev.circleview.api.ClientSettings;
import dev.circleview.catalog.CatalogReader;
import dev.circleview.catalog.MissingAnnotationException;
import dev.circleview.catalog.ProjectResolver;
import dev.circleview.cli.ProjectOptions;
import dev.circleview.config.Config;
import dev.circleview.config.Settings;
import dev.circleview.core.ApiException;
import dev.circleview.core.CircleViewException;
import dev.circleview.core.ExitCode;
import dev.circleview.core.Version;
import dev.circleview.core.Text;
import dev.circleview.doctor.DoctorReport.Check;
import dev.circleview.doctor.DoctorReport.State;
import dev.circleview.term.Sanitizer;
import dev.circleview.term.Terminal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What {@code circle-view doctor} checks, in the order {@code builds} needs it: the runtime, the
 * config file, the project, the token, the API (both requests {@code builds} would make, timed with
 * the context's clock), then the terminal and the completions. Every failure becomes a line, never
 * an exception; each check's facts go to {@code --json}.
 */
final class DoctorChecks {
    private final Session session;
    private final ProjectOptions project;
    private final Terminal term;
    private final List<Check> checks = new ArrayList<>();

    DoctorChecks(Session session, ProjectOptions project, Terminal term) {
        this.session = session;
        this.project = project;
        this.term = term;
    }

    List<Check> run() {
        checks.add(java(session.installation()));
        Config config = config();
        ProjectResolver.Resolved resolved = project();
        Settings.Token token = token(config);
        api(config, token, resolved);
        checks.add(terminal(config));
        checks.add(completions(session.installation()));
        return checks;
    }

    static Check java(Installation installation) {
        Path archive = installation.archive();
        Map<String, Object> details = details("version", installation.java(), "java_home", installation.javaHome().toString(),
                "archive", archive == null ? null : archive.toString(), "archive_in_use", false);
        String runtime = "Java " + installation.java() + " at " + Text.path(installation.javaHome());
        if (installation.home() == null) {
            return Check.ok("java", runtime + "; no start-up archive (run without the launcher install.sh writes)", details);
        }
        if (archive == null) {
            return Check.hint("java", runtime + "; no start-up archive in " + Text.path(installation.home()),
                    "re-run install.sh for a quicker start", details);
        }
        boolean stale = olderThanTheJar(archive, installation.home());
        if (stale || !installation.sharing()) {
            return Check.hint("java", runtime + "; the start-up archive " + Text.path(archive) + " is not in use"
                    + (stale ? " (older than the jar)" : ""), "re-run install.sh for a quicker start", details);
        }
        details.put("archive_in_use", true);
        return Check.ok("java", runtime + "; start-up archive " + archive.getFileName() + " in use", details);
    }

    private static boolean olderThanTheJar(Path archive, Path home) {
        try {
            return home != null && Files.getLastModifiedTime(home.resolve("circle-view.jar"))
                    .compareTo(Files.getLastModifiedTime(archive)) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** The config check; the config, or null when it cannot be read. */
    private Config config() {
        Config.Location where = session.configLocation();
        Map<String, Object> details = details("path", where.path() == null ? null : where.path().toString(),
                "source", where.source(), "found", false, "valid", false);
        Config config;
        try {
            config = session.config();
        } catch (CircleViewException e) {
            details.put("found", where.path() != null && Files.exists(where.path()));
            checks.add(Check.fail("config", e.getMessage(), e.hint(), e.exitCode(), details));
            return null;
        }
        details.put("found", config.found());
        details.put("valid", true);
        if (!config.found()) {
            checks.add(Check.ok("config", where.path() == null ? "no config file (neither HOME nor XDG_CONFIG_HOME is set; "
                    + "it is optional)" : "no config file at " + where.shown() + " (it is optional)", details));
        } else if (config.warning() != null) {
            checks.add(Check.hint("config", where.shown() + ": valid, but readable by others with a literal secret",
                    "chmod 600 " + where.shown() + " or use ${VAR}", details));
        } else {
            checks.add(Check.ok("config", where.shown() + ": valid" + (where.named() ? " (named by " + where.source() + ")" : ""),
                    details));
        }
        return config;
    }

    private ProjectResolver.Resolved project() {
        Map<String, Object> details = details("slug", null, "source", null);
        try {
            ProjectResolver.Resolved resolved = ProjectResolver.resolveWithSource(project.project,
                    session.env().get(Settings.PROJECT_ENV), project.catalog, project.entity, session.cwd(), note -> { });
            details.put("slug", resolved.slug().toString());
            details.put("source", resolved.source());
            checks.add(Check.ok("project", resolved.slug() + ", from " + resolved.source(), details));
            return resolved;
        } catch (MissingAnnotationException e) {
            String slug = e.suggestedSlug() != null ? e.suggestedSlug() : "github/ORG/REPO";
            details.put("source", e.file().toString());
            checks.add(Check.fail("project", "no CI/CD for " + (e.entityName() == null ? "the entity"
                            : "entity \"" + Text.quoteForMessage(e.entityName()) + "\"") + " in " + Text.path(e.file())
                            + ": it has no " + CatalogReader.ANNOTATION + " annotation",
                    "add it under metadata.annotations: \"" + CatalogReader.ANNOTATION + ": " + slug + "\""
                            + (e.suggestedSlug() != null ? " (from the git remote)" : "") + ", or pass --project " + slug,
                    e.exitCode(), details));
        } catch (CircleViewException e) {
            checks.add(Check.fail("project", e.getMessage(), e.hint(), e.exitCode(), details));
        }
        return null;
    }

    /** The token check; the token, or null when it could not be had (the API is then not asked). */
    private Settings.Token token(Config config) {
        Map<String, Object> details = details("source", null, "length", null, "last4", null, "headers", List.of());
        Settings.Token token;
        try {
            token = Settings.token(session.env(), config == null ? Config.NONE : config, session.cwd());
        } catch (CircleViewException e) {
            checks.add(Check.fail("token", e.getMessage(), e.hint(), e.exitCode(), details));
            return null;
        }
        List<String> headers = config == null ? List.of() : config.headers().keySet().stream().sorted().toList();
        details.put("headers", headers);
        if (token.value() != null) {
            String value = token.value();
            details.put("source", token.source());
            details.put("length", value.length());
            details.put("last4", value.substring(Math.max(0, value.length() - 4)));
            checks.add(Check.ok("token", "from " + token.source() + ": " + value.length() + " characters, ending in "
                    + value.substring(Math.max(0, value.length() - 4)), details));
        } else if (!headers.isEmpty()) {
            details.put("source", "headers");
            checks.add(Check.ok("token", "none; the config file's headers (" + String.join(", ", headers)
                    + ") go with every request instead", details));
        } else if (config == null) {
            checks.add(Check.skip("token", "not in " + Settings.TOKEN_ENV + "; token_command not tried (the config file is invalid)",
                    details));
            return null;
        } else {
            checks.add(Check.fail("token", "no token", "set " + Settings.TOKEN_ENV + " to a CircleCI personal API token "
                    + "(User Settings > Personal API Tokens), or token_command in the config file", ExitCode.AUTH, details));
        }
        return token;
    }

    private void api(Config config, Settings.Token token, ProjectResolver.Resolved resolved) {
        Map<String, Object> me = details("url", null, "http_status", null, "latency_ms", null, "login", null);
        Map<String, Object> listed = details("url", null, "http_status", null, "latency_ms", null);
        if (config == null || token == null) {
            String why = config == null ? "the config file is invalid" : "no usable token";
            checks.add(Check.skip("api_me", "not asked: " + why, me));
            checks.add(Check.skip("api_project", "not asked: " + why, listed));
            return;
        }
        Settings.ClientFlags flags = session.clientFlags();
        // a quick verdict: one try per request unless --retries says otherwise
        ClientSettings settings;
        try {
            settings = Settings.client(session.env(), flags.retries() == null ? flags.withRetries(0) : flags, config,
                    Version.current());
        } catch (CircleViewException e) {
            checks.add(Check.fail("api_me", e.getMessage(), e.hint(), e.exitCode(), me));
            checks.add(Check.skip("api_project", "not asked: the API settings are invalid", listed));
            return;
        }
        if (token.value() != null) {
            settings = settings.withToken(token.value(), token.source());
        }
        CircleCiClient client = session.client(settings, true);
        String root = settings.baseUrl().toString().replaceAll("/+$", "");
        String source = Settings.apiUrlSource(flags, session.env(), config);
        checks.add(Check.ok("api_url", root + " (" + source + ")", details("url", root, "source", source)));
        me.put("url", root + "/me");
        Check meCheck = timed("api_me", "GET /me", me, () -> {
            String login = client.me().login();
            me.put("login", login);
            return login == null ? "no login in the answer" : "logged in as " + Sanitizer.cell(login);
        });
        Check projectCheck;
        if (resolved == null) {
            projectCheck = Check.skip("api_project", "not asked: no project", listed);
        } else {
            listed.put("url", root + "/" + resolved.slug().apiPath() + "?limit=1&offset=0");
            projectCheck = timed("api_project", "GET /project/" + resolved.slug() + "?limit=1", listed, () -> {
                client.listBuilds(resolved.slug(), new BuildQuery(null, null, 1, 0));
                return "builds can be listed";
            });
        }
        // builds does not need /me: a project token or a proxy may be refused there and still list builds
        if (meCheck.state() == State.FAIL && meCheck.exit() == ExitCode.AUTH
                && projectCheck.state() == State.OK) {
            meCheck = Check.hint("api_me", meCheck.message(), "builds works all the same: a project token or a proxy "
                    + "may not be allowed to read /me", me);
        }
        checks.add(meCheck);
        checks.add(projectCheck);
    }

    /** One request, timed with the context's clock; an error becomes a failed check with its exit code. */
    private Check timed(String name, String request, Map<String, Object> details, Supplier<String> call) {
        long start = session.clock().millis();
        try {
            String said = call.get();
            long ms = session.clock().millis() - start;
            details.put("latency_ms", ms);
            return Check.ok(name, request + " answered in " + ms + " ms; " + said, details);
        } catch (ApiException e) {
            details.put("latency_ms", session.clock().millis() - start);
            details.put("http_status", e.status() == 0 ? null : e.status());
            return Check.fail(name, request + ": " + e.getMessage(), e.hint(), e.exitCode(), details);
        }
    }

    private Check terminal(Config config) {
        boolean out = term.isOutTerminal();
        String reason = Settings.colorReason(session.flags().color(), session.env(), config == null ? Config.NONE : config, out);
        Map<String, Object> details = details("stdout_tty", out, "stderr_tty", term.isErrTerminal(),
                "width", out ? term.width() : null, "color", term.outColor(), "color_reason", reason);
        return Check.ok("terminal", "stdout " + (out ? "is a terminal, " + term.width() + " columns" : "is not a terminal")
                + "; stderr " + (term.isErrTerminal() ? "is" : "is not") + " a terminal; colour "
                + (term.outColor() ? "on" : "off") + " (" + reason + ")", details);
    }

    static Check completions(Installation installation) {
        Map<String, Object> details = details("share", null, "bash", null, "zsh", null, "fish", null);
        if (installation.home() == null || installation.home().getParent() == null) {
            return Check.hint("completions", "not looked for (run without the launcher install.sh writes)",
                    "'circle-view completion bash|zsh|fish' prints the scripts", details);
        }
        Path share = installation.home().getParent();
        details.put("share", share.toString());
        Map<String, Path> files = new LinkedHashMap<>();
        files.put("bash", share.resolve("bash-completion/completions/circle-view"));
        files.put("zsh", share.resolve("zsh/site-functions/_circle-view"));
        files.put("fish", share.resolve("fish/vendor_completions.d/circle-view.fish"));
        List<String> found = new ArrayList<>();
        files.forEach((shell, file) -> {
            if (Files.isRegularFile(file)) {
                details.put(shell, file.toString());
                found.add(shell);
            }
        });
        if (found.size() == files.size()) {
            return Check.ok("completions", "bash, zsh and fish under " + Text.path(share), details);
        }
        return Check.hint("completions", (found.isEmpty() ? "none" : String.join(" and ", found) + " only") + " under "
                + Text.path(share), "re-run install.sh, or see 'circle-view completion --help'", details);
    }

    /** An ordered map that, unlike {@link Map#of}, holds nulls: keys and values alternate. */
    private static Map<String, Object> details(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}

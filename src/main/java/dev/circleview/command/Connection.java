package dev.circleview.command;

import dev.circleview.AppContext;
import dev.circleview.api.CircleCiClient;
import dev.circleview.api.ClientSettings;
import dev.circleview.catalog.ProjectResolver;
import dev.circleview.cli.GlobalOptions;
import dev.circleview.cli.ProjectOptions;
import dev.circleview.cli.ProjectsOptions;
import dev.circleview.config.Config;
import dev.circleview.config.Settings;
import dev.circleview.core.CircleViewException;
import dev.circleview.core.ExitCode;
import dev.circleview.core.ProjectSlug;
import dev.circleview.term.Spinner;
import dev.circleview.term.Terminal;

import java.util.List;
import java.util.function.Consumer;

/**
 * What every command that talks to CircleCI starts with: the client settings (checked first, so a bad
 * flag or config file is reported before the catalog is read), the project, the token of the config's
 * {@code token_command} (run only now that a request is sure to follow), and the client, with the
 * terminal's spinner turning while CircleCI is slow to answer.
 */
record Connection(ProjectSlug slug, CircleCiClient client) {

    static Connection open(AppContext context, GlobalOptions global, ProjectOptions project, Terminal term) {
        return open(context, global, global.clientFlags(), project, term, true);
    }

    /**
     * As above, with client flags other than the ones given (watch gives each poll its own time limit),
     * and without the spinner when not {@code spin} (watch draws on the terminal itself).
     */
    static Connection open(AppContext context, GlobalOptions global, Settings.ClientFlags flags, ProjectOptions project,
                           Terminal term, boolean spin) {
        Config config = global.config(context);
        ClientSettings settings = Settings.client(context.env(), flags, config, AppContext.version());
        ProjectSlug slug = ProjectResolver.resolve(project.project, context.env().get(Settings.PROJECT_ENV),
                project.catalog, project.entity, context.cwd(), notes(term));
        settings = Settings.withCommandToken(settings, config, context.env(), context.cwd());
        return new Connection(slug, client(context, global, settings, term, spin));
    }

    /** The projects of a command that lists several, in order, each once, and the client. */
    record Several(List<ProjectSlug> slugs, CircleCiClient client) {
    }

    /**
     * As {@link #open}, for several projects ({@link ProjectResolver#resolveAll}). {@code needsToken}
     * names what needs the token's user (such as {@code --mine}), or is null when nothing does.
     */
    static Several openAll(AppContext context, GlobalOptions global, ProjectsOptions projects, Terminal term,
                           String needsToken) {
        Config config = global.config(context);
        ClientSettings settings = Settings.client(context.env(), global.clientFlags(), config, AppContext.version());
        List<ProjectSlug> slugs = ProjectResolver.resolveAll(projects.projects, projects.allEntities,
                context.env().get(Settings.PROJECT_ENV), projects.catalog, projects.entity, context.cwd(), notes(term));
        settings = Settings.withCommandToken(settings, config, context.env(), context.cwd());
        if (needsToken != null) {
            requireToken(settings, needsToken);
        }
        return new Several(slugs, client(context, global, settings, term, true));
    }

    /** The client alone, for a command about the token's user rather than a project ({@code what} names it). */
    static CircleCiClient forUser(AppContext context, GlobalOptions global, Terminal term, String what) {
        Config config = global.config(context);
        ClientSettings settings = Settings.client(context.env(), global.clientFlags(), config, AppContext.version());
        settings = Settings.withCommandToken(settings, config, context.env(), context.cwd());
        requireToken(settings, what);
        return client(context, global, settings, term, true);
    }

    /**
     * Fails before any request when there is no token, since CircleCI answers only a user's token about
     * its user; the config file's headers stand for one (a proxy that adds the token).
     */
    private static void requireToken(ClientSettings settings, String what) {
        if (!settings.hasToken() && settings.headers().isEmpty()) {
            throw new CircleViewException(ExitCode.AUTH, what + " needs to know who you are, which takes a token",
                    ClientSettings.TOKEN_HINT + ", or a token_command in the config file");
        }
    }

    /** The client for {@code settings}, with the spinner when {@code spin} and the terminal allows it ({@link #spins}). */
    static CircleCiClient client(AppContext context, GlobalOptions global, ClientSettings settings, Terminal term, boolean spin) {
        Spinner spinner = spin && spins(context, global, term) ? term.spinner() : null;
        return context.client(settings, new TerminalListener(term, global.debug(), spinner));
    }

    private static Consumer<String> notes(Terminal term) {
        return note -> term.err().println("circle-view: " + note);
    }

    /**
     * Whether the spinner may turn, as gh decides for its own: only when stdout and stderr are both
     * terminals (never into a pipe or a log), not with {@code --debug} (its lines would cut through
     * it), and not on {@code TERM=dumb} (which cannot erase a line).
     */
    private static boolean spins(AppContext context, GlobalOptions global, Terminal term) {
        return term.isOutTerminal() && term.isErrTerminal() && !global.debug() && !"dumb".equals(context.env().get("TERM"));
    }
}

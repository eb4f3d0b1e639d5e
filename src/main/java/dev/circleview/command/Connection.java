package dev.circleview.command;

import dev.circleview.AppContext;
import dev.circleview.api.CircleCiClient;
import dev.circleview.catalog.ProjectResolver;
import dev.circleview.cli.GlobalOptions;
import dev.circleview.cli.ProjectOptions;
import dev.circleview.config.Settings;
import dev.circleview.core.ProjectSlug;
import dev.circleview.term.Spinner;
import dev.circleview.term.Terminal;

/**
 * What every command that talks to CircleCI starts with: the client settings (checked first, so a bad
 * flag is reported before the catalog is read), the project, and the client, with the terminal's
 * spinner turning while CircleCI is slow to answer.
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
        var settings = Settings.client(context.env(), flags, AppContext.version());
        ProjectSlug slug = ProjectResolver.resolve(project.project, context.env().get(Settings.PROJECT_ENV),
                project.catalog, project.entity, context.cwd(), note -> term.err().println("circle-view: " + note));
        Spinner spinner = spin && spins(context, global, term) ? term.spinner() : null;
        return new Connection(slug, context.client(settings, new TerminalListener(term, global.debug(), spinner)));
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

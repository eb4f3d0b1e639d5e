package dev.circleview.command;

import dev.circleview.AppContext;
import dev.circleview.api.CircleCiClient;
import dev.circleview.api.ClientSettings;
import dev.circleview.catalog.ProjectResolver;
import dev.circleview.cli.GlobalOptions;
import dev.circleview.cli.ProjectOptions;
import dev.circleview.config.Config;
import dev.circleview.config.Settings;
import dev.circleview.core.ProjectSlug;
import dev.circleview.term.Terminal;

/**
 * What every command that talks to CircleCI starts with: the client settings (checked first, so a bad
 * flag or config file is reported before the catalog is read), the project, the token of the config's
 * {@code token_command} (run only now that a request is sure to follow), and the client.
 */
record Connection(ProjectSlug slug, CircleCiClient client) {

    static Connection open(AppContext context, GlobalOptions global, ProjectOptions project, Terminal term) {
        return open(context, global, global.clientFlags(), project, term);
    }

    /** As above, with client flags other than the ones given (watch gives each poll its own time limit). */
    static Connection open(AppContext context, GlobalOptions global, Settings.ClientFlags flags, ProjectOptions project,
                           Terminal term) {
        Config config = global.config(context);
        ClientSettings settings = Settings.client(context.env(), flags, config, AppContext.version());
        ProjectSlug slug = ProjectResolver.resolve(project.project, context.env().get(Settings.PROJECT_ENV),
                project.catalog, project.entity, context.cwd(), note -> term.err().println("circle-view: " + note));
        settings = Settings.withCommandToken(settings, config, context.env(), context.cwd());
        return new Connection(slug, context.client(settings, new TerminalListener(term, global.debug())));
    }
}

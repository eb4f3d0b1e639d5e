package dev.circleview.app;

import dev.circleview.api.CircleCiClient;
import dev.circleview.api.ClientSettings;
import dev.circleview.api.Sleeper;
import dev.circleview.catalog.ProjectResolver;
import dev.circleview.cli.ErrorHandler;
import dev.circleview.cli.GlobalOptions;
import dev.circleview.cli.JsonOptions;
import dev.circleview.cli.ProjectOptions;
import dev.circleview.cli.ProjectsOptions;
import dev.circleview.config.Config;
import dev.circleview.config.ConfigFile;
import dev.circleview.config.Settings;
import dev.circleview.core.CircleViewException;
import dev.circleview.core.ExitCode;
import dev.circleview.core.ProjectSlug;
import dev.circleview.core.Version;
import dev.circleview.output.Printer;
import dev.circleview.term.ColorMode;
import dev.circleview.term.Hyperlink;
import dev.circleview.term.Pager;
import dev.circleview.term.Spinner;
import dev.circleview.term.Terminal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One run of circle-view: what every command gets what it needs from (gh's {@code Factory}). Made
 * once by {@link dev.circleview.Main} (or a test) with the process's streams, clock, environment and
 * folder; picocli fills its {@link #flags()} while parsing; after that, each setting is resolved here
 * and only here, with the precedence flag > environment > config file > default ({@link Settings}):
 * the config file (read once), the terminal (colour and hyperlinks decided once), the pager, and the
 * API client, made on first use.
 */
public final class Session implements AutoCloseable {
    private final Terminal console;
    private final Clock clock;
    private final Map<String, String> env;
    private final Path cwd;
    private final Sleeper sleeper;
    private final Browser browser;
    private final Notifier notifier;
    private final Installation installation;
    private final GlobalOptions flags = new GlobalOptions();

    private Config config;
    private CircleViewException configError;
    private Terminal terminal;
    private CircleCiClient client;
    private ClientSettings clientSettings;

    /** A session whose browser and notifier are the desktop's ({@link SystemBrowser}, {@link SystemNotifier}). */
    public Session(Terminal console, Clock clock, Map<String, String> env, Path cwd, Sleeper sleeper) {
        this(console, clock, env, cwd, sleeper, new SystemBrowser(env), new SystemNotifier(env));
    }

    public Session(Terminal console, Clock clock, Map<String, String> env, Path cwd, Sleeper sleeper, Browser browser,
                   Notifier notifier) {
        this(console, clock, env, cwd, sleeper, browser, notifier, Installation.current());
    }

    public Session(Terminal console, Clock clock, Map<String, String> env, Path cwd, Sleeper sleeper, Browser browser,
                   Notifier notifier, Installation installation) {
        this.console = console;
        this.clock = clock;
        this.env = env;
        this.cwd = cwd;
        this.sleeper = sleeper;
        this.browser = browser;
        this.notifier = notifier;
        this.installation = installation;
    }

    /** The global flags, filled in by picocli (the root command's mixin). */
    public GlobalOptions flags() {
        return flags;
    }

    /** The process's streams as they were found, before any flag was read: for picocli's own output. */
    public Terminal console() {
        return console;
    }

    public Clock clock() {
        return clock;
    }

    public Map<String, String> env() {
        return env;
    }

    public Path cwd() {
        return cwd;
    }

    /** What waits between polls and retries ({@code watch}); tests record instead of sleeping. */
    public Sleeper sleeper() {
        return sleeper;
    }

    /** What opens web pages ({@code --web}). */
    public Browser browser() {
        return browser;
    }

    /** What shows desktop notifications ({@code watch --notify}). */
    public Notifier notifier() {
        return notifier;
    }

    /** The Java runtime and the installed files ({@code doctor}). */
    public Installation installation() {
        return installation;
    }

    /** Where the config file is (or would be). */
    public Config.Location configLocation() {
        return ConfigFile.locate(flags.configFile(), env, cwd);
    }

    /**
     * The config file's settings ({@link Config#NONE}-like when there is none), read on first use; a
     * warning it calls for is printed then. An unreadable or invalid file is a {@link CircleViewException}
     * (exit 3), each time it is asked for.
     */
    public Config config() {
        if (config == null && configError == null) {
            try {
                config = ConfigFile.load(configLocation(), env);
            } catch (CircleViewException e) {
                configError = e;
            }
            if (config != null && config.warning() != null) {
                console.err().println(ErrorHandler.PREFIX + "warning: " + config.warning());
                console.err().flush();
            }
        }
        if (configError != null) {
            throw configError;
        }
        return config;
    }

    /**
     * The terminal with colour as {@link Settings#color} decides it ({@code --color}, the environment,
     * the config file), and hyperlinks as {@code --no-hyperlinks} and {@link Hyperlink#allowed} do (they
     * follow the colour decision: {@link Terminal#links}); decided on first use, once the flags are
     * parsed. {@code auto} keeps the colour decision the console was made with (tty, NO_COLOR,
     * CLICOLOR_FORCE, TERM), so it is taken in one place only. A config file that cannot be read is
     * left out here: the command that needs it reports it.
     */
    public Terminal terminal() {
        if (terminal == null) {
            Config settings;
            try {
                settings = config();
            } catch (CircleViewException e) {
                settings = Config.NONE;
            }
            ColorMode mode = Settings.color(flags.color(), env, settings);
            Terminal colored = mode == ColorMode.AUTO ? console : console.withColor(mode, env);
            terminal = colored.withLinks(!flags.noHyperlinks() && Hyperlink.allowed(env));
        }
        return terminal;
    }

    /**
     * Sends stdout through the pager the environment names ({@link Pager#command}), unless
     * {@code --no-pager}; only a terminal is ever paged, and only once output begins.
     */
    public void page() {
        if (!flags.noPager()) {
            terminal().pageWith(Pager.command(env), env);
        }
    }

    /**
     * The output path for a command's records ({@link Printer}): JSON as {@code json} asks (checked
     * now, before anything is fetched, against the fields {@code available}), else the table or
     * tab-separated lines as the terminal decides.
     */
    public Printer printer(JsonOptions json, Supplier<List<String>> available) {
        return new Printer(terminal(), json.asked(), json.fields(), json.jq(), available);
    }

    /** The global flags that shape the API client. */
    public Settings.ClientFlags clientFlags() {
        return new Settings.ClientFlags(flags.apiUrl(), flags.timeout(), flags.retries(), flags.allowInsecureHttp(), flags.caCert());
    }

    /** The client's settings from {@code clientFlags}, the environment and the config file; no token command run yet. */
    public ClientSettings clientSettings(Settings.ClientFlags clientFlags) {
        return Settings.client(env, clientFlags, config(), Version.current());
    }

    /**
     * What every command about one project starts with: the client settings (checked first, so a bad
     * flag or config file is reported before the catalog is read), the project, the token of the
     * config's {@code token_command} (run only now that a request is sure to follow), and the client,
     * with the spinner turning while CircleCI is slow to answer.
     */
    public Connection connect(ProjectOptions project) {
        return connect(project, clientFlags(), true);
    }

    /**
     * As above, with client flags other than the global ones (watch gives each poll its own time
     * limit), and without the spinner when not {@code spin} (watch draws on the terminal itself).
     */
    public Connection connect(ProjectOptions project, Settings.ClientFlags clientFlags, boolean spin) {
        ClientSettings settings = clientSettings(clientFlags);
        ProjectSlug slug = ProjectResolver.resolve(project.project, env.get(Settings.PROJECT_ENV),
                project.catalog, project.entity, cwd, notes());
        return new Connection(slug, client(withCommandToken(settings), spin));
    }

    /**
     * As {@link #connect}, for several projects ({@link ProjectResolver#resolveAll}). {@code needsToken}
     * names what needs the token's user (such as {@code --mine}), or is null when nothing does.
     */
    public Connection.Several connectAll(ProjectsOptions projects, String needsToken) {
        ClientSettings settings = clientSettings(clientFlags());
        List<ProjectSlug> slugs = ProjectResolver.resolveAll(projects.projects, projects.allEntities,
                env.get(Settings.PROJECT_ENV), projects.catalog, projects.entity, cwd, notes());
        settings = withCommandToken(settings);
        if (needsToken != null) {
            requireToken(settings, needsToken);
        }
        return new Connection.Several(slugs, client(settings, true));
    }

    /** The client alone, for a command about the token's user rather than a project ({@code what} names it). */
    public CircleCiClient userClient(String what) {
        ClientSettings settings = withCommandToken(clientSettings(clientFlags()));
        requireToken(settings, what);
        return client(settings, true);
    }

    /** {@code settings} with the token of the config's {@code token_command}, when the environment gave none. */
    public ClientSettings withCommandToken(ClientSettings settings) {
        return Settings.withCommandToken(settings, config(), env, cwd);
    }

    /**
     * The API client for {@code settings}, made once, with the spinner when {@code spin} and the
     * terminal allows it ({@link #spins}). A run has one client: asking again with other settings is
     * a mistake of the command's.
     */
    public CircleCiClient client(ClientSettings settings, boolean spin) {
        if (client == null) {
            Spinner spinner = spin && spins() ? terminal().spinner() : null;
            client = new CircleCiClient(settings, new TerminalListener(terminal(), flags.debug(), spinner), sleeper);
            clientSettings = settings;
        } else if (!clientSettings.equals(settings)) {
            throw new IllegalStateException("one client a run: it was made with other settings");
        }
        return client;
    }

    /**
     * Where the warm-up should connect before the flags are parsed: the API root and CA file that
     * {@code args} and the environment name, in {@link Settings}' precedence; the default root only
     * when there is no config file (which is not read this early and might name another); null when
     * nothing can be guessed.
     */
    public Settings.Guess guessConnection(String[] args) {
        return Settings.guess(args, env, cwd);
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

    private Consumer<String> notes() {
        return note -> terminal().err().println(ErrorHandler.PREFIX + note);
    }

    /**
     * Whether the spinner may turn, as gh decides for its own: only when stdout and stderr are both
     * terminals (never into a pipe or a log), not with {@code --debug} (its lines would cut through
     * it), and not on {@code TERM=dumb} (which cannot erase a line).
     */
    private boolean spins() {
        Terminal term = terminal();
        return term.isOutTerminal() && term.isErrTerminal() && !flags.debug() && !"dumb".equals(env.get("TERM"));
    }

    @Override
    public void close() {
        if (client != null) {
            client.close();
        }
        console.close();
    }
}

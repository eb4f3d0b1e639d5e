package dev.circleview.completion;

import dev.circleview.app.Session;
import dev.circleview.core.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code circle-view completion SHELL}: prints the completion script for bash, zsh or fish. */
@Command(name = "completion",
        description = "Print the shell completion script for bash, zsh or fish.",
        footerHeading = "%nExamples:%n",
        footer = {
                "  source <(circle-view completion bash)                           # bash, this session",
                "  circle-view completion zsh > \"$${fpath[1]}/_circle-view\"         # zsh, a folder on $fpath",
                "  circle-view completion fish > ~/.config/fish/completions/circle-view.fish"},
        mixinStandardHelpOptions = true)
public final class CompletionCommand implements Callable<Integer> {
    /** The shells, and the script each one reads. */
    static final Map<String, String> SCRIPTS = Map.of(
            "bash", "circle-view.bash",
            "zsh", "_circle-view",
            "fish", "circle-view.fish");

    /** The shell names, for help and completion. */
    static final class Shells implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return List.of("bash", "zsh", "fish").iterator();
        }
    }

    private final Session session;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SHELL", completionCandidates = Shells.class,
            description = "The shell: ${COMPLETION-CANDIDATES}.")
    String shell;

    public CompletionCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        String file = shell == null ? null : SCRIPTS.get(shell);
        if (file == null) {
            throw new UsageException(shell == null ? "completion needs a shell: bash, zsh or fish"
                    : "unknown shell '" + shell + "'; use bash, zsh or fish", null);
        }
        String resource = "/dev/circleview/completions/" + file;
        try (InputStream in = CompletionCommand.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the jar holds no " + resource);
            }
            session.terminal().out().print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            session.terminal().out().flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return 0;
    }
}

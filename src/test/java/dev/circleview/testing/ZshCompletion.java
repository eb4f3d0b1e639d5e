package dev.circleview.testing;

/**
 * The zsh completion function {@code _circle-view}: the bash completion script, run through zsh's
 * bashcompinit (the bash script sets that up itself when it finds itself in zsh).
 */
public final class ZshCompletion {
    private ZshCompletion() {
    }

    public static String script(String command, String bashScript) {
        String body = bashScript.startsWith("#!") ? bashScript.substring(bashScript.indexOf('\n') + 1) : bashScript;
        String function = "_" + command;
        return "#compdef " + command + "\n"
                + "#\n"
                + "# zsh completion for " + command + ": its bash completion script, through zsh's bashcompinit.\n"
                + "# Install: save as " + function + " in a folder on $fpath (before compinit runs),\n"
                + "# or load it in a session with: source <(" + command + " completion zsh)\n"
                + body
                + (body.endsWith("\n") ? "" : "\n")
                + "\n"
                + "# Loaded by compinit as the completion function " + function + ": complete the current word now\n"
                + "# (the 'complete' line above has registered the bash function for later completions).\n"
                + "if [[ ${funcstack[1]-} == " + function + " ]]; then\n"
                + "  _bash_complete -F _complete_" + command + " -o default\n"
                + "fi\n";
    }
}

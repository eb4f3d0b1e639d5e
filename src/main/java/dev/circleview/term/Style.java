package dev.circleview.term;

/** circle-view's own SGR styling: the only escape codes it ever writes, and only when colour is on. */
public enum Style {
    BOLD("1"), DIM("2"), RED("31"), GREEN("32"), YELLOW("33"), BLUE("34"), CYAN("36"), GREY("90");

    private final String sgr;

    Style(String sgr) {
        this.sgr = sgr;
    }

    public String apply(String text, boolean color) {
        return color && !text.isEmpty() ? "\u001b[" + sgr + "m" + text + "\u001b[0m" : text;
    }
}

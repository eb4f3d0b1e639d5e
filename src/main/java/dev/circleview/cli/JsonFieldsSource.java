package dev.circleview.cli;

import java.util.List;

/** A command with {@code --json}: the top-level fields of its JSON, which {@code --json FIELDS} takes and completion offers. */
public interface JsonFieldsSource {
    List<String> jsonFields();
}

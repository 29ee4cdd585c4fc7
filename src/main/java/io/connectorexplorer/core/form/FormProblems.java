package io.connectorexplorer.core.form;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What stops the form from being sent: a message per field (by field path, in form order) to show beside it,
 * and form-level messages for what belongs to no single field (too many entries in a map, no method chosen).
 */
public record FormProblems(Map<String, String> fieldMessages, List<String> formMessages) {

    public FormProblems {
        fieldMessages = Collections.unmodifiableMap(new LinkedHashMap<>(fieldMessages));
        formMessages = List.copyOf(formMessages);
    }

    public Optional<String> messageFor(String path) {
        return Optional.ofNullable(fieldMessages.get(path));
    }

    /** How many problems are left: the number beside the disabled actions. */
    public int count() {
        return fieldMessages.size() + formMessages.size();
    }

    public boolean isValid() {
        return count() == 0;
    }
}

package io.connectorexplorer.core.form;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What stops the form from being sent: a problem per field, in form order, to show beside it and to list by name,
 * and form-level messages for what belongs to no single field (too many entries in a map, no method chosen).
 */
public record FormProblems(List<FieldProblem> fieldProblems, List<String> formMessages) {

    public FormProblems {
        fieldProblems = List.copyOf(fieldProblems);
        formMessages = List.copyOf(formMessages);
    }

    /** The message beside each field, by field path, in form order. */
    public Map<String, String> fieldMessages() {
        Map<String, String> messages = new LinkedHashMap<>();
        fieldProblems.forEach(p -> messages.put(p.path(), p.message()));
        return Collections.unmodifiableMap(messages);
    }

    public Optional<String> messageFor(String path) {
        return problemFor(path).map(FieldProblem::message);
    }

    public Optional<FieldProblem> problemFor(String path) {
        return fieldProblems.stream().filter(p -> p.path().equals(path)).findFirst();
    }

    /** How many problems are left: the number beside the disabled actions. */
    public int count() {
        return fieldProblems.size() + formMessages.size();
    }

    public boolean isValid() {
        return count() == 0;
    }
}

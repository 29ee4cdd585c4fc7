package io.connectorexplorer.infra.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.core.model.ModelValidator;
import io.connectorexplorer.core.model.ServiceModel;
import io.connectorexplorer.core.model.Violation;
import io.connectorexplorer.infra.model.BundledServiceModel;
import java.util.List;

/** Checks a request before the demo answers it: the problems found, each worded as the service words it. */
@FunctionalInterface
public interface RequestCheck {

    List<String> problems(String operation, JsonNode body);

    /** The constraints of the bundled AppFlow service model, which the service itself enforces. */
    static RequestCheck againstServiceModel() {
        return (operation, body) -> {
            ServiceModel model = BundledServiceModel.appflow();
            return ModelValidator.validate(model, model.inputShapeOf(operation).name(), body).stream()
                    .map(RequestCheck::asTheServiceSaysIt)
                    .toList();
        };
    }

    /** A broken pattern as AppFlow words it, naming the regex; anything else as the validator says it. */
    private static String asTheServiceSaysIt(Violation v) {
        return v.detail().isEmpty()
                ? "Value at '" + v.path() + "' " + v.message()
                : "Value at '" + v.path() + "' failed to satisfy constraint: Member must satisfy regular expression"
                        + " pattern: " + v.detail();
    }
}

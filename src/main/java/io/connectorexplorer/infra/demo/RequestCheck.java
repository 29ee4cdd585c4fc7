package io.connectorexplorer.infra.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.core.model.ModelValidator;
import io.connectorexplorer.core.model.ServiceModel;
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
                    .map(v -> "Value at '" + v.path() + "' " + v.message())
                    .toList();
        };
    }
}

package io.connectorexplorer.infra.model;

import io.connectorexplorer.core.json.JsonFormat;
import io.connectorexplorer.core.model.ServiceModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The AppFlow service model shipped inside the application (the same {@code service-2.json} the SDK and
 * the AWS CLI are generated from), so forms and validation match the API this build talks to.
 */
public final class BundledServiceModel {

    static final String APPFLOW_RESOURCE = "appflow-2020-08-23.service-model.json";

    private BundledServiceModel() {}

    /** The AppFlow model, read once: it is immutable and about 200 KB of JSON. */
    public static ServiceModel appflow() {
        return AppFlowHolder.MODEL;
    }

    static ServiceModel load(String resource) {
        try (InputStream in = BundledServiceModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The service model " + resource + " is missing from the build");
            }
            return ServiceModel.of(JsonFormat.parse(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lazy, thread-safe loading by the class loader's initialisation guarantee. */
    private static final class AppFlowHolder {
        static final ServiceModel MODEL = load(APPFLOW_RESOURCE);
    }
}

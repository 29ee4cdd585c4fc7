package io.connectorexplorer.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.core.error.ServiceCallException.Kind;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ServiceCallExceptionTest {

    @Test
    void headlineNamesOperationCodeAndStatus() {
        assertThat(ServiceCallException.fromService(
                                ServiceCallException.Kind.SERVICE,
                                "DescribeConnector",
                                "ResourceNotFoundException",
                                404,
                                "No connector acme.")
                        .headline())
                .isEqualTo("DescribeConnector failed: ResourceNotFoundException (HTTP 404): No connector acme.");
    }

    @Test
    void headlineLeavesOutWhatIsUnknown() {
        assertThat(ServiceCallException.network("ListConnectors", "Connection refused.")
                        .headline())
                .isEqualTo("ListConnectors failed: Connection refused.");
        assertThat(ServiceCallException.configuration("Profile 'x' cannot be used.")
                        .headline())
                .isEqualTo("Profile 'x' cannot be used.");
        assertThat(ServiceCallException.fromService(
                                ServiceCallException.Kind.THROTTLED,
                                "DescribeConnectors",
                                "ThrottlingException",
                                0,
                                "Slow down.")
                        .headline())
                .isEqualTo("DescribeConnectors failed: ThrottlingException: Slow down.");
    }

    @Test
    void anErrorWithoutACodeIsNamedByItsStatusOnce() {
        // A proxy's HTML error page has no x-amzn-ErrorType: the status is all there is to tell.
        assertThat(ServiceCallException.fromService(
                                ServiceCallException.Kind.SERVICE,
                                "DescribeConnector",
                                "HTTP 502",
                                502,
                                "The service reported an internal error.")
                        .headline())
                .isEqualTo("DescribeConnector failed: HTTP 502: The service reported an internal error.");
    }

    @Test
    void serviceAdviceDependsOnWhoseFaultItWas() {
        assertThat(ServiceCallException.fromService(
                                ServiceCallException.Kind.SERVICE, "X", "InternalServerException", 500, "m")
                        .advice())
                .contains("try again");
        assertThat(ServiceCallException.fromService(
                                ServiceCallException.Kind.SERVICE, "X", "ValidationException", 400, "m")
                        .advice())
                .contains("Check the connector type");
    }

    @Test
    void everyKindHasAdvice() {
        for (Kind kind : EnumSet.allOf(Kind.class)) {
            assertThat(ServiceCallException.fromService(kind, null, null, 0, "m")
                            .advice())
                    .as(kind.name())
                    .isNotBlank();
        }
    }

    @Test
    void carriesNoStackTraceOrCause() {
        ServiceCallException failure = ServiceCallException.network("X", "m");

        assertThat(failure.getStackTrace()).isEmpty();
        assertThat(failure.getCause()).isNull();
        assertThat(failure.kind()).isEqualTo(Kind.NETWORK);
        assertThat(failure.operation()).isEqualTo("X");
    }
}

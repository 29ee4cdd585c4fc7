package io.connectorexplorer.infra.diagnostics;

import io.connectorexplorer.core.diagnostics.ServiceCallRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * Follows one client's calls through the SDK: each attempt's request and answer (or lack of one) to the trace while
 * someone follows it, and the call as it ends to the log. Sees headers, never a request body: a
 * CreateConnectorProfile carries the person's secrets. Shows the body of an error only, masked by {@link SentSecrets},
 * and not at all when the request carried values the service model marks sensitive: the body may quote them in a form
 * masking cannot find (JSON-escaped, cut short); the failure's message, parsed, is masked.
 */
final class CallRecorder implements ExecutionInterceptor {

    private static final ExecutionAttribute<CallInProgress> CALL =
            new ExecutionAttribute<>("ConnectorExplorer.CallInProgress");

    private final CallDiagnostics diagnostics;
    private final String profile;
    private final String region;

    CallRecorder(CallDiagnostics diagnostics, String profile, String region) {
        this.diagnostics = diagnostics;
        this.profile = profile;
        this.region = region;
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        attributes.putAttribute(CALL, start(context.request(), attributes));
    }

    private CallInProgress start(SdkRequest request, ExecutionAttributes attributes) {
        String service = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME);
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        return new CallInProgress(
                diagnostics.nextCallNumber(),
                service == null ? "" : service,
                operation == null ? "" : operation,
                profile,
                region,
                request == null ? Set.of() : SentSecrets.sensitiveValues(request));
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        CallInProgress call = call(context, attributes);
        SdkHttpRequest request = context.httpRequest();
        Optional<String> unanswered = call.attemptStarted(SentSecrets.of(request), endpoint(request.getUri()));
        if (diagnostics.traced()) {
            unanswered.ifPresent(diagnostics::trace);
            diagnostics.trace(TraceBlocks.request(call.name(), call.attempt(), request, call.sent()));
        }
    }

    @Override
    public Optional<InputStream> modifyHttpResponseContent(
            Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
        CallInProgress call = call(context, attributes);
        SdkHttpResponse response = context.httpResponse();
        String requestId = response.firstMatchingHeader("x-amzn-RequestId")
                .or(() -> response.firstMatchingHeader("x-amz-request-id"))
                .orElse("");
        Duration took = call.answered(response.statusCode(), requestId);
        Optional<InputStream> body = context.responseBody();
        if (!diagnostics.traced()) {
            return body;
        }
        String shown = null;
        if (!response.isSuccessful() && body.isPresent()) {
            if (call.carriesSensitiveValues()) {
                shown = "(not shown: the request carried values the service model marks sensitive, which an error"
                        + " may quote)";
            } else {
                try {
                    InputStream in = body.get();
                    byte[] head = in.readNBytes(TraceBlocks.MAX_BODY_SHOWN + 1);
                    boolean more = head.length > TraceBlocks.MAX_BODY_SHOWN;
                    byte[] shownBytes = more ? Arrays.copyOf(head, TraceBlocks.MAX_BODY_SHOWN) : head;
                    shown = TraceBlocks.errorBody(shownBytes, more, call.sent());
                    body = Optional.of(new SequenceInputStream(new ByteArrayInputStream(head), in));
                } catch (IOException e) {
                    shown = "(the body could not be read: " + e.getClass().getSimpleName() + ")";
                }
            }
        }
        diagnostics.trace(
                TraceBlocks.response(call.name(), call.attempt(), response, requestId, took, shown, call.sent()));
        return body;
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        diagnostics.ended(call(context, attributes).ended(""));
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        CallInProgress call = call(context, attributes);
        Throwable failure = context.exception();
        Optional<String> unanswered = call.failed(FailureText.message(failure, call.sent()));
        ServiceCallRecord record = call.ended(FailureText.kind(failure));
        if (diagnostics.traced()) {
            unanswered.ifPresent(diagnostics::trace);
            diagnostics.trace(TraceBlocks.failed(
                    call.name(), record.attempts().size(), record.took(), FailureText.message(failure, call.sent())));
        }
        diagnostics.ended(record);
    }

    /** The call's state; made here if the SDK failed before {@link #beforeExecution} ran for it. */
    private CallInProgress call(Context.BeforeExecution context, ExecutionAttributes attributes) {
        return call(context.request(), attributes);
    }

    private CallInProgress call(Context.FailedExecution context, ExecutionAttributes attributes) {
        return call(context.request(), attributes);
    }

    private CallInProgress call(SdkRequest request, ExecutionAttributes attributes) {
        CallInProgress call = attributes.getAttribute(CALL);
        if (call == null) {
            call = start(request, attributes);
            attributes.putAttribute(CALL, call);
        }
        return call;
    }

    /** Scheme, host and port: where the requests went, without the path. */
    private static String endpoint(URI uri) {
        StringBuilder endpoint =
                new StringBuilder(uri.getScheme()).append("://").append(uri.getHost());
        return (uri.getPort() < 0 ? endpoint : endpoint.append(':').append(uri.getPort())).toString();
    }
}

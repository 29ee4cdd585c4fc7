package io.connectorexplorer.infra.appflow;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkSystemSetting;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileProperty;
import software.amazon.awssdk.retries.api.AcquireInitialTokenRequest;
import software.amazon.awssdk.retries.api.AcquireInitialTokenResponse;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RecordSuccessRequest;
import software.amazon.awssdk.retries.api.RecordSuccessResponse;
import software.amazon.awssdk.retries.api.RefreshRetryTokenRequest;
import software.amazon.awssdk.retries.api.RefreshRetryTokenResponse;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.retries.api.RetryToken;
import software.amazon.awssdk.retries.api.TokenAcquisitionFailedException;

/**
 * How one AppFlow client (one target: an account and a region) retries. Throttling is met by slowing down: the SDK's
 * adaptive mode paces every call of the client by its own rate limiter — which starts slowing only once throttled —
 * and a throttled call is retried with growing pauses for as long as its patience lasts, not three tries. Other
 * retryable errors get the attempts the profile's {@code retry_mode} and {@code max_attempts} give them, as before.
 * One instance per client: the rate limiter is the instance's.
 */
final class ThrottlingRetryStrategy implements RetryStrategy {

    /** A ceiling the patience reaches first: each pause is at least a quarter of a second and grows. */
    private static final int MAX_ATTEMPTS = 100;

    private final RetryStrategy adaptive;
    private final int attemptsOnOtherErrors;
    private final Duration patience;

    private ThrottlingRetryStrategy(RetryStrategy adaptive, int attemptsOnOtherErrors, Duration patience) {
        this.adaptive = adaptive;
        this.attemptsOnOtherErrors = attemptsOnOtherErrors;
        this.patience = patience;
    }

    /**
     * For a client of profile {@code profileName}: {@code patience} is how long a throttled call may go on retrying,
     * counted from its first attempt; it must leave room for one more attempt within the call's total timeout.
     */
    static ThrottlingRetryStrategy forProfile(
            Supplier<ProfileFile> profileFile, String profileName, Duration patience) {
        RetryStrategy adaptive = AwsRetryStrategy.adaptiveRetryStrategy().toBuilder()
                .maxAttempts(MAX_ATTEMPTS)
                // Half jitter, as the legacy mode: never a retry at once, the first after 250-500 ms.
                .throttlingBackoffStrategy(
                        BackoffStrategy.exponentialDelayHalfJitter(Duration.ofMillis(500), Duration.ofSeconds(20)))
                .build();
        return new ThrottlingRetryStrategy(adaptive, attemptsOnOtherErrors(profileFile, profileName), patience);
    }

    /** As the SDK reads them: AWS_MAX_ATTEMPTS, then the profile's max_attempts, then its retry mode's default. */
    static int attemptsOnOtherErrors(Supplier<ProfileFile> profileFile, String profileName) {
        Optional<Integer> fromEnvironment = SdkSystemSetting.AWS_MAX_ATTEMPTS.getIntegerValue();
        if (fromEnvironment.isPresent()) {
            return Math.max(1, fromEnvironment.get());
        }
        Optional<Integer> fromProfile = profileFile
                .get()
                .profile(profileName)
                .flatMap(p -> p.property(ProfileProperty.MAX_ATTEMPTS))
                .flatMap(ThrottlingRetryStrategy::positive);
        if (fromProfile.isPresent()) {
            return fromProfile.get();
        }
        RetryMode mode = RetryMode.resolver()
                .profileFile(profileFile)
                .profileName(profileName)
                .resolve();
        try (RetryStrategy forMode = AwsRetryStrategy.forRetryMode(mode)) {
            return forMode.maxAttempts();
        }
    }

    private static Optional<Integer> positive(String text) {
        try {
            int value = Integer.parseInt(text.strip());
            return value > 0 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static boolean isThrottling(Throwable failure) {
        return failure instanceof SdkServiceException service && service.isThrottlingException();
    }

    /** The adaptive strategy's token, and what this strategy counts: other errors so far, and when the call began. */
    private record Token(RetryToken adaptive, int otherFailures, long startedNanos) implements RetryToken {}

    @Override
    public AcquireInitialTokenResponse acquireInitialToken(AcquireInitialTokenRequest request) {
        long started = System.nanoTime();
        AcquireInitialTokenResponse first = adaptive.acquireInitialToken(request);
        return AcquireInitialTokenResponse.create(new Token(first.token(), 0, started), first.delay());
    }

    @Override
    public RefreshRetryTokenResponse refreshRetryToken(RefreshRetryTokenRequest request) {
        Token token = (Token) request.token();
        Throwable failure = request.failure();
        boolean throttled = isThrottling(failure);
        int otherFailures = token.otherFailures() + (throttled ? 0 : 1);
        if (!throttled && otherFailures >= attemptsOnOtherErrors) {
            throw new TokenAcquisitionFailedException("Retries exhausted", token, failure);
        }
        RefreshRetryTokenRequest.Builder forAdaptive = RefreshRetryTokenRequest.builder()
                .token(token.adaptive())
                .failure(failure)
                .isLongPolling(request.isLongPolling());
        request.suggestedDelay().ifPresent(forAdaptive::suggestedDelay);
        // The adaptive strategy waits for its rate limiter before it answers; a throttled call waits no longer
        // than its patience, so it ends by telling the throttling, not by the call's timeout.
        CompletableFuture<RefreshRetryTokenResponse> pending = adaptive.refreshRetryTokenAsync(forAdaptive.build());
        RefreshRetryTokenResponse next = throttled ? within(remaining(token), pending, token, failure) : join(pending);
        if (throttled && remaining(token).compareTo(next.delay()) < 0) {
            throw outOfPatience(token, failure);
        }
        return RefreshRetryTokenResponse.create(
                new Token(next.token(), otherFailures, token.startedNanos()), next.delay());
    }

    private Duration remaining(Token token) {
        return patience.minusNanos(System.nanoTime() - token.startedNanos());
    }

    private TokenAcquisitionFailedException outOfPatience(Token token, Throwable failure) {
        return new TokenAcquisitionFailedException("Throttled for longer than " + patience, token, failure);
    }

    private RefreshRetryTokenResponse within(
            Duration time, CompletableFuture<RefreshRetryTokenResponse> pending, Token token, Throwable failure) {
        if (time.isNegative() || time.isZero()) {
            pending.cancel(false);
            throw outOfPatience(token, failure);
        }
        try {
            return pending.get(time.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            pending.cancel(false);
            throw outOfPatience(token, failure);
        } catch (InterruptedException e) {
            pending.cancel(false);
            Thread.currentThread().interrupt();
            throw outOfPatience(token, failure);
        } catch (ExecutionException e) {
            throw unwrapped(e.getCause());
        }
    }

    private static RefreshRetryTokenResponse join(CompletableFuture<RefreshRetryTokenResponse> pending) {
        try {
            return pending.join();
        } catch (CompletionException e) {
            throw unwrapped(e.getCause());
        }
    }

    private static RuntimeException unwrapped(Throwable cause) {
        return cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
    }

    @Override
    public RecordSuccessResponse recordSuccess(RecordSuccessRequest request) {
        Token token = (Token) request.token();
        RecordSuccessResponse recorded = adaptive.recordSuccess(RecordSuccessRequest.create(token.adaptive()));
        return RecordSuccessResponse.create(new Token(recorded.token(), token.otherFailures(), token.startedNanos()));
    }

    @Override
    public int maxAttempts() {
        return MAX_ATTEMPTS;
    }

    /** Not a builder's product: the app builds it whole, per client, and nothing is to add defaults to it. */
    @Override
    public Builder<?, ?> toBuilder() {
        throw new UnsupportedOperationException("ThrottlingRetryStrategy is built by forProfile");
    }

    @Override
    public void close() {
        adaptive.close();
    }
}

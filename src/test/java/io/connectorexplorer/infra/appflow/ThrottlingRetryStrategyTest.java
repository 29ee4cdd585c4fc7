package io.connectorexplorer.infra.appflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.retries.api.AcquireInitialTokenRequest;
import software.amazon.awssdk.retries.api.RefreshRetryTokenRequest;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.retries.api.RetryToken;
import software.amazon.awssdk.retries.api.TokenAcquisitionFailedException;

/**
 * Which failures the client retries, without a network: the strategy asked as the SDK asks it. How long throttled
 * calls go on, paced by the adaptive rate limiter, is shown end to end (ListThrottlingEndToEndTest).
 */
class ThrottlingRetryStrategyTest {

    private static final SdkServiceException THROTTLED = SdkServiceException.builder()
            .statusCode(429)
            .message("Rate exceeded")
            .build();
    private static final SdkServiceException SERVER_ERROR =
            SdkServiceException.builder().statusCode(500).message("Broken").build();

    @BeforeEach
    void noRetrySettingsFromTheEnvironment() {
        assumeTrue(
                System.getenv("AWS_RETRY_MODE") == null
                        && System.getenv("AWS_MAX_ATTEMPTS") == null
                        && System.getProperty("aws.retryMode") == null
                        && System.getProperty("aws.maxAttempts") == null,
                "retry settings in the environment override the profile's");
    }

    @Test
    void otherErrorsGetTheAttemptsOfTheProfilesRetryModeOrItsMaxAttempts() {
        assertThat(ThrottlingRetryStrategy.attemptsOnOtherErrors(() -> profiles(""), "p"))
                .as("the SDK's default mode, legacy")
                .isEqualTo(4);
        assertThat(ThrottlingRetryStrategy.attemptsOnOtherErrors(
                        () -> profiles("[profile p]\nretry_mode = standard\n"), "p"))
                .isEqualTo(3);
        assertThat(ThrottlingRetryStrategy.attemptsOnOtherErrors(
                        () -> profiles("[profile p]\nretry_mode = standard\nmax_attempts = 7\n"), "p"))
                .isEqualTo(7);
        assertThat(ThrottlingRetryStrategy.attemptsOnOtherErrors(
                        () -> profiles("[profile p]\nretry_mode = standard\nmax_attempts = many\n"), "p"))
                .isEqualTo(3);
    }

    @Test
    void aServerErrorIsRetriedAsOftenAsTheModeSaysThenNoMore() {
        RetryStrategy strategy = ThrottlingRetryStrategy.forProfile(
                () -> profiles("[profile p]\nretry_mode = standard\n"), "p", Duration.ofSeconds(30));
        RetryToken token = strategy.acquireInitialToken(AcquireInitialTokenRequest.create("GLOBAL"))
                .token();

        token = strategy.refreshRetryToken(refresh(token, SERVER_ERROR)).token();
        token = strategy.refreshRetryToken(refresh(token, SERVER_ERROR)).token();
        RetryToken third = token;
        TokenAcquisitionFailedException refused = catchThrowableOfType(
                TokenAcquisitionFailedException.class, () -> strategy.refreshRetryToken(refresh(third, SERVER_ERROR)));

        assertThat(refused).as("three attempts in the standard mode").isNotNull();
        assertThat(refused.getCause()).isSameAs(SERVER_ERROR);
    }

    @Test
    void aThrottledCallIsNoLongerRetriedOnceItsPatienceIsSpent() {
        RetryStrategy strategy = ThrottlingRetryStrategy.forProfile(() -> profiles(""), "p", Duration.ZERO);
        RetryToken token = strategy.acquireInitialToken(AcquireInitialTokenRequest.create("GLOBAL"))
                .token();

        TokenAcquisitionFailedException refused = catchThrowableOfType(
                TokenAcquisitionFailedException.class, () -> strategy.refreshRetryToken(refresh(token, THROTTLED)));

        assertThat(refused).isNotNull();
        assertThat(refused.getCause()).as("the failure told is the throttling").isSameAs(THROTTLED);
    }

    private static RefreshRetryTokenRequest refresh(RetryToken token, Throwable failure) {
        return RefreshRetryTokenRequest.builder().token(token).failure(failure).build();
    }

    private static ProfileFile profiles(String config) {
        return ProfileFile.builder()
                .content(new ByteArrayInputStream(config.getBytes(StandardCharsets.UTF_8)))
                .type(ProfileFile.Type.CONFIGURATION)
                .build();
    }
}

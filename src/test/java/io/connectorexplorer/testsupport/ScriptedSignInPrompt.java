package io.connectorexplorer.testsupport;

import io.connectorexplorer.core.profile.SignInPrompt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A person at a browser, scripted: opens nothing ({@link Browser#NONE}), or follows the authorize page's redirect
 * back to the app's loopback address as a browser would ({@link Browser#FOLLOW}), optionally with a forged
 * {@code state} ({@link Browser#FORGE_STATE}), or says it opened the page and then never comes back
 * ({@link Browser#WANDER_OFF}). Records every page it was asked to open, every device code shown, and every answer
 * the app's loopback address gave.
 */
public final class ScriptedSignInPrompt implements SignInPrompt {

    public enum Browser {
        NONE,
        FOLLOW,
        FORGE_STATE,
        WANDER_OFF
    }

    public record DeviceCode(String userCode, URI verificationPage, URI verificationPageWithCode) {}

    /** What the app's loopback redirect answered the browser. */
    public record CallbackPage(URI uri, int status, String body) {}

    private final Browser browser;
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final List<URI> opened = new CopyOnWriteArrayList<>();
    private final List<DeviceCode> deviceCodes = new CopyOnWriteArrayList<>();
    private final List<CallbackPage> callbackPages = new CopyOnWriteArrayList<>();

    public ScriptedSignInPrompt(Browser browser) {
        this.browser = browser;
    }

    @Override
    public boolean openBrowser(URI page) {
        opened.add(page);
        switch (browser) {
            case NONE:
                return false;
            case WANDER_OFF:
                return true;
            default:
                if (page.getPath().endsWith("/authorize")) {
                    signInAt(page);
                }
                return true;
        }
    }

    @Override
    public void showDeviceCode(String userCode, URI verificationPage, URI verificationPageWithCode) {
        deviceCodes.add(new DeviceCode(userCode, verificationPage, verificationPageWithCode));
    }

    public List<URI> opened() {
        return List.copyOf(opened);
    }

    public List<DeviceCode> deviceCodes() {
        return List.copyOf(deviceCodes);
    }

    public List<CallbackPage> callbackPages() {
        return List.copyOf(callbackPages);
    }

    private void signInAt(URI authorizePage) {
        try {
            HttpResponse<String> authorize = http.send(
                    HttpRequest.newBuilder(authorizePage).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (authorize.statusCode() != 302) {
                throw new AssertionError(
                        "The authorize page answered " + authorize.statusCode() + ": " + authorize.body());
            }
            String location = authorize.headers().firstValue("Location").orElseThrow();
            if (browser == Browser.FORGE_STATE) {
                location = location.replaceAll("state=[^&]*", "state=forged-by-another-page");
            }
            URI callback = URI.create(location);
            HttpResponse<String> page =
                    http.send(HttpRequest.newBuilder(callback).GET().build(), HttpResponse.BodyHandlers.ofString());
            callbackPages.add(new CallbackPage(callback, page.statusCode(), page.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}

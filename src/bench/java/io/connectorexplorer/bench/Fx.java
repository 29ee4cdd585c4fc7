package io.connectorexplorer.bench;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * JavaFX inside the harness, headless (Monocle, as the tests run it), for the figures that need real controls:
 * the configuration tree and the profile picker. Nothing is painted to a screen; CSS and layout — the FX
 * thread's share of showing something — run as in the app.
 */
final class Fx {

    private static boolean started;

    private Fx() {}

    static synchronized void start() throws InterruptedException {
        if (started) {
            return;
        }
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("java.awt.headless", "true");
        CountDownLatch latch = new CountDownLatch(1);
        Platform.startup(latch::countDown);
        Platform.setImplicitExit(false);
        if (!latch.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("JavaFX did not start");
        }
        started = true;
    }

    static <T> T call(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        try {
            return result.get(120, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    static void run(Runnable work) throws Exception {
        call(() -> {
            work.run();
            return null;
        });
    }
}

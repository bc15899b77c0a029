package org.threshold.room;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.threshold.workshop.phones.SelfTest;

/**
 * Opens the phone page through the chosen address, as a phone would, and says in plain words
 * what that shows and what to do when phones still cannot reach it.
 */
final class SelfTester {
    /** A mark in the page, so the test knows it reached Threshold and not some other program on the port. */
    static final String PAGE_MARK = "data-threshold-room";
    private static final String IF_PHONES_CANNOT = " If a phone still cannot open it: make sure the phone is on the same "
            + "network as this laptop (guest Wi-Fi often blocks traffic between devices, so use the laptop's own hotspot); "
            + "on Windows, allow Threshold through the firewall when asked, and mark the network Private, not Public.";

    private SelfTester() {
    }

    static SelfTest test(String url) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3))
                .followRedirects(HttpClient.Redirect.NEVER).proxy(HttpClient.Builder.NO_PROXY).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() == 200 && response.body().contains(PAGE_MARK)) {
                return new SelfTest(true, "The phone page answers at " + url + ". Open that address on one phone to be "
                        + "sure." + IF_PHONES_CANNOT);
            }
            return new SelfTest(false, "Something else answered at " + url + " (status " + response.statusCode()
                    + "). Choose another port.");
        } catch (IOException e) {
            return new SelfTest(false, "The phone page did not answer at " + url + " (" + e.getMessage() + ")."
                    + IF_PHONES_CANNOT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SelfTest(false, "The self-test was stopped before it finished.");
        }
    }
}

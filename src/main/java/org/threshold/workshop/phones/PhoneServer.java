package org.threshold.workshop.phones;

import java.util.List;
import org.threshold.workshop.run.RunState;

/**
 * The phone server as the console sees it: start it on one of the laptop's addresses, tell it
 * where the room is, test it, stop it. The server itself lives in the room layer; the app wires
 * it in, so the screens never depend on HTTP.
 */
public interface PhoneServer {
    int DEFAULT_PORT = 8765;

    /** The laptop's IPv4 addresses, the likely ones first. */
    List<LanAddress> addresses();

    /**
     * Starts serving {@code sessionId}'s room on {@code address} only.
     *
     * @return the page's address for phones, such as {@code http://192.168.137.1:8765/}
     * @throws PhoneServerException with a plain sentence when it cannot (the port is taken, say)
     */
    String start(long sessionId, String address, int port);

    /** Stops at once: phones can no longer reach the laptop. Does nothing when not running. */
    void stop();

    boolean isRunning();

    /** Where the room is now; phones follow it. */
    void follow(RunState state);

    /** Tells phones to look again: answering closed or reopened, the join code changed. */
    void refresh();

    /** Opens the phone page through the chosen address, as a phone would, and says whether it answered. */
    SelfTest selfTest();

    /** Called, on a server thread, after each join or answer is committed. */
    void onActivity(Runnable listener);
}

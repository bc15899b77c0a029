package org.threshold.workshop.phones;

import java.util.Optional;
import org.threshold.store.SettingsRepository;

/** The address and port the phone server last used on this laptop, so the same choice comes back next time. */
public final class PhonePreferences {
    private static final String ADDRESS = "phones.address";
    private static final String PORT = "phones.port";

    private final SettingsRepository settings;

    public PhonePreferences(SettingsRepository settings) {
        this.settings = settings;
    }

    public Optional<String> address() {
        return settings.get(ADDRESS).filter(a -> !a.isBlank());
    }

    public int port() {
        return settings.get(PORT).flatMap(PhonePreferences::parsePort).orElse(PhoneServer.DEFAULT_PORT);
    }

    public void remember(String address, int port) {
        settings.put(ADDRESS, address);
        settings.put(PORT, Integer.toString(port));
    }

    /** A port phones can be sent to: 1024-65535, so no administrator rights are needed. */
    public static Optional<Integer> parsePort(String text) {
        try {
            int port = Integer.parseInt(text.strip());
            return port >= 1024 && port <= 65535 ? Optional.of(port) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

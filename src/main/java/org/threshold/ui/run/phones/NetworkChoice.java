package org.threshold.ui.run.phones;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.threshold.workshop.phones.LanAddress;
import org.threshold.workshop.phones.PhonePreferences;
import org.threshold.workshop.phones.PhoneServer;

/** Which of the laptop's networks, and which port, the phone server is to use: the last choice comes back. */
public final class NetworkChoice {
    private final ObservableList<LanAddress> addresses = FXCollections.observableArrayList();
    private final ObjectProperty<LanAddress> address = new SimpleObjectProperty<>(this, "address");
    private final StringProperty port = new SimpleStringProperty(this, "port", Integer.toString(PhoneServer.DEFAULT_PORT));

    /** Lists the addresses, picking the one used last time when it is still there, else the likeliest. */
    void offer(List<LanAddress> found, Optional<String> remembered, int rememberedPort) {
        addresses.setAll(found);
        address.set(found.stream().filter(a -> remembered.filter(a.address()::equals).isPresent()).findFirst()
                .orElse(found.isEmpty() ? null : found.get(0)));
        port.set(Integer.toString(rememberedPort));
    }

    /** What is wrong with the choice, in words, or empty when phones can be turned on with it. */
    Optional<String> problem() {
        if (address.get() == null) {
            return Optional.of("Choose the network phones will use first.");
        }
        if (PhonePreferences.parsePort(port.get()).isEmpty()) {
            return Optional.of("The port is a number from 1024 to 65535; 8765 is usual.");
        }
        return Optional.empty();
    }

    int chosenPort() {
        return PhonePreferences.parsePort(port.get()).orElse(PhoneServer.DEFAULT_PORT);
    }

    public ObservableList<LanAddress> addresses() {
        return addresses;
    }

    public ObjectProperty<LanAddress> addressProperty() {
        return address;
    }

    public StringProperty portProperty() {
        return port;
    }
}

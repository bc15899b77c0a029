package org.threshold.workshop.phones;

/**
 * One of the laptop's network addresses phones could reach it on.
 *
 * @param network the adapter's name as the system gives it
 * @param address the IPv4 address, such as 192.168.137.1
 * @param note    what it looks like, in words: "Windows Mobile Hotspot", "virtual or VPN adapter"; may be empty
 * @param likely  true for an address phones can probably reach (a hotspot, or an ordinary network)
 */
public record LanAddress(String network, String address, String note, boolean likely) {
    /** "192.168.137.1, Windows Mobile Hotspot": the note when there is one, else the adapter's name. */
    public String describe() {
        return address + ", " + (note.isEmpty() ? network : note);
    }
}

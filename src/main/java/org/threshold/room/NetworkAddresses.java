package org.threshold.room;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.threshold.workshop.phones.LanAddress;

/**
 * The laptop's IPv4 addresses, each with a word on what it looks like: the hotspot ranges of the
 * common systems are recognised, and virtual and VPN adapters marked, since phones cannot reach those.
 */
final class NetworkAddresses {
    private static final String[] VIRTUAL_NAMES = {"vmnet", "vbox", "virtualbox", "vmware", "hyper-v", "vethernet",
        "docker", "veth", "virbr", "br-", "tun", "tap", "utun", "wg", "tailscale", "zerotier", "vpn", "wsl"};

    private NetworkAddresses() {
    }

    static List<LanAddress> list() {
        List<LanAddress> found = new ArrayList<>();
        try {
            for (NetworkInterface adapter : NetworkInterface.networkInterfaces().toList()) {
                if (!adapter.isUp()) {
                    continue;
                }
                for (InetAddress address : adapter.inetAddresses().toList()) {
                    if (address instanceof Inet4Address) {
                        found.add(describe(adapter, address.getHostAddress()));
                    }
                }
            }
        } catch (SocketException e) {
            System.getLogger(NetworkAddresses.class.getName()).log(System.Logger.Level.WARNING,
                    "The network adapters could not be listed: " + e.getMessage());
        }
        found.sort(Comparator.comparing((LanAddress a) -> !a.likely()).thenComparing(a -> !a.note().contains("hotspot")
                && !a.note().contains("Sharing")));
        return found;
    }

    static LanAddress describe(NetworkInterface adapter, String address) throws SocketException {
        String name = adapter.getDisplayName() == null ? adapter.getName() : adapter.getDisplayName();
        if (adapter.isLoopback()) {
            return new LanAddress(name, address, "this laptop only: phones cannot reach it", false);
        }
        String hotspot = hotspot(address);
        if (!hotspot.isEmpty()) {
            return new LanAddress(name, address, hotspot, true);
        }
        String lower = (adapter.getName() + " " + name).toLowerCase(Locale.ROOT);
        boolean virtual = adapter.isVirtual() || adapter.isPointToPoint();
        for (String word : VIRTUAL_NAMES) {
            virtual |= lower.contains(word);
        }
        if (virtual) {
            return new LanAddress(name, address, "virtual or VPN adapter: phones usually cannot reach it", false);
        }
        if (address.startsWith("169.254.")) {
            return new LanAddress(name, address, "no network found (self-assigned address)", false);
        }
        return new LanAddress(name, address, "", true);
    }

    /** The ranges each system gives its own hotspot; phones joined to it can always reach the laptop. */
    static String hotspot(String address) {
        if (address.startsWith("192.168.137.")) {
            return "Windows Mobile Hotspot";
        }
        if (address.startsWith("192.168.2.")) {
            return "macOS Internet Sharing hotspot";
        }
        if (address.startsWith("10.42.0.")) {
            return "Linux hotspot";
        }
        return "";
    }
}

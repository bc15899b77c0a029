package org.threshold.workshop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.threshold.content.BundledPacks;
import org.threshold.content.PackFormatException;
import org.threshold.content.PackReader;
import org.threshold.content.PackWriter;
import org.threshold.domain.pack.Pack;
import org.threshold.store.PackRepository;
import org.threshold.store.StoredPack;

/** The packs a facilitator can run from: those shipped with Threshold and those imported or customised. */
public final class PackLibrary {
    public static final String DEFAULT_PACK = "threshold-core-england.json";
    public static final String BUNDLED = "bundled";

    private final BundledPacks bundled;
    private final PackRepository stored;
    private final PackReader reader;
    private final PackWriter writer;

    public PackLibrary(PackRepository stored) {
        this.reader = new PackReader();
        this.writer = new PackWriter();
        this.bundled = new BundledPacks(reader);
        this.stored = stored;
    }

    /** A pack with the JSON it is snapshotted as, and where it came from. */
    public record LoadedPack(Pack pack, String json, String origin) {
    }

    /** The pack that ships with Threshold; its absence means a broken installation, said plainly. */
    public LoadedPack defaultPack() {
        try {
            Pack pack = bundled.load(DEFAULT_PACK);
            return new LoadedPack(pack, writer.writeString(pack), BUNDLED);
        } catch (IOException | PackFormatException e) {
            throw new IllegalStateException("The scenario pack that ships with Threshold could not be read ("
                    + e.getMessage() + "). Reinstall Threshold to repair it.", e);
        }
    }

    /** Every pack, bundled first; a stored pack that no longer reads is left out of the list rather than failing it. */
    public List<LoadedPack> list() {
        List<LoadedPack> packs = new ArrayList<>();
        try {
            for (String name : bundled.list()) {
                Pack pack = bundled.load(name);
                packs.add(new LoadedPack(pack, writer.writeString(pack), BUNDLED));
            }
        } catch (IOException | PackFormatException e) {
            throw new IllegalStateException("A scenario pack that ships with Threshold could not be read ("
                    + e.getMessage() + "). Reinstall Threshold to repair it.", e);
        }
        for (StoredPack pack : stored.list()) {
            try {
                packs.add(new LoadedPack(reader.read(pack.json().getBytes(StandardCharsets.UTF_8)), pack.json(), pack.origin()));
            } catch (PackFormatException e) {
                System.getLogger(PackLibrary.class.getName()).log(System.Logger.Level.WARNING,
                        "Stored pack " + pack.id() + " no longer validates: " + e.getMessage());
            }
        }
        return packs;
    }
}

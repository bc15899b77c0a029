package org.threshold.workshop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.threshold.content.BundledPacks;
import org.threshold.content.PackFormatException;
import org.threshold.content.PackLimits;
import org.threshold.content.PackProblem;
import org.threshold.content.PackReader;
import org.threshold.content.PackValidator;
import org.threshold.content.PackWriter;
import org.threshold.domain.pack.Pack;
import org.threshold.domain.pack.PackMetadata;
import org.threshold.store.AtomicFile;
import org.threshold.store.Leftovers;
import org.threshold.store.PackRepository;
import org.threshold.store.StoredPack;

/**
 * The packs a facilitator can run from: those shipped with Threshold and those imported or
 * customised. Stored packs change only here, and only the pack table: a session keeps the
 * snapshot it was planned with, so nothing done to a pack reaches a workshop already run.
 */
public final class PackLibrary {
    public static final String DEFAULT_PACK = "threshold-core-england.json";
    public static final String BUNDLED = "bundled";
    public static final String IMPORTED = "imported";
    public static final String CUSTOM = "custom";

    private final PackRepository stored;
    private volatile Codec codec;
    private final PackValidator validator = new PackValidator();
    private final Clock clock;
    private final Leftovers leftovers;
    private List<LoadedPack> bundledPacks;

    public PackLibrary(PackRepository stored) {
        this(stored, Clock.systemUTC());
    }

    public PackLibrary(PackRepository stored, Clock clock) {
        this(stored, clock, Leftovers.none());
    }

    /** @param leftovers where an export's temporary file is noted, so one left by a crash is cleared at the next start */
    public PackLibrary(PackRepository stored, Clock clock, Leftovers leftovers) {
        this.stored = stored;
        this.clock = clock;
        this.leftovers = leftovers;
    }

    /** A pack with the JSON it is snapshotted as, and where it came from. */
    public record LoadedPack(Pack pack, String json, String origin) implements LibraryPack {
        @Override
        public String id() {
            return pack.metadata().id();
        }

        @Override
        public String title() {
            return pack.metadata().title();
        }

        @Override
        public String version() {
            return pack.metadata().version();
        }
    }

    /** The pack that ships with Threshold; its absence means a broken installation, said plainly. */
    public LoadedPack defaultPack() {
        try {
            Pack pack = codec().bundled().load(DEFAULT_PACK);
            return new LoadedPack(pack, codec().writer().writeString(pack), BUNDLED);
        } catch (IOException | PackFormatException e) {
            throw brokenInstallation(e);
        }
    }

    /** Every pack a workshop can run from, bundled first; one stored that no longer reads is in {@link #listing} alone. */
    public List<LoadedPack> list() {
        return listing().stream().filter(LoadedPack.class::isInstance).map(LoadedPack.class::cast).toList();
    }

    /** Every pack, bundled first, a stored pack that no longer reads among them with its problem. */
    public List<LibraryPack> listing() {
        List<LibraryPack> packs = new ArrayList<>(bundledPacks());
        for (StoredPack pack : stored.list()) {
            packs.add(read(pack));
        }
        return packs;
    }

    public Optional<LoadedPack> find(String id) {
        Optional<LoadedPack> shipped = bundledPacks().stream().filter(p -> p.id().equals(id)).findFirst();
        return shipped.isPresent() ? shipped : stored.find(id).flatMap(this::loaded);
    }

    /**
     * Reads and checks a file for import without storing anything. Every problem comes back
     * with its place; a pack that would take the id of a pack shipped with Threshold is refused.
     */
    public Pack readForImport(Path file) throws IOException, PackFormatException {
        Pack pack = codec().reader().read(file);
        refuseBundledId(pack.metadata().id());
        return pack;
    }

    /** The stored pack an import of this id would replace, readable or not, so the facilitator can be asked first. */
    public Optional<LibraryPack> wouldReplace(String id) {
        return stored.find(id).map(this::read);
    }

    /**
     * Stores a pack read by {@link #readForImport} in one statement. Without {@code replace} a
     * pack already stored under the same id is left as it was and the import refused.
     */
    public LoadedPack importPack(Pack pack, boolean replace) throws PackFormatException {
        check(pack);
        refuseBundledId(pack.metadata().id());
        StoredPack row = fitsStored(row(pack, IMPORTED));
        if (replace) {
            stored.save(row);
        } else if (!stored.insert(row)) {
            throw new IllegalStateException("A pack with the id \u201c" + pack.metadata().id()
                    + "\u201d is already in the library. Replace it, or give the new pack its own id.");
        }
        return new LoadedPack(pack, row.json(), IMPORTED);
    }

    /**
     * Writes the pack through the one atomic writer: the old file stays whole until the new one is on disk.
     *
     * @param mayReplace whether a file already at {@code file} may be replaced; see {@link DestinationExists}
     */
    public Path export(LoadedPack pack, Path file, boolean mayReplace) {
        return write(codec().writer().write(pack.pack()), file, mayReplace);
    }

    /** Writes a pack that no longer reads exactly as it is stored, to be repaired and imported again. */
    public Path exportStoredText(UnreadablePack pack, Path file, boolean mayReplace) {
        return write(pack.storedText().getBytes(StandardCharsets.UTF_8), file, mayReplace);
    }

    private Path write(byte[] bytes, Path file, boolean mayReplace) {
        AtomicFile files = AtomicFile.forExports(stored.databaseFile(), leftovers);
        return DestinationExists.whenWriting(file, () -> files.write(file, out -> out.write(bytes), mayReplace));
    }

    /** A copy to customise: a new id no other pack has, "(copy)" after the title, kept as a custom pack. */
    public LoadedPack duplicate(LoadedPack source) {
        Set<String> taken = new HashSet<>();
        bundledPacks().forEach(p -> taken.add(p.id()));
        stored.list().forEach(p -> taken.add(p.id()));
        Pack copy = PackCopies.copy(source.pack(), taken);
        StoredPack row = row(copy, CUSTOM);
        if (!stored.insert(row)) {
            throw new IllegalStateException("Another pack took the id \u201c" + row.id() + "\u201d just now. Duplicate again.");
        }
        return new LoadedPack(copy, row.json(), CUSTOM);
    }

    /**
     * Saves an edited pack over the stored one with its id, checked first. Only the pack table
     * changes: sessions keep the snapshot of the content they were planned with.
     */
    public LoadedPack save(Pack edited) throws PackFormatException {
        check(edited);
        String id = edited.metadata().id();
        refuseBundledId(id);
        String origin = stored.find(id).map(StoredPack::origin).orElse(CUSTOM);
        StoredPack row = fitsStored(row(edited, origin));
        stored.save(row);
        return new LoadedPack(edited, row.json(), origin);
    }

    /** Removes an imported or custom pack; the packs shipped with Threshold stay. */
    public boolean delete(String id) {
        if (isBundledId(id)) {
            throw new IllegalArgumentException("\u201c" + id + "\u201d ships with Threshold and cannot be deleted.");
        }
        return stored.delete(id);
    }

    /** How current the pack's law is today, for the facilitator choosing it. */
    public LawCurrency currency(Pack pack) {
        return LawCurrency.of(pack.metadata(), LocalDate.now(clock));
    }

    public boolean isBundledId(String id) {
        return bundledPacks().stream().anyMatch(p -> p.id().equals(id));
    }

    private void check(Pack pack) throws PackFormatException {
        Optional<PackFormatException> refusal = validator.refusal(pack);
        if (refusal.isPresent()) {
            throw refusal.get();
        }
    }

    private void refuseBundledId(String id) throws PackFormatException {
        if (isBundledId(id)) {
            throw new PackFormatException(new PackProblem("metadata.id", "\u201c" + id + "\u201d is the id of a pack that"
                    + " ships with Threshold, which cannot be replaced; give this pack an id of its own"));
        }
    }

    /**
     * A pack is stored laid out as Threshold writes it, which can be larger than the file it came
     * from: one stored past the size a pack may be would no longer read, and drop out of the library.
     */
    private static StoredPack fitsStored(StoredPack row) throws PackFormatException {
        long size = row.json().getBytes(StandardCharsets.UTF_8).length;
        long limit = PackLimits.DEFAULT.maxBytes();
        if (size > limit) {
            throw new PackFormatException(new PackProblem("the whole pack", String.format(Locale.ROOT,
                    "laid out as Threshold stores it, the pack is %.1f MB, over the %d MB a pack may be; shorten its "
                    + "texts or split it into two packs", size / 1048576.0, limit / 1048576)));
        }
        return row;
    }

    private StoredPack row(Pack pack, String origin) {
        PackMetadata m = pack.metadata();
        return new StoredPack(m.id(), m.title(), m.version(), origin, codec().writer().writeString(pack), clock.instant());
    }

    private Optional<LoadedPack> loaded(StoredPack pack) {
        return read(pack) instanceof LoadedPack loaded ? Optional.of(loaded) : Optional.empty();
    }

    private LibraryPack read(StoredPack pack) {
        try {
            return new LoadedPack(codec().reader().read(pack.json().getBytes(StandardCharsets.UTF_8)), pack.json(),
                    pack.origin());
        } catch (PackFormatException e) {
            // The place only: a problem's words can quote the pack's text, which the log never holds.
            System.getLogger(PackLibrary.class.getName()).log(System.Logger.Level.WARNING, "Stored pack " + pack.id()
                    + " no longer reads; listed as unreadable (first problem at " + e.problems().get(0).place() + ")");
            return UnreadablePack.of(pack, e);
        }
    }

    /** Read once: the packs shipped with Threshold cannot change while it runs. */
    private synchronized List<LoadedPack> bundledPacks() {
        if (bundledPacks == null) {
            List<LoadedPack> packs = new ArrayList<>();
            try {
                for (String name : codec().bundled().list()) {
                    Pack pack = codec().bundled().load(name);
                    packs.add(new LoadedPack(pack, codec().writer().writeString(pack), BUNDLED));
                }
            } catch (IOException | PackFormatException e) {
                throw brokenInstallation(e);
            }
            bundledPacks = List.copyOf(packs);
        }
        return bundledPacks;
    }

    private static IllegalStateException brokenInstallation(Exception e) {
        return new IllegalStateException("A scenario pack that ships with Threshold could not be read ("
                + e.getMessage() + "). Reinstall Threshold to repair it.", e);
    }

    /**
     * The JSON reader and writer, made on first use: the home screen's first frame needs no pack,
     * and the JSON library takes a noticeable part of a second to load.
     */
    private Codec codec() {
        Codec made = codec;
        if (made == null) {
            synchronized (this) {
                if (codec == null) {
                    codec = new Codec(new PackReader(), new PackWriter());
                }
                made = codec;
            }
        }
        return made;
    }

    private record Codec(PackReader reader, PackWriter writer, BundledPacks bundled) {
        Codec(PackReader reader, PackWriter writer) {
            this(reader, writer, new BundledPacks(reader));
        }
    }
}

package org.threshold.testing;

import java.util.List;
import org.threshold.domain.WorkshopSession;
import org.threshold.domain.pack.JourneyStage;
import org.threshold.domain.pack.Pack;
import org.threshold.domain.pack.ReadinessStatement;
import org.threshold.domain.pack.WhereWeStand;
import org.threshold.store.Database;
import org.threshold.store.PackRepository;
import org.threshold.workshop.ExampleWorkshop;
import org.threshold.workshop.PackLibrary;
import org.threshold.workshop.results.TestPack;
import org.threshold.workshop.summary.ExampleSession;

/** The test pack with a small "Where we stand" section: four stages, three statements. */
public final class StandPack {
    public static final WhereWeStand SECTION = new WhereWeStand("Where is our partnership on the journey?",
            List.of(new JourneyStage("vision", "Vision", "We agree why we share."),
                    new JourneyStage("scoping", "Scoping", "We know what we need and the basis for it."),
                    new JourneyStage("ready", "Getting ready", "Agreements are signed."),
                    new JourneyStage("sharing", "Sharing in practice", "We share as agreed.")),
            "How true is each statement of our partnership today?",
            List.of(new ReadinessStatement("agreement", "We have a signed agreement.", "The signed agreement.",
                            "governance", "gdpr-6"),
                    new ReadinessStatement("advice", "Staff know whom to ask for advice.", "A named adviser.",
                            "practice", ""),
                    new ReadinessStatement("recorded", "Decisions not to share are recorded.", "A template in use.",
                            "practice", "hmg-2018")),
            "Adapted for tests.");

    private StandPack() {
    }

    public static Pack pack() {
        Pack base = TestPack.pack();
        return new Pack(base.metadata(), base.agencies(), base.basisLayers(), base.references(), base.scenarios(),
                base.exercises(), SECTION);
    }

    /** The example workshop, run from this pack: it includes "Where we stand" with answers and actions. */
    public static WorkshopSession example(Database database) {
        Pack pack = pack();
        return new ExampleWorkshop(database, new PackLibrary(new PackRepository(database)), ExampleSession.CLOCK)
                .create(pack, ExampleSession.packJson(pack));
    }
}

package org.threshold.workshop.results;

import java.time.LocalDate;
import java.util.List;
import org.threshold.domain.pack.AgencyPrompt;
import org.threshold.domain.pack.ConfidenceItem;
import org.threshold.domain.pack.Decision;
import org.threshold.domain.pack.DecisionOption;
import org.threshold.domain.pack.Exercises;
import org.threshold.domain.pack.Fragment;
import org.threshold.domain.pack.BasisLayer;
import org.threshold.domain.pack.BasisLayerKind;
import org.threshold.domain.pack.LawfulBasis;
import org.threshold.domain.pack.ModelAnswer;
import org.threshold.domain.pack.MythItem;
import org.threshold.domain.pack.OptionKind;
import org.threshold.domain.pack.Pack;
import org.threshold.domain.pack.PackAgency;
import org.threshold.domain.pack.PackMetadata;
import org.threshold.domain.pack.Reference;
import org.threshold.domain.pack.Scenario;
import org.threshold.domain.pack.Stage;
import org.threshold.domain.pack.StageGuidance;
import org.threshold.domain.pack.TrustGridSettings;

/**
 * A small valid pack built from the domain records (it passes the pack rules, so it can be a
 * session's saved content), so these tests do not depend on the pack reader. Three scenarios of three stages each, every option kind at every stage.
 */
public final class TestPack {
    private TestPack() {
    }

    public static Pack pack() {
        return new Pack(
                new PackMetadata("test-pack", "Test scenarios", "1.2", "England", List.of("hmg-2018"),
                        List.of("Partnership training team"), "CC BY 4.0", "Fictional cases for tests.", LocalDate.of(2026, 11, 2)),
                List.of(new PackAgency("police", "Police", true), new PackAgency("health", "Health / NHS", true)),
                List.of(new BasisLayer(BasisLayerKind.ARTICLE_6, List.of(new LawfulBasis("consent", "Consent", "gdpr-6"),
                        new LawfulBasis("public-task", "Public task", "gdpr-6")))),
                List.of(new Reference("gdpr-6", "UK GDPR Article 6", "legislation.gov.uk", "2021", "", ""),
                        new Reference("hmg-2018", "Information sharing advice", "HM Government", "July 2018", "", "")),
                List.of(scenario("quiet-concerns", "Quiet concerns", "A child's attendance falls while a parent's health declines."),
                        scenario("the-lodger", "The lodger", "A new adult in a household known to several agencies."),
                        scenario("discharge", "Home by Friday", "An older man is discharged from hospital to a flat with no heating.")),
                new Exercises(new TrustGridSettings("How far do you trust this agency with information you share?",
                        1, 5, "Not at all", "Completely"),
                        List.of(new ConfidenceItem("legitimate-purpose", "I can tell whether sharing has a legitimate purpose", "hmg-2018"),
                                new ConfidenceItem("without-consent", "I know when I may share without consent", "hmg-2018")),
                        List.of(new MythItem("gdpr-blocks", "Data protection law stops us sharing to keep someone safe.", true,
                                        "The law is a framework for sharing, not a barrier.", List.of("hmg-2018")),
                                new MythItem("record-decision", "You should record a decision not to share.", false,
                                        "Record the decision and the reasons either way.", List.of("hmg-2018"))),
                        List.of(new AgencyPrompt("can-share", "What we can share"))));
    }

    private static Scenario scenario(String id, String title, String summary) {
        return new Scenario(id, title, summary, List.of("thresholds"), "child",
                List.of(stage(id, 1, "First sign"), stage(id, 2, "A second agency notices"), stage(id, 3, "The picture joins up")),
                List.of("What could have been shared earlier?", "Who else needed to know?"),
                new ModelAnswer("Share at stage 2 with the safeguarding lead; record the decision at stage 1.",
                        List.of("hmg-2018")));
    }

    private static Stage stage(String scenarioId, int number, String title) {
        List<DecisionOption> options = List.of(
                new DecisionOption("share", "Share now", OptionKind.SHARE),
                new DecisionOption("advice", "Seek advice first", OptionKind.SEEK_ADVICE),
                new DecisionOption("consent", "Ask for consent", OptionKind.SEEK_CONSENT),
                new DecisionOption("hold", "Do not share yet", OptionKind.WITHHOLD));
        return new Stage(title, "Stage " + number + " of " + scenarioId + ".",
                List.of(new Fragment("health", "The GP notes a missed appointment.")),
                new Decision("What would your agency do now?", options, List.of("health"),
                        new StageGuidance(number == 1 ? List.of("hold") : List.of("share"),
                                "Below threshold alone; together it is not.", List.of("hmg-2018"))),
                "Let the room disagree.");
    }
}

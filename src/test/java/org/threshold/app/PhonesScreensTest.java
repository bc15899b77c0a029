package org.threshold.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.AgendaItemKind;
import org.threshold.domain.DisplayTheme;
import org.threshold.testing.DirectTaskExecutor;
import org.threshold.testing.NoProjector;
import org.threshold.testing.RecordingNavigator;
import org.threshold.testing.ScriptedDialogs;
import org.threshold.ui.run.RunViewModel;
import org.threshold.ui.run.audience.AudienceView;
import org.threshold.ui.run.audience.AudienceWindow;
import org.threshold.ui.run.console.ConsoleView;
import org.threshold.ui.run.phones.PhonesPanel;
import org.threshold.ui.run.phones.PhonesViewModel;
import org.threshold.workshop.phones.AnswerInput;
import org.threshold.workshop.phones.LanAddress;
import org.threshold.workshop.phones.PhoneServer;
import org.threshold.workshop.phones.RoomQuestion;
import org.threshold.workshop.phones.RoomQuestions;
import org.threshold.workshop.phones.SelfTest;
import org.threshold.workshop.run.RunState;

/**
 * Phones in the room on screen: the console's panel with the counts and the moderation queue,
 * the projector's QR code and join code, the corner badge and an open question's answers. The
 * server here is a stand-in, so the pictures show a hotspot address without binding to one.
 */
@Tag("screens")
class PhonesScreensTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-14T10:05:00Z"), ZoneId.of("Europe/London"));
    private static final String AUDIENCE_CSS = AudienceWindow.CSS;

    @TempDir
    static Path dir;
    static Services services;
    static ThemeManager theme;
    static ScreenCapture screens;

    @BeforeAll
    static void start() throws Exception {
        services = Services.open(dir.resolve("phones-screens.db"), CLOCK);
        screens = ScreenCapture.start(services);
        theme = screens.theme();
    }

    @AfterAll
    static void stop() {
        services.close();
    }

    @Test
    void phonesOnTheConsoleAndTheProjector() throws Exception {
        ScreensTest.onFx(() -> {
            theme.restore(DisplayTheme.LIGHT, 15);
            long session = services.examples().create().id();
            List<AgendaItem> agenda = new ArrayList<>(services.planner().load(session).agenda());
            agenda.add(agenda.size() - 1, AgendaItem.planned(AgendaItemKind.OPEN_QUESTION,
                    "What stops you sharing?", "", 10));
            services.planner().saveAgenda(session, agenda);
            RunViewModel run = run(session);
            PhonesViewModel phones = phonesOn(session, run);

            run.jumpTo(0);
            AudienceView welcome = audience(run, phones);
            screens.capture("audience-phones-welcome-1920", welcome, AudienceWindow.AUDIENCE_SCALE, 1920, 1080, AUDIENCE_CSS);
            assertNotNull(welcome.lookup(".qr-code"), "the QR code is on the welcome slide");
            screens.capture("audience-phones-welcome-1366", audience(run, phones), AudienceWindow.AUDIENCE_SCALE, 1366, 768,
                    AUDIENCE_CSS);

            run.jumpTo(firstScenario(agenda));
            run.next();
            String code = phones.joinCodeProperty().get();
            List<RoomQuestion.Choice> options = RoomQuestions.of(run.stateProperty().get()).options();
            answer(session, run.stateProperty().get(), code, "police", 4, Map.of("option", options.get(0).id()));
            answer(session, run.stateProperty().get(), code, "health", 2, Map.of("option", options.get(2).id()));
            phones.refresh();
            ConsoleView console = new ConsoleView(run, new NoProjector());
            PhonesPanel panel = new PhonesPanel(phones);
            panel.setExpanded(true);
            console.showPhones(panel);
            screens.capture("console-phones-stage-1366", console, 1, 1366, 768);
            assertTrue(panel.getText().contains("6 joined") && panel.getText().contains("6 answered"), panel.getText());
            AudienceView stage = audience(run, phones);
            screens.capture("audience-phones-badge-1920", stage, AudienceWindow.AUDIENCE_SCALE, 1920, 1080, AUDIENCE_CSS);
            assertTrue(((Label) stage.lookup(".room-badge-text")).getText().contains("Code " + code));
            run.reveal();
            AudienceView results = audience(run, phones);
            screens.capture("audience-phones-results-1920", results, AudienceWindow.AUDIENCE_SCALE, 1920, 1080, AUDIENCE_CSS);
            assertTrue(results.lookupAll(".label").stream().anyMatch(n -> ((Label) n).getText()
                    .startsWith("Answers from:") && ((Label) n).getText().contains("6 phones")), "the sources are said");
            phones.closeAnswering();
            assertEquals(null, audience(run, phones).lookup(".room-badge-text"), "no badge once answering has closed");
            phones.reopenAnswering();

            run.jumpTo(agenda.size() - 2);
            RunState open = run.stateProperty().get();
            answer(session, open, code, "police", 1, Map.of("text", "Fear of getting it wrong and being blamed"));
            answer(session, open, code, "housing", 1, Map.of("text", "Not knowing who to call, and fear of blame"));
            answer(session, open, code, "education", 1, Map.of("text", "Mia was born 03/11/2019 and lives at LS1 4DY"));
            answer(session, open, code, "probation", 1, Map.of("text", "<script>alert('x')</script> no time"));
            phones.refresh();
            for (org.threshold.domain.DeviceAnswer answer : phones.openAnswers()) {
                if (!answer.text().startsWith("Mia")) {
                    phones.approve(answer);
                }
            }
            ConsoleView moderating = new ConsoleView(run, new NoProjector());
            PhonesPanel queuePanel = new PhonesPanel(phones);
            queuePanel.setExpanded(true);
            moderating.showPhones(queuePanel);
            screens.capture("console-phones-moderation-1366", moderating, 1, 1366, 768);
            assertNotNull(queuePanel.lookup(".flagged"), "the answer with a date of birth and a postcode is flagged");
            run.reveal();
            AudienceView cloud = audience(run, phones);
            screens.capture("audience-phones-open-1920", cloud, AudienceWindow.AUDIENCE_SCALE, 1920, 1080, AUDIENCE_CSS);
            screens.capture("audience-phones-open-1366", audience(run, phones), AudienceWindow.AUDIENCE_SCALE, 1366, 768,
                    AUDIENCE_CSS);
            assertNotNull(cloud.lookup(".word-cloud"));
            assertEquals(3, cloud.lookup(".open-answers-list").getParent() == null ? -1
                    : ((javafx.scene.layout.VBox) cloud.lookup(".open-answers-list")).getChildren().size(),
                    "three approved answers; the waiting one is not shown");
            assertTrue(cloud.lookupAll(".label").stream().anyMatch(n -> ((Label) n).getText().contains("<script>")),
                    "markup from a phone is shown as text");
            return null;
        });
    }

    /**
     * "Where we stand" with phones on, at the projector's three sizes: before the reveal the room
     * is asked to answer on its phones; once revealed, each figure says how many of its shown
     * answers came from phones, leaving out probation's two, whose agency is too small to show.
     */
    @Test
    void whereWeStandOnPhones() throws Exception {
        ScreensTest.onFx(() -> {
            theme.restore(DisplayTheme.LIGHT, 15);
            long session = services.examples().create().id();
            RunViewModel run = run(session);
            PhonesViewModel phones = phonesOn(session, run);
            run.jumpTo(run.stateProperty().get().agenda().stream().map(AgendaItem::kind).toList()
                    .indexOf(AgendaItemKind.WHERE_WE_STAND));
            String code = phones.joinCodeProperty().get();
            answer(session, run.stateProperty().get(), code, "police", 3, Map.of("option", "implementation"));
            answer(session, run.stateProperty().get(), code, "probation", 2, Map.of("option", "vision"));
            phones.refresh();
            AudienceScreensTest.all("phones-stand-journey-asked", screens, () -> audience(run, phones));
            assertTrue(said(audience(run, phones), "Answer on your phone. Results stay hidden"));
            run.reveal();
            AudienceScreensTest.all("phones-stand-journey", screens, () -> audience(run, phones));
            assertTrue(said(audience(run, phones), "Answers from: table decision, 3 phones."));

            run.next();
            RoomQuestion rating = RoomQuestions.of(run.stateProperty().get());
            for (String agency : List.of("police", "police", "police", "probation", "probation")) {
                String token = services.phoneAnswers().join(session, code, agency, null);
                services.phoneAnswers().answer(session, rating, token, new AnswerInput(rating.id(), null, null, null,
                        null, null, Map.of("signed-agreement", "2", "decisions-recorded", "dont-know"), null));
            }
            phones.refresh();
            AudienceScreensTest.all("phones-stand-readiness-asked", screens, () -> audience(run, phones));
            assertTrue(said(audience(run, phones), "On your phone: 1 not in place"));
            run.reveal();
            AudienceScreensTest.all("phones-stand-readiness", screens, () -> audience(run, phones));
            assertTrue(said(audience(run, phones), "Answers from: show of hands, 3 phones."));
            return null;
        });
    }

    private static RunViewModel run(long session) {
        RunViewModel run = new RunViewModel(session, services.runner(), new DirectTaskExecutor(), new ScriptedDialogs(),
                new RecordingNavigator(), CLOCK);
        run.start();
        return run;
    }

    /** The phones panel's model with phones turned on, on the stand-in server. */
    private static PhonesViewModel phonesOn(long session, RunViewModel run) {
        PhonesViewModel phones = new PhonesViewModel(session, run, services.phoneAnswers(), new StandIn(),
                services.phonePreferences(), new DirectTaskExecutor(), new ScriptedDialogs(), Runnable::run);
        phones.load();
        phones.turnOn();
        assertTrue(phones.onProperty().get(), phones.messageProperty().get());
        return phones;
    }

    /** Whether a label on the display starts with these words. */
    private static boolean said(AudienceView view, String words) {
        return view.lookupAll(".label").stream().anyMatch(n -> n instanceof Label label
                && label.getText().startsWith(words));
    }

    private static int firstScenario(List<AgendaItem> agenda) {
        for (int i = 0; i < agenda.size(); i++) {
            if (agenda.get(i).kind() == AgendaItemKind.SCENARIO) {
                return i;
            }
        }
        throw new IllegalStateException("The example has no scenario");
    }

    /** {@code people} phones of one agency join and give the same answer. */
    private static void answer(long session, RunState state, String code, String agency, int people,
                               Map<String, String> answer) {
        RoomQuestion question = RoomQuestions.of(state);
        for (int i = 0; i < people; i++) {
            String token = services.phoneAnswers().join(session, code, agency, null);
            services.phoneAnswers().answer(session, question, token, new AnswerInput(question.id(), answer.get("option"),
                    null, null, null, null, null, answer.get("text")));
        }
    }

    private static AudienceView audience(RunViewModel run, PhonesViewModel phones) {
        AudienceView view = new AudienceView(run);
        view.showPhones(phones);
        return view;
    }

    /** The server as the screens see it, on a Windows hotspot address, listening nowhere. */
    private static final class StandIn implements PhoneServer {
        @Override
        public List<LanAddress> addresses() {
            return List.of(new LanAddress("Local Area Connection* 2", "192.168.137.1", "Windows Mobile Hotspot", true));
        }

        @Override
        public String start(long sessionId, String address, int port) {
            return "http://" + address + ":" + port + "/";
        }

        @Override
        public void stop() {
        }

        @Override
        public boolean isRunning() {
            return true;
        }

        @Override
        public void follow(RunState state) {
        }

        @Override
        public void refresh() {
        }

        @Override
        public SelfTest selfTest() {
            return new SelfTest(true, "The phone page answers.");
        }

        @Override
        public void onActivity(Runnable listener) {
        }
    }
}

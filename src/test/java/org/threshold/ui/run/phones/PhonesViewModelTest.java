package org.threshold.ui.run.phones;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.AgendaItemKind;
import org.threshold.domain.Moderation;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.SessionDetails;
import org.threshold.store.SettingsRepository;
import org.threshold.testing.DirectTaskExecutor;
import org.threshold.testing.RecordingNavigator;
import org.threshold.testing.ScriptedDialogs;
import org.threshold.ui.plan.PlanViewModel;
import org.threshold.ui.run.RunViewModel;
import org.threshold.workshop.WorkshopFixture;
import org.threshold.workshop.phones.AnswerInput;
import org.threshold.workshop.phones.DeviceTokens;
import org.threshold.workshop.phones.LanAddress;
import org.threshold.workshop.phones.PhoneAnswers;
import org.threshold.workshop.phones.PhonePreferences;
import org.threshold.workshop.phones.PhoneServer;
import org.threshold.workshop.phones.PhoneServerException;
import org.threshold.workshop.phones.QuestionKind;
import org.threshold.workshop.phones.SelfTest;
import org.threshold.workshop.run.RunState;

/** The Phones panel's model, with a stand-in server: what it starts, follows, remembers and says. */
class PhonesViewModelTest {
    @TempDir
    Path dir;
    WorkshopFixture fixture;
    PhoneAnswers answers;
    RecordingServer server = new RecordingServer();
    long session;
    RunViewModel run;
    PhonesViewModel phones;

    @BeforeEach
    void open() {
        fixture = new WorkshopFixture(dir);
        answers = new PhoneAnswers(fixture.database, fixture.clock, new DeviceTokens(new SecureRandom()));
        session = fixture.catalog.create(SessionDetails.of("Phones", LocalDate.of(2026, 10, 14), "", "")).id();
        PlanViewModel plan = new PlanViewModel(session, fixture.planner, new DirectTaskExecutor(), new ScriptedDialogs(),
                new RecordingNavigator());
        plan.load();
        fixture.planner.saveAgencies(session, List.of(new SessionAgency("police", "Police", 5, 1)));
        fixture.planner.saveAgenda(session, List.of(AgendaItem.planned(AgendaItemKind.WELCOME, "Welcome", "", 5)));
        plan.load();
        plan.addOpenQuestion("  What stops\nyou sharing?  ", 1);
        phones = open(session);
    }

    private PhonesViewModel open(long id) {
        run = new RunViewModel(id, fixture.runner, new DirectTaskExecutor(), new ScriptedDialogs(), new RecordingNavigator(),
                fixture.clock);
        run.start();
        PhonesViewModel model = new PhonesViewModel(id, run, answers, server,
                new PhonePreferences(new SettingsRepository(fixture.database)), new DirectTaskExecutor(),
                new ScriptedDialogs().answeringConfirmations(true), Runnable::run);
        model.load();
        return model;
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theOpenQuestionAddedInThePlanIsTheQuestionItself() {
        AgendaItem open = run.stateProperty().get().agenda().get(1);
        assertEquals(AgendaItemKind.OPEN_QUESTION, open.kind());
        assertEquals("What stops you sharing?", open.title());
    }

    @Test
    void turningOnStartsOnTheChosenAddressFollowsTheRoomAndIsRememberedForTheNextStart() {
        phones.network().addressProperty().set(server.addresses().get(1));
        phones.network().portProperty().set("9123");
        phones.turnOn();
        assertTrue(phones.onProperty().get());
        assertEquals(List.of("start 10.42.0.1:9123"), server.calls.subList(0, 1));
        assertEquals("http://10.42.0.1:9123/", phones.urlProperty().get());
        run.jumpTo(1);
        assertEquals(QuestionKind.OPEN, phones.questionProperty().get().kind());
        assertTrue(server.calls.contains("follow 1.0"), server.calls.toString());

        phones.leave();
        server.calls.clear();
        PhonesViewModel again = open(session);
        assertEquals("10.42.0.1", again.network().addressProperty().get().address(), "the last choice is remembered");
        assertEquals(List.of("start 10.42.0.1:9123"), server.calls.subList(0, 1),
                "phones that were on come back on by themselves after a restart");
    }

    /**
     * A phone's answer is reported on a server thread; the screen reads again only once that is handed
     * to the screen's own thread, where all its background work is asked for.
     */
    @Test
    void aPhonesAnswerIsReadOnlyOnceHandedToTheScreensOwnThread() {
        List<Runnable> handedOn = new ArrayList<>();
        PhonesViewModel model = new PhonesViewModel(session, run, answers, server,
                new PhonePreferences(new SettingsRepository(fixture.database)), new DirectTaskExecutor(),
                new ScriptedDialogs(), handedOn::add);
        int before = model.revisionProperty().get();
        server.activity.get(server.activity.size() - 1).run();
        assertEquals(before, model.revisionProperty().get(), "nothing is read on the server's thread");
        assertEquals(1, handedOn.size());
        handedOn.forEach(Runnable::run);
        assertEquals(before + 1, model.revisionProperty().get());
    }

    @Test
    void aTakenPortIsSaidPlainlyAndABadPortIsRefusedBeforeTrying() {
        phones.network().portProperty().set("80");
        phones.turnOn();
        assertTrue(phones.messageProperty().get().contains("1024 to 65535"));
        server.taken = true;
        phones.network().portProperty().set("8765");
        phones.turnOn();
        assertFalse(phones.onProperty().get());
        assertTrue(phones.messageProperty().get().contains("already in use"), phones.messageProperty().get());
        assertFalse(answers.room(session).phonesOn());
    }

    @Test
    void turningOffStopsTheServerAtOnceAndSoDoesEndingTheWorkshop() {
        phones.turnOn();
        phones.turnOff();
        assertTrue(server.calls.contains("stop"));
        assertFalse(answers.room(session).phonesOn());
        phones.turnOn();
        fixture.runner.finish(run.stateProperty().get());
        phones.leave();
        assertTrue(server.calls.contains("stop"), "ending the workshop leaves the console, which stops the server");
        server.calls.clear();
        open(session);
        assertFalse(server.calls.stream().anyMatch(c -> c.startsWith("start")), "an ended workshop's phones stay off");
        assertFalse(answers.room(session).phonesOn());
    }

    @Test
    void theQueueShowsWaitingAnswersFirstAndClosingStopsAnswers() {
        phones.turnOn();
        run.jumpTo(1);
        RunState open = run.stateProperty().get();
        String code = answers.room(session).joinCode();
        List<String> tokens = new ArrayList<>();
        for (String text : new String[] {"Fear of blame", "No time"}) {
            String token = answers.join(session, code, "police", null);
            tokens.add(token);
            var question = org.threshold.workshop.phones.RoomQuestions.of(open);
            answers.answer(session, question, token, new AnswerInput(question.id(), null, null, null, null, null, null, text));
        }
        phones.refresh();
        assertEquals(2, phones.counts().get(0).answered());
        phones.approve(phones.openAnswers().get(0));
        assertEquals(Moderation.PENDING, phones.openAnswers().get(0).moderation(), "the one still waiting comes first");
        assertEquals(Moderation.APPROVED, phones.openAnswers().get(1).moderation());
        phones.closeAnswering();
        assertTrue(phones.closedProperty().get());
        assertTrue(server.calls.contains("refresh"));
        phones.reopenAnswering();
        assertFalse(phones.closedProperty().get());
    }

    /** Records what the model asks of the server; "taken" makes the port busy. */
    static final class RecordingServer implements PhoneServer {
        final List<String> calls = new ArrayList<>();
        final List<Runnable> activity = new ArrayList<>();
        boolean taken;

        @Override
        public List<LanAddress> addresses() {
            return List.of(new LanAddress("Wi-Fi", "192.168.1.20", "", true),
                    new LanAddress("hotspot", "10.42.0.1", "Linux hotspot", true));
        }

        @Override
        public String start(long sessionId, String address, int port) {
            if (taken) {
                throw new PhoneServerException("Port " + port + " on " + address + " is already in use.", null);
            }
            calls.add("start " + address + ":" + port);
            return "http://" + address + ":" + port + "/";
        }

        @Override
        public void stop() {
            calls.add("stop");
        }

        @Override
        public boolean isRunning() {
            return true;
        }

        @Override
        public void follow(RunState state) {
            calls.add("follow " + state.position().itemIndex() + "." + state.position().stageIndex());
        }

        @Override
        public void refresh() {
            calls.add("refresh");
        }

        @Override
        public SelfTest selfTest() {
            return new SelfTest(true, "ok");
        }

        @Override
        public void onActivity(Runnable listener) {
            activity.add(listener);
        }
    }
}

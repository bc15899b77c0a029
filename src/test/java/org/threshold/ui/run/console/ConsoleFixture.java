package org.threshold.ui.run.console;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.threshold.testing.Keys;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.WorkshopSession;
import org.threshold.workshop.SessionOverview;
import org.threshold.store.Database;
import org.threshold.testing.DirectTaskExecutor;
import org.threshold.testing.NoProjector;
import org.threshold.testing.RecordingNavigator;
import org.threshold.testing.ScriptedDialogs;
import org.threshold.testing.Workshops;
import org.threshold.ui.export.ExportActions;
import org.threshold.ui.run.RunViewModel;
import org.threshold.workshop.run.RunState;
import org.threshold.workshop.run.WorkshopRunner;

/** A real console over a real database in a window of its own, for tests that drive it by keys. */
final class ConsoleFixture implements AutoCloseable {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-14T09:30:00Z"), ZoneOffset.UTC);

    final Database db;
    final long session;
    final RunViewModel model;
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    final RecordingNavigator navigator = new RecordingNavigator();
    final List<String> exported = new ArrayList<>();
    final FxRobot robot = new FxRobot();
    ConsoleView view;

    ConsoleFixture(Path dir, List<SessionAgency> room, List<AgendaItem> agenda) throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        db = Database.open(dir.resolve("console.db"));
        session = Workshops.plan(db, CLOCK, room, agenda);
        model = new RunViewModel(session, new WorkshopRunner(db, Workshops.planner(db, CLOCK), CLOCK),
                new DirectTaskExecutor(), dialogs, navigator, CLOCK);
        FxToolkit.setupStage(stage -> {
            view = new ConsoleView(model, new NoProjector(), exports());
            // The headless screen is 1280 wide: a bigger window would not fit it.
            stage.setScene(new Scene(view, 1280, 720));
            stage.show();
            stage.toFront();
        });
        robot.interact(model::start);
    }

    private ExportActions exports() {
        return new ExportActions() {
            @Override
            public void exportSession(WorkshopSession workshop) {
                exported.add(workshop.title());
            }

            @Override
            public void archiveSession(WorkshopSession workshop) {
            }

            @Override
            public void importArchive(Consumer<WorkshopSession> imported) {
            }

            @Override
            public void importArchive(Path file, Consumer<WorkshopSession> imported) {
            }

            @Override
            public void compare(List<SessionOverview> sessions, SessionOverview preselected) {
            }
        };
    }

    RunState state() {
        return model.stateProperty().get();
    }

    /** Key presses only, as a keyboard sends them (pressed, typed, released): text is typed key by key. */
    ConsoleFixture type(Object... keys) {
        for (Object key : keys) {
            if (key instanceof String text) {
                Keys.type(robot, text);
            } else {
                robot.type((javafx.scene.input.KeyCode) key);
            }
        }
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    ConsoleFixture press(javafx.scene.input.KeyCode... chord) {
        robot.press(chord).release(chord);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    Node focusOwner() {
        return robot.window(0).getScene().getFocusOwner();
    }

    String focusedId() {
        Node owner = focusOwner();
        return owner == null ? "(nothing)" : owner.getId() != null ? owner.getId() : owner.toString();
    }

    String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    TextField field(String query) {
        return robot.lookup(query).queryAs(TextField.class);
    }

    static boolean has(Node node, String pseudoClass) {
        return node.getPseudoClassStates().contains(PseudoClass.getPseudoClass(pseudoClass));
    }

    @Override
    public void close() throws TimeoutException {
        FxToolkit.cleanupStages();
        db.close();
    }
}

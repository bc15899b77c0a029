package org.threshold.ui.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.domain.ActionStatus;
import org.threshold.testing.DirectTaskExecutor;
import org.threshold.testing.ScriptedDialogs;
import org.threshold.workshop.WorkshopFixture;

/** The plan's review of the last workshop's actions, on the example workshop. */
class ActionReviewViewModelTest {
    @TempDir
    Path dir;

    @Test
    void theSummarySaysWhatWasReportedAndAChangeIsKept() {
        try (WorkshopFixture fixture = new WorkshopFixture(dir)) {
            long example = fixture.examples.create().id();
            ScriptedDialogs dialogs = new ScriptedDialogs();
            ActionReviewViewModel model = new ActionReviewViewModel(example, fixture.planner.partnerships(),
                    new DirectTaskExecutor(), dialogs);
            model.load();
            assertEquals("4 actions from 22 April 2026: 2 done, 1 not done, 1 dropped.", model.summaryProperty().get());
            model.report(model.actions().get(2), ActionStatus.DONE);
            assertEquals("4 actions from 22 April 2026: 3 done, 1 dropped.", model.summaryProperty().get());
            // The spring workshop ran on another laptop: its review is the only record, so it cannot be taken back.
            model.report(model.actions().get(3), null);
            assertEquals(1, dialogs.errors.size());
            assertEquals("4 actions from 22 April 2026: 3 done, 1 dropped.", model.summaryProperty().get());
            ActionReviewViewModel reopened = new ActionReviewViewModel(example, fixture.planner.partnerships(),
                    new DirectTaskExecutor(), new ScriptedDialogs());
            reopened.load();
            assertEquals(model.summaryProperty().get(), reopened.summaryProperty().get());
        }
    }
}

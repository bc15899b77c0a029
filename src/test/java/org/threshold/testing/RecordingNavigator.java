package org.threshold.testing;

import java.util.ArrayList;
import java.util.List;
import org.threshold.ui.common.Navigator;

/** Records where screens asked to go. */
public final class RecordingNavigator implements Navigator {
    public final List<String> visits = new ArrayList<>();

    @Override
    public void showHome() {
        visits.add("home");
    }

    @Override
    public void openSession(long sessionId) {
        visits.add("plan " + sessionId);
    }

    @Override
    public void runSession(long sessionId) {
        visits.add("run " + sessionId);
    }

    @Override
    public void showPacks() {
        visits.add("packs");
    }

    @Override
    public void editPack(String packId) {
        visits.add("edit " + packId);
    }

    @Override
    public void showBackups() {
        visits.add("backups");
    }

    @Override
    public void showLog() {
        visits.add("log");
    }
}

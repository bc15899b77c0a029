package org.threshold.testing;

import org.threshold.ui.run.AudienceDisplay;

/** A console's projector when no window is opened for it: full screen and closing do nothing. */
public final class NoProjector implements AudienceDisplay {
    @Override
    public void toggleFullScreen() {
    }

    @Override
    public void close() {
    }
}

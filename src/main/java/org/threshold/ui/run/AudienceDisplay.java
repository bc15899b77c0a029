package org.threshold.ui.run;

/** What the console may ask of the projector window. */
public interface AudienceDisplay {
    void toggleFullScreen();

    void close();
}

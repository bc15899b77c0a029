package org.threshold.ui.packs.editor;

/** A part of the pack the editor can show: the details, the references, the exercises, a scenario or one of its stages. */
public record OutlineItem(Kind kind, int scenario, int stage) {
    public enum Kind { DETAILS, SCENARIO, STAGE, REFERENCES, CONFIDENCE, MYTHS }

    public static OutlineItem of(Kind kind) {
        return new OutlineItem(kind, -1, -1);
    }

    public static OutlineItem scenario(int scenario) {
        return new OutlineItem(Kind.SCENARIO, scenario, -1);
    }

    public static OutlineItem stage(int scenario, int stage) {
        return new OutlineItem(Kind.STAGE, scenario, stage);
    }
}

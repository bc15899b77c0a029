package org.threshold.ui.common;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** The icons the app uses, by what they mean rather than by glyph name. */
public enum Icons {
    NEW(MaterialDesignP.PLUS_CIRCLE_OUTLINE),
    OPEN(MaterialDesignF.FOLDER_OPEN_OUTLINE),
    RESUME(MaterialDesignP.PLAY_CIRCLE_OUTLINE),
    DUPLICATE(MaterialDesignC.CONTENT_COPY),
    DELETE(MaterialDesignD.DELETE_OUTLINE),
    EXAMPLE(MaterialDesignF.FLASK_OUTLINE),
    AGENCIES(MaterialDesignA.ACCOUNT_GROUP_OUTLINE),
    CALENDAR(MaterialDesignC.CALENDAR_BLANK_OUTLINE),
    PLACE(MaterialDesignM.MAP_MARKER_OUTLINE),
    PACKS(MaterialDesignF.FILE_DOCUMENT_MULTIPLE_OUTLINE),
    BACKUPS(MaterialDesignB.BACKUP_RESTORE),
    SAVED(MaterialDesignC.CHECK_CIRCLE_OUTLINE),
    TEXT_BIGGER(MaterialDesignF.FORMAT_FONT_SIZE_INCREASE),
    TEXT_SMALLER(MaterialDesignF.FORMAT_FONT_SIZE_DECREASE);

    private final Ikon ikon;

    Icons(Ikon ikon) {
        this.ikon = ikon;
    }

    public FontIcon icon() {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("app-icon");
        return icon;
    }
}

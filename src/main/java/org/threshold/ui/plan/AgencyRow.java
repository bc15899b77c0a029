package org.threshold.ui.plan;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.threshold.domain.SessionAgency;

/** One agency on the planning screen: whether it is coming, how many people, at how many tables. */
public final class AgencyRow {
    private final String code;
    private final String name;
    private final BooleanProperty present = new SimpleBooleanProperty(this, "present");
    private final IntegerProperty headcount = new SimpleIntegerProperty(this, "headcount");
    private final IntegerProperty tables = new SimpleIntegerProperty(this, "tables", 1);

    public AgencyRow(String code, String name, boolean present, int headcount, int tables) {
        this.code = code;
        this.name = name;
        this.present.set(present);
        this.headcount.set(headcount);
        this.tables.set(tables);
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public BooleanProperty presentProperty() {
        return present;
    }

    public IntegerProperty headcountProperty() {
        return headcount;
    }

    public IntegerProperty tablesProperty() {
        return tables;
    }

    SessionAgency toAgency() {
        return new SessionAgency(code, name, Math.max(0, headcount.get()), Math.max(0, tables.get()));
    }
}

package org.threshold.domain;

import java.util.Arrays;
import java.util.Optional;

/** The agencies found at most multi-agency workshops; packs may add their own. */
public enum StandardAgency {
    POLICE("police", "Police"),
    HEALTH("health", "Health / NHS"),
    ADULT_SOCIAL_CARE("adult-social-care", "Adult social care"),
    CHILDRENS_SOCIAL_CARE("childrens-social-care", "Children's social care"),
    EDUCATION("education", "Education"),
    HOUSING("housing", "Housing"),
    PROBATION("probation", "Probation"),
    VOLUNTARY_SECTOR("voluntary-sector", "Voluntary sector");

    private final String code;
    private final String displayName;

    StandardAgency(String code, String displayName) {
        this.code = code;
        this.displayName = displayName;
    }

    public String code() {
        return code;
    }

    public String displayName() {
        return displayName;
    }

    public static Optional<StandardAgency> byCode(String code) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
    }
}

package org.threshold.domain.pack;

import java.util.Arrays;
import java.util.Optional;

/** What an option amounts to: the threshold chart asks at which stage an agency would share. */
public enum OptionKind {
    SHARE("share"),
    WITHHOLD("withhold"),
    SEEK_ADVICE("seek-advice"),
    SEEK_CONSENT("seek-consent");

    private final String code;

    OptionKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<OptionKind> byCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}

package org.threshold.domain.pack;

import java.util.Arrays;
import java.util.Optional;

/**
 * The separate legal questions behind a decision to share. They are answered one by one, never
 * picked from one list: a lawful basis for the processing, a condition for special category
 * data, a justification under the duty of confidence, and the statutory power or duty that
 * permits the disclosure, if any (a gateway such as Crime and Disorder Act 1998 s115 is none of
 * the other three). {@link #SINGLE_LIST} is what a pack written before format version 2 becomes:
 * its one mixed list, read as it was written.
 */
public enum BasisLayerKind {
    ARTICLE_6("article-6", "Lawful basis (UK GDPR Article 6, or DPA 2018 Part 3 for law enforcement)", "Lawful basis"),
    SPECIAL_CATEGORY("special-category", "Special category condition (UK GDPR Article 9 with DPA 2018 Schedule 1, "
            + "or Schedule 8 for law enforcement)", "Special category condition"),
    CONFIDENTIALITY("confidentiality", "Duty of confidence: what justifies disclosure", "Confidence"),
    GATEWAY("gateway", "Statutory gateway: the power or duty to disclose, if any", "Gateway"),
    SINGLE_LIST("single-list", "On what basis (one list, as written before pack format version 2)", "Basis");

    private final String code;
    private final String label;
    private final String shortLabel;

    BasisLayerKind(String code, String label, String shortLabel) {
        this.code = code;
        this.label = label;
        this.shortLabel = shortLabel;
    }

    /** As written in a pack, e.g. {@code "article-6"}. */
    public String code() {
        return code;
    }

    /** The question as the room is asked it. */
    public String label() {
        return label;
    }

    /** A few words, for a table column or a line of a summary. */
    public String shortLabel() {
        return shortLabel;
    }

    public static Optional<BasisLayerKind> byCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}

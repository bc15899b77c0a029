package org.threshold.report;

/**
 * How much free text a session summary carries. A board reads the summary: per decision point
 * the counts, the chart and a few representative reasons, with every reason and note in an
 * appendix file beside it. The complete summary puts every word in one file, however long.
 */
public enum ReportDetail {
    SUMMARY,
    COMPLETE
}

package org.threshold.workshop.results;

/**
 * One agency's (or the combined small agencies') myth-or-fact answers across every statement,
 * before and after: knowledge measured, beside the confidence people rate for themselves.
 */
public record KnowledgeChange(String code, String label, boolean combined, MythRound before, MythRound after) {
    public Double change() {
        return before.share() == null || after.share() == null ? null : after.share() - before.share();
    }
}

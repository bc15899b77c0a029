package org.threshold.workshop.results;

import org.threshold.domain.pack.OptionKind;

/**
 * An option as a results column. {@code kind} is null for an answer whose option is no longer
 * in the session's content, which can only happen with a damaged snapshot: the answers are
 * still counted rather than silently dropped.
 */
public record OptionColumn(String id, String label, OptionKind kind) {
}

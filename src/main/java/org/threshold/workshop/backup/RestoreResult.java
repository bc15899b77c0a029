package org.threshold.workshop.backup;

import java.time.Instant;

/**
 * What a restore did, for the message after it.
 *
 * @param restored    when the backup now in use was taken
 * @param safetyCopy  when the backup of the state just replaced was taken
 */
public record RestoreResult(Instant restored, Instant safetyCopy) {
}

package org.threshold.workshop.phones;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The random token a phone holds in its cookie, and the pseudonym the store keeps instead of it:
 * a SHA-256 digest, so a copy of the database cannot be used to answer as someone else.
 */
public final class DeviceTokens {
    private static final int TOKEN_BYTES = 32;
    private static final int TOKEN_LENGTH = 43;

    private final SecureRandom random;

    public DeviceTokens(SecureRandom random) {
        this.random = random;
    }

    public String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Six digits, easy to type on a phone's number pad and to read off the projector. */
    public String newJoinCode() {
        return String.format("%06d", random.nextInt(1_000_000));
    }

    /** True for something shaped like a token this class made; anything else is treated as no token at all. */
    public static boolean isWellFormed(String token) {
        return token != null && token.length() == TOKEN_LENGTH
                && token.chars().allMatch(c -> Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_');
    }

    public static String deviceId(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Compares in time that does not depend on where the strings differ, so a code cannot be guessed by timing. */
    public static boolean sameCode(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }
}

package org.footcoach.store;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A PIN kept only as a salted PBKDF2 hash (HMAC-SHA256), never as itself: the clinician's PIN at home and the kiosk's
 * admin PIN. {@link #toText} and {@link #fromText} give the one line a settings file stores.
 *
 * @param iterations how many rounds; stored with the hash so a later default never locks out an older PIN
 */
public record PinHash(byte[] salt, int iterations, byte[] hash) {
    /** OWASP's figure for PBKDF2-HMAC-SHA256 (2023): slow to guess, a fraction of a second to check. */
    static final int ITERATIONS = 600_000;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final String PREFIX = "pbkdf2-sha256";

    public PinHash {
        salt = salt.clone();
        hash = hash.clone();
    }

    /** The hash of {@code pin} with a new random salt. */
    public static PinHash of(char[] pin, SecureRandom random) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return new PinHash(salt, ITERATIONS, derive(pin, salt, ITERATIONS));
    }

    /** Whether {@code pin} is the PIN this was made from; the comparison takes the same time whatever differs. */
    public boolean matches(char[] pin) {
        return MessageDigest.isEqual(hash, derive(pin, salt, iterations));
    }

    /** {@code pbkdf2-sha256$ITERATIONS$SALT$HASH}, salt and hash in Base64. */
    public String toText() {
        Base64.Encoder b64 = Base64.getEncoder();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /** @throws IllegalArgumentException naming what is wrong with {@code text} */
    public static PinHash fromText(String text) {
        String[] parts = text.split("\\$");
        if (parts.length != 4 || !parts[0].equals(PREFIX)) {
            throw new IllegalArgumentException(StoreText.get("pin.not-a-hash"));
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            if (iterations < 1) {
                throw new IllegalArgumentException(StoreText.get("pin.not-a-hash"));
            }
            Base64.Decoder b64 = Base64.getDecoder();
            return new PinHash(b64.decode(parts[2]), iterations, b64.decode(parts[3]));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(StoreText.get("pin.not-a-hash"), e);
        }
    }

    private static byte[] derive(char[] pin, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(pin, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            // Every Java 17 has PBKDF2WithHmacSHA256; without it no PIN could ever be checked.
            throw new IllegalStateException(e);
        } finally {
            spec.clearPassword();
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PinHash p && iterations == p.iterations
                && MessageDigest.isEqual(salt, p.salt) && MessageDigest.isEqual(hash, p.hash);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(hash);
    }

    @Override
    public String toString() {
        return toText();
    }
}

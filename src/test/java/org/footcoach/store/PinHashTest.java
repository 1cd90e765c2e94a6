package org.footcoach.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;

/** A PIN is kept only as a salted PBKDF2 hash, and checked against it. */
class PinHashTest {
    private final SecureRandom random = new SecureRandom();

    @Test
    void theRightPinMatchesAndAWrongOneDoesNot() {
        PinHash stored = PinHash.of("4711".toCharArray(), random);

        assertThat(stored.matches("4711".toCharArray())).isTrue();
        assertThat(stored.matches("4712".toCharArray())).isFalse();
        assertThat(stored.matches("".toCharArray())).isFalse();
    }

    @Test
    void theStoredTextHoldsNeitherThePinNorTheSameHashTwice() {
        PinHash first = PinHash.of("4711".toCharArray(), random);
        PinHash second = PinHash.of("4711".toCharArray(), random);

        assertThat(first.toText()).startsWith("pbkdf2-sha256$600000$").doesNotContain("4711");
        assertThat(first.toText()).as("salted").isNotEqualTo(second.toText());
        assertThat(first.iterations()).isGreaterThanOrEqualTo(600_000);
    }

    @Test
    void itReadsBackFromItsTextAndStillMatches() {
        PinHash stored = PinHash.of("2580".toCharArray(), random);

        PinHash read = PinHash.fromText(stored.toText());

        assertThat(read).isEqualTo(stored);
        assertThat(read.matches("2580".toCharArray())).isTrue();
    }

    @Test
    void aPinStoredWithAnotherRoundCountIsCheckedWithThatCount() throws Exception {
        byte[] salt = new byte[16];
        byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec("1234".toCharArray(), salt, 1000, 256)).getEncoded();
        String text = "pbkdf2-sha256$1000$" + Base64.getEncoder().encodeToString(salt) + "$"
                + Base64.getEncoder().encodeToString(hash);

        PinHash older = PinHash.fromText(text);

        assertThat(older.matches("1234".toCharArray())).isTrue();
        assertThat(older.matches("1235".toCharArray())).isFalse();
    }

    @Test
    void textThatIsNotAHashIsRefusedInWords() {
        assertThatThrownBy(() -> PinHash.fromText("4711")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the PIN is not stored in the form Foot Coach writes; set it again");
        assertThatThrownBy(() -> PinHash.fromText("pbkdf2-sha256$x$AA==$AA==")).hasMessageContaining("set it again");
    }
}

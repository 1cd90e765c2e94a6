package org.footcoach.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Problem messages name what was found in words a person reads, and enums as the file spells them. */
class JsonValueTextTest {
    @Test
    void eachKindOfValueIsNamedWithAShortFormOfIt() {
        assertThat(JsonValueText.describe(null)).isEqualTo("null");
        assertThat(JsonValueText.describe(JsonNull.INSTANCE)).isEqualTo("null");
        assertThat(JsonValueText.describe(new JsonObject())).isEqualTo("an object");
        assertThat(JsonValueText.describe(new JsonArray())).isEqualTo("a list");
        assertThat(JsonValueText.describe(new JsonPrimitive(true))).isEqualTo("true/false (true)");
        assertThat(JsonValueText.describe(new JsonPrimitive(new BigDecimal("2.50")))).isEqualTo("a number (2.50)");
        assertThat(JsonValueText.describe(new JsonPrimitive("ten"))).isEqualTo("text (\"ten\")");
    }

    @Test
    void aHugeExponentStaysShort() {
        assertThat(JsonValueText.shown(new BigDecimal("1E+999"))).isEqualTo("1E+999");
        assertThat(JsonValueText.shown(new BigDecimal("1E+3"))).isEqualTo("1000");
    }

    @Test
    void enumsAreSpelledAsInTheFile() {
        assertThat(JsonEnumName.of(Kind.TIMED)).isEqualTo("timed");
        assertThat(JsonEnumName.of(Position.STANDING)).isEqualTo("standing");
    }
}

package org.footcoach.content;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;

import java.math.BigDecimal;

import static org.footcoach.content.Problems.msg;

/** How a JSON value is shown in a problem message: what kind it is, and a short form of it. */
final class JsonValueText {
    private JsonValueText() {
    }

    static String describe(JsonElement e) {
        if (e == null || e.isJsonNull()) {
            return msg("got.null");
        }
        if (e.isJsonObject()) {
            return msg("got.object");
        }
        if (e.isJsonArray()) {
            return msg("got.list");
        }
        JsonPrimitive p = e.getAsJsonPrimitive();
        if (p.isBoolean()) {
            return msg("got.boolean", p.getAsString());
        }
        if (p.isNumber()) {
            return msg("got.number", shown(p.getAsBigDecimal()));
        }
        return msg("got.text", Problems.shorten(p.getAsString()));
    }

    /** A number as people write it; a huge exponent stays short (1E+999) rather than a thousand digits. */
    static String shown(BigDecimal number) {
        return Math.abs(number.scale()) > 20 ? number.toString() : number.toPlainString();
    }
}

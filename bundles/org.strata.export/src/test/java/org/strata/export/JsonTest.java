package org.strata.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.Test;

/** The hand-made JSON reads back, through Gson, as the values written: quotes, control characters, any script. */
class JsonTest {
    private static JsonObject roundTrip(Json j) {
        return JsonParser.parseString(new String(j.bytes(), 0, j.length(), StandardCharsets.UTF_8)).getAsJsonObject();
    }

    @Test
    void everyStringReadsBackAsWritten() {
        List<String> texts = List.of("plain", "", "a \"quoted\" word and a back\\slash", "line\nbreak\r\ttab \u0001\u001f",
                "Müller — 温度 — 😀 — \u2028 separator", "x".repeat(100_000));
        for (String t : texts) {
            Json j = new Json().open().field("t", t).field("n", 42L).field("f", 0.25f).field("z", 0f).field("one", 1f).field("nan", Float.NaN)
                    .strings("l", List.of(t, "b")).messages("user", t, "assistant", "ok").close();
            JsonObject o = roundTrip(j);
            assertEquals(t, o.get("t").getAsString());
            assertEquals(42, o.get("n").getAsLong());
            assertEquals(0.25, o.get("f").getAsDouble());
            assertEquals("0.0", o.get("z").toString());
            assertEquals("1.0", o.get("one").toString());
            assertEquals(true, o.get("nan").isJsonNull());
            assertEquals(t, o.getAsJsonArray("l").get(0).getAsString());
            assertEquals(t, o.getAsJsonArray("messages").get(0).getAsJsonObject().get("content").getAsString());
        }
        // a lone surrogate has no UTF-8 form: it is written as the JDK's encoder writes it
        assertEquals("a?b", roundTrip(new Json().open().field("t", "a\ud800b").close()).get("t").getAsString());
    }
}

package org.footcoach.listen.recognise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VoskJsonTest {

    @Test
    void readsWordsWithTimesAndConfidence() {
        String json = "{\n  \"result\" : [{\n      \"conf\" : 0.854149,\n      \"end\" : 0.810000,\n"
                + "      \"start\" : 0.300000,\n      \"word\" : \"go\"\n    }, {\"conf\" : 1.000000, \"end\" : 1.2,"
                + " \"start\" : 0.81, \"word\" : \"on\"}],\n  \"text\" : \"go on\"\n}";
        assertThat(VoskJson.words(json)).containsExactly(new RecognisedWord("go", 0.3, 0.81, 0.854149),
                new RecognisedWord("on", 0.81, 1.2, 1.0));
        assertThat(VoskJson.text(json)).isEqualTo("go on");
    }

    @Test
    void readsPartialsAndEmptyResults() {
        assertThat(VoskJson.partialWords("{\n  \"partial\" : \"next door\"\n}")).containsExactly("next", "door");
        assertThat(VoskJson.partialWords("{ \"partial\" : \"\" }")).isEmpty();
        assertThat(VoskJson.words("{ \"text\" : \"\" }")).isEmpty();
    }
}

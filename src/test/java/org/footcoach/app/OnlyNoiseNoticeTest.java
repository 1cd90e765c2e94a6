package org.footcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.footcoach.listen.VoiceMessages;
import org.footcoach.store.EventLog;
import org.junit.jupiter.api.Test;

/** A microphone that gives only loud noise is one line on screen and in the log, until it hears a room again. */
class OnlyNoiseNoticeTest {
    private final VoiceMessages messages = new VoiceMessages();
    private final List<String> logged = new ArrayList<>();
    private final List<String> shown = new ArrayList<>();

    @Test
    void onlyNoiseIsShownUntilTheMicrophoneHearsAgain() {
        VoiceNotice notice = new VoiceNotice(new EventLog() {
            @Override
            public void record(String type, Map<String, ?> fields) {
                logged.add(type);
            }

            @Override
            public void close() {
            }
        });
        notice.showOn(shown::add, shown::remove);
        notice.listeningTo("USB microphone");

        notice.status(messages.format("status.only-noise"));
        assertThat(shown).containsExactly("The microphone gives only loud noise. Is it faulty?");

        notice.status(messages.format("status.hears-again"));
        assertThat(shown).isEmpty();
        assertThat(logged).containsExactly("voice-only-noise", "voice-hears-again");
    }
}

package org.footcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.footcoach.store.EventLog;
import org.junit.jupiter.api.Test;

class AudioUnavailableNoticeTest {
    private final List<String> logged = new ArrayList<>();
    private final EventLog log = new EventLog() {
        @Override
        public void record(String type, Map<String, ?> fields) {
            logged.add(type + ": " + fields.get("reason"));
        }

        @Override
        public void close() {
        }
    };
    private final List<String> shown = new ArrayList<>();

    @Test
    void aScreenThatComesLaterStillShowsTheSentence() {
        AudioUnavailableNotice notice = new AudioUnavailableNotice(log);

        notice.audioUnavailable("No sound device found.");
        notice.showOn(shown::add, shown::remove);

        assertThat(shown).containsExactly("No sound device found.");
        assertThat(logged).containsExactly("audio-unavailable: No sound device found.");
    }

    @Test
    void aScreenThatIsThereFirstIsToldWhenSoundGoes() {
        AudioUnavailableNotice notice = new AudioUnavailableNotice(log);
        notice.showOn(shown::add, shown::remove);
        assertThat(shown).isEmpty();

        notice.audioUnavailable("The sound stopped working.");

        assertThat(shown).containsExactly("The sound stopped working.");
    }

    @Test
    void onlyTheFirstReportIsLoggedAndShown() {
        AudioUnavailableNotice notice = new AudioUnavailableNotice(log);
        notice.showOn(shown::add, shown::remove);

        notice.audioUnavailable("No sound device found.");
        notice.audioUnavailable("The sound stopped working.");

        assertThat(shown).containsExactly("No sound device found.");
        assertThat(logged).hasSize(1);
    }

    @Test
    void soundComingBackTakesTheSentenceOffAndALaterLossIsReportedAgain() {
        AudioUnavailableNotice notice = new AudioUnavailableNotice(log);
        notice.showOn(shown::add, shown::remove);
        notice.audioUnavailable("The sound stopped working.");

        notice.audioBack();

        assertThat(shown).isEmpty();
        assertThat(logged).containsExactly("audio-unavailable: The sound stopped working.", "audio-back: null");

        notice.audioUnavailable("The sound stopped working.");

        assertThat(shown).containsExactly("The sound stopped working.");
        assertThat(logged).hasSize(3);
    }

    @Test
    void soundBackWithoutALossIsNotLogged() {
        AudioUnavailableNotice notice = new AudioUnavailableNotice(log);
        notice.audioBack();
        assertThat(logged).isEmpty();
    }
}

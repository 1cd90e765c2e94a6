package org.footcoach.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import org.footcoach.listen.corpus.Recognition;
import org.footcoach.listen.recognise.VoiceModel;
import org.footcoach.session.Controls;
import org.footcoach.session.Preferences;
import org.footcoach.session.VirtualClock;
import org.footcoach.speech.AudioOutput;
import org.footcoach.speech.EarconSounds;
import org.footcoach.speech.FliteVoice;
import org.footcoach.speech.FreeTtsVoice;
import org.footcoach.speech.PhraseCache;
import org.footcoach.speech.RecordedClips;
import org.footcoach.speech.SilentAudioOutput;
import org.footcoach.speech.VoiceCatalog;
import org.footcoach.store.EventLog;
import org.footcoach.store.JsonLinesEventLog;
import org.footcoach.ui.FootCoachDark;
import org.footcoach.ui.FootCoachLight;
import org.footcoach.ui.Theme;
import org.footcoach.ui.ThemeSetup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A change saved in Settings takes effect in the running app: what it says, how, how loud, listening, the look. */
class PreferencesApplierTest {
    private static final String SENTENCE = "Point your toes toward the wall, then lift both heels.";

    @TempDir
    Path temp;

    private final VirtualClock clock = new VirtualClock();
    private final List<Theme> themes = new CopyOnWriteArrayList<>();

    @Test
    void aNewVoiceSaysTheNextPhrase() {
        VoiceCatalog voices = VoiceCatalog.detect();
        assumeTrue(voices.names().contains(FliteVoice.NAME), "flite is not installed");
        Preferences now = Preferences.defaults().withVoice(Optional.of(FreeTtsVoice.NAME));
        PhraseCache cache = new PhraseCache(voices.voice(FreeTtsVoice.NAME), RecordedClips.none(),
                EarconSounds.load());
        try (SessionWiring wiring = SessionWiring.start(cache, new SilentAudioOutput(), EventLog.discarding(),
                VoiceInput.off(EventLog.discarding(), clock))) {
            long before = cache.speech(null, SENTENCE).millis();

            new PreferencesApplier(now, wiring, themes::add).accept(now.withVoice(Optional.of(FliteVoice.NAME)));

            assertThat(cache.voice().name()).isEqualTo(FliteVoice.NAME);
            long after = cache.speech(null, SENTENCE).millis();
            assertThat(after).isEqualTo(voices.voice(FliteVoice.NAME).render(SENTENCE).millis()).isNotEqualTo(before);
            assertThat(themes).as("nothing else changed").isEmpty();
        }
    }

    @Test
    void aSlowerVoiceSpeedRendersTheNextPhraseLonger() {
        VoiceCatalog voices = VoiceCatalog.detect();
        Preferences now = Preferences.defaults().withVoice(Optional.of(FreeTtsVoice.NAME));
        PhraseCache cache = new PhraseCache(voices.voice(FreeTtsVoice.NAME), RecordedClips.none(),
                EarconSounds.load());
        try (SessionWiring wiring = SessionWiring.start(cache, new SilentAudioOutput(), EventLog.discarding(),
                VoiceInput.off(EventLog.discarding(), clock))) {
            long before = cache.speech(null, SENTENCE).millis();

            new PreferencesApplier(now, wiring, themes::add).accept(now.withVoiceSpeed(0.7));

            assertThat(cache.voice().speed()).isEqualTo(0.7);
            assertThat(cache.speech(null, SENTENCE).millis()).isGreaterThan(before * 12 / 10);
        }
    }

    @Test
    void theSavedVolumeIsWhereTheNextSessionStartsWhateverTheLastOneDid() {
        AudioOutput output = new SilentAudioOutput();
        Preferences now = Preferences.defaults();
        try (SessionWiring wiring = SessionWiring.start(new PhraseCache(new FreeTtsVoice(), RecordedClips.none(),
                EarconSounds.load()), output, EventLog.discarding(), VoiceInput.off(EventLog.discarding(), clock))) {
            new PreferencesApplier(now, wiring, themes::add).accept(now.withVolumeStep(OptionalInt.of(3)));
            assertThat(output.volumeStep()).isEqualTo(3);

            wiring.services().listeners().forSession(clock);
            output.louder(); // "louder" twice in that session
            output.louder();
            assertThat(output.volumeStep()).isEqualTo(5);

            wiring.services().listeners().forSession(clock);
            assertThat(output.volumeStep()).as("the next session").isEqualTo(3);
        }
    }

    @Test
    void voiceCommandsOffClosesTheMicrophoneAndPromptsAskForKeysAndTouch() throws Exception {
        PacedMicrophone microphone = new PacedMicrophone();
        Path events = temp.resolve("events.jsonl");
        Preferences now = Preferences.defaults();
        try (JsonLinesEventLog log = JsonLinesEventLog.open(events, clock)) {
            VoiceInput voice = VoiceInput.start(missing -> microphone, PreferencesApplierTest::testModel, log, clock);
            try (SessionWiring wiring = SessionWiring.start(new PhraseCache(new FreeTtsVoice(), RecordedClips.none(),
                    EarconSounds.load()), new SilentAudioOutput(), log, voice)) {
                voice.started().get(60, TimeUnit.SECONDS);
                assertThat(wiring.services().controls().get()).isEqualTo(Controls.VOICE_KEYS_TOUCH);

                new PreferencesApplier(now, wiring, themes::add).accept(now.withVoiceCommands(false));

                assertThat(voice.listening()).isFalse();
                assertThat(wiring.services().controls().get()).isEqualTo(Controls.KEYS_TOUCH);
                assertThat(microphone.closed.await(10, TimeUnit.SECONDS)).as("the microphone is closed").isTrue();
            }
        }
        assertThat(new EventLines(events).ofType("voice-off")).hasSize(1);
    }

    @Test
    void aThemeChangeInstallsItsLookAndFeelOnTheEventThread() throws Exception {
        SwingUtilities.invokeAndWait(() -> ThemeSetup.switchTo(Theme.LIGHT));
        Preferences now = Preferences.defaults().withTheme(Optional.of("light"));
        PreferencesApplier applier = new PreferencesApplier(now, PreferencesApplier.Speech.NONE, new ThemeChange());

        applier.accept(now.withTheme(Optional.of("dark")));
        SwingUtilities.invokeAndWait(() -> { }); // the switch was queued before this

        assertThat(UIManager.getLookAndFeel()).isInstanceOf(FootCoachDark.class);
        applier.accept(now.withTheme(Optional.empty()));
        SwingUtilities.invokeAndWait(() -> { });
        assertThat(UIManager.getLookAndFeel()).as("no theme saved: light").isInstanceOf(FootCoachLight.class);
    }

    @Test
    void theCommandLineWinsOverSettingsAtStartAndAChangeInSettingsWinsAfter() {
        Preferences saved = Preferences.defaults().withTheme(Optional.of("dark")).withVoice(Optional.of("flite"))
                .withVoiceCommands(false).withMicrophone(Optional.of("USB"));
        LaunchOptions none = new LaunchOptions(null, null, null, null, null, AudioOutMode.DEFAULT, null, null, null);
        LaunchOptions given = new LaunchOptions(null, null, null, null, null, AudioOutMode.DEFAULT, "freetts",
                Theme.LIGHT, new VoiceInputChoice(true, null, "Headset"));

        LaunchOptions fromSettings = none.over(saved);
        assertThat(fromSettings.theme()).isEqualTo(Theme.DARK);
        assertThat(fromSettings.voice()).isEqualTo("flite");
        assertThat(fromSettings.voiceInput()).isEqualTo(VoiceInputChoice.fromSettings(false, Optional.of("USB")));
        LaunchOptions fromCommandLine = given.over(saved);
        assertThat(fromCommandLine).isEqualTo(given);

        Preferences running = PreferencesApplier.runningWith(saved, fromCommandLine);
        new PreferencesApplier(running, PreferencesApplier.Speech.NONE, themes::add).accept(saved);
        assertThat(themes).containsExactly(Theme.DARK);
    }

    @Test
    void aKioskRestoredForTheNextVisitorSetsTheVolumeAgainAndKeepsTheCommandLinesChoices() {
        List<String> done = new CopyOnWriteArrayList<>();
        PreferencesApplier.Speech speech = new PreferencesApplier.Speech() {
            @Override
            public void speakWith(Optional<String> voice, double speed) {
                done.add("voice " + voice.orElse("clearest") + " " + speed);
            }

            @Override
            public void startAtVolume(OptionalInt step) {
                done.add("volume " + step.orElse(-1));
            }

            @Override
            public void listen(boolean on, Optional<String> microphone) {
                done.add("listen " + on);
            }
        };
        Preferences saved = Preferences.defaults().withVolumeStep(OptionalInt.of(6));
        LaunchOptions quiet = new LaunchOptions(null, null, null, null, null, AudioOutMode.DEFAULT, null, Theme.LIGHT,
                VoiceInputChoice.off(), new KioskOptions(true, OptionalInt.empty()));
        Preferences running = PreferencesApplier.runningWith(saved, quiet.over(saved));
        PreferencesApplier applier = new PreferencesApplier(running, speech, themes::add);

        applier.restore(PreferencesApplier.runningWith(saved, quiet.over(saved)));

        assertThat(done).as("the volume a visitor changed in a session set again; voice commands stay off")
                .containsExactly("volume 6");
        assertThat(themes).isEmpty();
    }

    @Test
    void aMicrophoneChosenInSettingsThatIsNotThereGivesTheFirstThatOpensWithOneLine() {
        List<String> lines = new CopyOnWriteArrayList<>();
        VoiceInputChoice chosen = VoiceInputChoice.fromSettings(true, Optional.of("Blue Yeti"));

        assertThat(chosen.wanted(List.of("USB Audio", "Headset"), lines::add)).isEmpty();
        assertThat(lines).singleElement().asString().contains("Blue Yeti");
        assertThat(chosen.wanted(List.of("USB Audio", "Blue Yeti X"), lines::add)).contains("Blue Yeti");
        assertThat(new VoiceInputChoice(true, null, "Blue Yeti").wanted(List.of("Headset"), lines::add))
                .as("--mic waits for its microphone").contains("Blue Yeti");
        assertThat(lines).hasSize(1);
    }

    private static VoiceModel testModel() {
        try {
            return VoiceModel.loadNow(Recognition.testModelDir());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

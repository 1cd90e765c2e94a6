package org.footcoach.listen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sound.sampled.TargetDataLine;
import org.footcoach.content.ContentLoader;
import org.footcoach.content.Routine;
import org.footcoach.listen.corpus.Recognition;
import org.footcoach.listen.echo.EchoGuard;
import org.footcoach.listen.recognise.HeardCommand;
import org.footcoach.listen.recognise.RefusedCommand;
import org.footcoach.listen.recognise.VoiceModel;
import org.footcoach.session.CommandSource;
import org.footcoach.session.Cue;
import org.footcoach.session.CueTimeline;
import org.footcoach.session.DoseChoice;
import org.footcoach.session.DoseChoices;
import org.footcoach.session.Phrases;
import org.footcoach.session.Plan;
import org.footcoach.session.PlanBuilder;
import org.footcoach.session.SessionEngine;
import org.footcoach.session.SessionListener;
import org.footcoach.session.SessionSettings;
import org.footcoach.session.SessionSummary;
import org.footcoach.session.VirtualClock;
import org.footcoach.session.WordRateLength;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A short routine with voice commands listening to a microphone line that gives garbage: random bytes, a value stuck
 * at full scale, or a line that throws part way through a read. The real recogniser hears it all on the session's
 * virtual clock, which moves with the audio as it would with a live microphone, only faster: the routine runs to its
 * end with every caption, no garbage is taken for a command, and the person is told in one clear line. The session's
 * clock runs four times as fast as the audio, so garbage fills the whole routine for a quarter of the recogniser's
 * work.
 */
class GarbageMicrophoneInASessionTest {
    private static final String NAME = "USB microphone";
    /** A hang guard, not a timing assertion: a routine that never ends would never return at all. */
    private static final Duration HANG_GUARD = Duration.ofMinutes(3);
    /** Session time for each millisecond of audio. */
    private static final long SPEED_UP = 4;
    /** Audio read before the line throws. */
    private static final long THROWS_AFTER_MILLIS = 3_000;

    private static VoiceModel model;

    private final VoiceMessages messages = new VoiceMessages();
    private final VirtualClock clock = new VirtualClock();
    /** Marching three times: the shortest routine there is, still long enough for every line to come. */
    private final Plan plan = new PlanBuilder(new Phrases(), new DoseChoices(Map.of("marching",
            new DoseChoice(OptionalInt.of(1), OptionalInt.of(3), OptionalInt.empty(), OptionalInt.empty()))))
            .build(ContentLoader.loadBundled().content(), new Routine("marching", "Marching", List.of("marching")));
    private final WordRateLength lengths = WordRateLength.typical();
    private final List<String> captions = new ArrayList<>();
    private final List<SessionSummary> ended = new ArrayList<>();
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final List<String> heard = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void loadModel() throws IOException {
        model = VoiceModel.loadNow(Recognition.testModelDir());
    }

    @AfterAll
    static void releaseModel() {
        model.close();
    }

    @Test
    void randomBytesAreOnlyLoudNoise() throws Exception {
        Random random = new Random(26);
        run(line((buffer, length) -> {
            random.nextBytes(buffer);
            return length;
        }));
        assertOneLine("status.only-noise");
        assertRoutineEndedWithEveryCaption();
    }

    @Test
    void aValueStuckAtFullScaleHearsNothing() throws Exception {
        run(line((buffer, length) -> {
            for (int i = 0; i < length; i += 2) {
                buffer[i] = (byte) 0xff;
                buffer[i + 1] = 0x7f;
            }
            return length;
        }));
        assertOneLine("status.hears-nothing");
        assertRoutineEndedWithEveryCaption();
    }

    @Test
    void aLineThatThrowsPartWayIsLostLikeAnUnpluggedOneAndHearsNothing() throws Exception {
        long[] bytes = {0};
        Random random = new Random(26);
        run(line((buffer, length) -> {
            bytes[0] += length;
            if (bytes[0] > THROWS_AFTER_MILLIS * 32) {
                throw new IllegalStateException("Line not open");
            }
            for (int i = 0; i < length; i += 2) {
                buffer[i] = (byte) (random.nextInt(60) - 30);
                buffer[i + 1] = (byte) (buffer[i] < 0 ? -1 : 0);
            }
            return length;
        }));
        assertOneLine("status.hears-nothing");
        assertRoutineEndedWithEveryCaption();
    }

    /** What a line's read gives: fills {@code length} bytes of {@code buffer} from the start, or throws. */
    @FunctionalInterface
    private interface Reading {
        int read(byte[] buffer, int length);
    }

    /** An open, running 16 kHz mono microphone line whose reads are {@code reading}. */
    private static TargetDataLine line(Reading reading) {
        return (TargetDataLine) Proxy.newProxyInstance(GarbageMicrophoneInASessionTest.class.getClassLoader(),
                new Class<?>[] {TargetDataLine.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "read" -> {
                        byte[] into = new byte[(int) args[2]];
                        int n = reading.read(into, into.length);
                        System.arraycopy(into, 0, (byte[]) args[0], (int) args[1], n);
                        yield n;
                    }
                    case "isOpen", "isActive", "isRunning" -> true;
                    case "getFormat" -> AudioSource.FORMAT;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "garbage line";
                    default -> method.getReturnType() == boolean.class ? Boolean.FALSE
                            : method.getReturnType() == int.class ? 0
                            : method.getReturnType() == long.class ? 0L
                            : method.getReturnType() == float.class ? 0f : null;
                });
    }

    /**
     * Leads the routine with voice commands on {@code line}, through the app's microphone reading (opened again
     * when it fails; it stays unplugged), until the routine ends.
     */
    private void run(TargetDataLine line) throws Exception {
        SessionEngine engine = new SessionEngine(plan, clock, clock, lengths, SessionSettings.headless());
        VoiceCommands[] commands = new VoiceCommands[1];
        engine.addListener(new SessionListener() {
            @Override
            public void cue(Cue cue) {
                if (cue instanceof Cue.Speech speech) {
                    captions.add(speech.text());
                }
            }

            @Override
            public void sessionEnded(SessionSummary summary) {
                ended.add(summary);
                commands[0].stop();
            }
        });
        ReopeningMicrophone microphone = new ReopeningMicrophone(() -> {
            throw new AudioUnavailableException(messages.format("status.no-microphone"), null);
        }, MicrophoneSource.reading(line, NAME), new VirtualTime());
        engine.start();
        ClockedSource source = new ClockedSource(microphone, millis -> clock.advanceBy(millis * SPEED_UP));
        commands[0] = VoiceCommands.start(source, EchoGuard.standard(),
                command -> engine.command(command, CommandSource.VOICE), new VoiceCommands.Listener() {
                    @Override
                    public void heard(HeardCommand command, String caption) {
                        heard.add(command.command().logName());
                    }

                    @Override
                    public void ignored(RefusedCommand refused) {
                    }

                    @Override
                    public void status(String line) {
                        lines.add(line);
                    }
                }, model, clock);
        assertTimeoutPreemptively(HANG_GUARD, commands[0]::awaitEnd, "the routine never ended");
    }

    /** Listening, then the one line that says what is wrong; nothing taken for a command. */
    private void assertOneLine(String key) {
        assertThat(lines).containsExactly(messages.format("status.listening", NAME), messages.format(key));
        assertThat(heard).isEmpty();
    }

    private void assertRoutineEndedWithEveryCaption() {
        assertThat(ended).singleElement().satisfies(s -> assertThat(s.stoppedEarly()).isFalse());
        assertThat(captions).containsExactlyElementsOf(CueTimeline.render(plan, lengths, SessionSettings.headless())
                .stream().filter(Cue.Speech.class::isInstance).map(c -> ((Cue.Speech) c).text()).toList());
    }
}

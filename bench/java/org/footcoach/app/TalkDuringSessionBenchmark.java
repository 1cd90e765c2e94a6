package org.footcoach.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.footcoach.listen.cancel.EchoCancellingSource;
import org.footcoach.listen.cancel.SimulatedRoom;
import org.footcoach.listen.corpus.Conversation;
import org.footcoach.listen.corpus.EspeakSpeaker;
import org.footcoach.speech.WavReader;

/**
 * People talking near the microphone during a session ({@code bench/voice/run-talk-during-session.sh}): a routine is
 * exported in one voice and played into a room with three wall echoes; two people chat nearby (the first two voice
 * pairs of {@link Conversation}) at each level against the app's echo at the microphone. The app's voice input, with
 * its echo guard, hears the microphone through the echo canceller. Prints the commands taken from their talk (every
 * one is a false one) and how much of the time the canceller's output was used. Arguments: a routine id (default
 * {@code quick}), a voice (default {@code flite}), then levels in dB (default -10 and 0).
 */
public final class TalkDuringSessionBenchmark {
    private static final double ROOM_NOISE = 30;
    private static final int BLOCK_MILLIS = 20;

    public static void main(String[] args) throws Exception {
        String routine = args.length > 0 ? args[0] : "quick";
        String voice = args.length > 1 ? args[1] : "flite";
        List<Double> levels = args.length > 2
                ? List.of(args).subList(2, args.length).stream().map(Double::parseDouble).toList() : List.of(-10.0, 0.0);
        Path dir = Files.createDirectories(Path.of("target", "talk-during-session", voice));
        OwnVoiceHearing.Rendered rendered = OwnVoiceHearing.render(voice, routine, dir);
        short[] played = WavReader.read(rendered.wav()).samples();
        short[] echo = SimulatedRoom.withVoice(SimulatedRoom.Room.THREE_WALL_ECHOES.hear(played),
                SimulatedRoom.echo(new short[played.length], 0.5f, ROOM_NOISE, 7), 0, 1);
        Conversation talk = Conversation.between(List.of(
                List.of(new EspeakSpeaker("en-us", 160, 50), new EspeakSpeaker("en-gb", 150, 40)),
                List.of(new EspeakSpeaker("en-gb-x-rp", 170, 60), new EspeakSpeaker("en-us", 130, 35))));
        System.out.printf(Locale.ROOT, "Routine \"%s\" in %s (%.1f min), %s, room noise RMS %.0f; %.1f min of two "
                        + "people talking from the start.%n%n", routine, voice, played.length / 960_000.0,
                SimulatedRoom.Room.THREE_WALL_ECHOES.label(), ROOM_NOISE, talk.samples().length / 960_000.0);
        System.out.println("| people talking, against the app's echo | commands from their talk | cancelled sound used |");
        System.out.println("|---|---|---|");
        StringBuilder details = new StringBuilder();
        for (double level : levels) {
            double gain = Math.pow(10, level / 20) * speechRms(echo) / speechRms(talk.samples());
            short[] mic = SimulatedRoom.withVoice(echo, talk.samples(), 0, gain);
            Path events = dir.resolve(String.format(Locale.ROOT, "talk%+.0fdB.events.jsonl", level));
            Files.deleteIfExists(events);
            OwnVoiceHearing.Heard heard = OwnVoiceHearing.hear(rendered,
                    missing -> SimulatedRoom.cancelling(played, mic), events);
            System.out.printf(Locale.ROOT, "| %+.0f dB | %d %s | %.0f %% of the time |%n", level,
                    heard.obeyed().size(), heard.obeyed(), 100 * cancellingShare(played, mic));
            details.append(String.format(Locale.ROOT, "%nAt %+.0f dB:%n", level));
            heard.where().forEach(line -> details.append("  ").append(line).append('\n'));
        }
        System.out.print(details);
    }

    /** The share of 20 ms blocks in which the echo canceller's output went on, not the microphone as it is. */
    private static double cancellingShare(short[] played, short[] mic) throws Exception {
        try (EchoCancellingSource source = SimulatedRoom.cancelling(played, mic)) {
            byte[] block = new byte[BLOCK_MILLIS * 32];
            long at = 0;
            long on = 0;
            long blocks = 0;
            while (source.read(block) > 0) {
                at += BLOCK_MILLIS;
                blocks++;
                on += source.wasCancelling(at - BLOCK_MILLIS, at) ? 1 : 0;
            }
            return (double) on / Math.max(1, blocks);
        }
    }

    /** RMS over the 20 ms blocks within 30 dB of the loudest: the level of the speech, not of its pauses. */
    private static double speechRms(short[] s) {
        int n = s.length / 320;
        double[] block = new double[n];
        double loudest = 0;
        for (int b = 0; b < n; b++) {
            double e = 0;
            for (int i = 0; i < 320; i++) {
                e += (double) s[b * 320 + i] * s[b * 320 + i];
            }
            block[b] = Math.sqrt(e / 320);
            loudest = Math.max(loudest, block[b]);
        }
        double e = 0;
        int k = 0;
        for (double rms : block) {
            if (rms > loudest / 31.6) {
                e += rms * rms;
                k++;
            }
        }
        return Math.sqrt(e / Math.max(1, k));
    }
}

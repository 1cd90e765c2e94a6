package org.footcoach.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.footcoach.listen.WavFileSource;
import org.footcoach.listen.cancel.SimulatedRoom;
import org.footcoach.listen.corpus.Noise;
import org.footcoach.speech.Pcm;
import org.footcoach.speech.VoiceCatalog;
import org.footcoach.speech.WavReader;
import org.footcoach.speech.WavWriter;

/**
 * The app's own voice in simulated rooms ({@code bench/voice/run-own-voice-rooms.sh}): a routine is exported in each
 * voice, played into each {@link SimulatedRoom.Room} with a little room noise, and the microphone's sound is heard by
 * the app's voice input with the echo guard fed the routine's cues, once as the microphone gives it and once through
 * the echo canceller. Prints how many commands the app took from its own voice in each case (the goal is none) and
 * what each was heard after. Arguments: a routine id (default {@code quick}), then voices (default: all installed).
 * {@code -Drooms=RINGING,...} hears only those rooms; {@code -Dbabble=4} adds the corpus's four people talking at
 * once, that many dB under the app's speech as the room brings it to the microphone (the live benchmark's "babble"
 * has them 4 dB under). The recordings stay in {@code target/own-voice-rooms/} to be listened to.
 */
public final class OwnVoiceInRoomBenchmark {
    /** Room noise as RMS of 16-bit samples: a quiet room, 30 dB or so under speech. */
    private static final double ROOM_NOISE = 30;
    private static final Path OUT = Path.of("target", "own-voice-rooms");

    private final List<String> details = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        String routine = args.length > 0 ? args[0] : "quick";
        List<String> voices = args.length > 1 ? List.of(args).subList(1, args.length) : VoiceCatalog.detect().names();
        new OwnVoiceInRoomBenchmark().run(routine, voices);
    }

    private void run(String routine, List<String> voices) throws Exception {
        System.out.printf(Locale.ROOT, "Routine \"%s\"; room noise RMS %.0f%s.%n%n", routine, ROOM_NOISE,
                System.getProperty("babble", "").isBlank() ? ""
                        : "; four people talking at once, " + System.getProperty("babble") + " dB under the app");
        System.out.println("| room | voice | commands from its own voice: microphone as it is | through the echo "
                + "canceller | echo taken out |");
        System.out.println("|---|---|---|---|---|");
        for (String voice : voices) {
            Path dir = Files.createDirectories(OUT.resolve(voice));
            OwnVoiceHearing.Rendered rendered = OwnVoiceHearing.render(voice, routine, dir);
            short[] played = WavReader.read(rendered.wav()).samples();
            OwnVoiceHearing.Heard asExported = hear(rendered, missing -> WavFileSource.fast(rendered.wav()),
                    rendered.wav(), voice + ", no room");
            System.out.printf("| none: the exported track as the microphone | %s | %s | | |%n", voice,
                    count(asExported));
            short[] noise = SimulatedRoom.echo(new short[played.length], 0.5f, ROOM_NOISE, 7);
            for (SimulatedRoom.Room room : rooms()) {
                short[] heard = room.hear(played);
                short[] mic = withBabble(SimulatedRoom.withVoice(heard, noise, 0, 1), heard);
                short[] cancelled = SimulatedRoom.listen(played, mic);
                String name = room.name().toLowerCase(Locale.ROOT);
                Path micWav = dir.resolve(name + "-microphone.wav");
                Path cancelledWav = dir.resolve(name + "-cancelled.wav");
                WavWriter.write(Pcm.of(mic), micWav);
                WavWriter.write(Pcm.of(cancelled), cancelledWav);
                OwnVoiceHearing.Heard raw = hear(rendered, missing -> WavFileSource.fast(micWav), micWav,
                        voice + ", " + room.label() + ", microphone");
                OwnVoiceHearing.Heard through = hear(rendered, missing -> SimulatedRoom.cancelling(played, mic),
                        cancelledWav, voice + ", " + room.label() + ", through the canceller");
                System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %.1f dB |%n", room.label(), voice, count(raw),
                        count(through), SimulatedRoom.decibelsOver(mic, cancelled, 0, mic.length));
            }
        }
        System.out.println();
        details.forEach(System.out::println);
    }

    /** {@code mic} with the babble looped under it, as {@code -Dbabble} asks, under the speech in {@code heard}. */
    private static short[] withBabble(short[] mic, short[] heard) {
        String under = System.getProperty("babble", "");
        if (under.isBlank()) {
            return mic;
        }
        short[] babble = Noise.babble(120);
        double gain = Loudness.speechRms(List.of(heard))
                / (Loudness.rms(babble, 0, babble.length) * Math.pow(10, Double.parseDouble(under) / 20));
        short[] out = mic.clone();
        for (int at = 0; at < out.length; at += babble.length) {
            out = SimulatedRoom.withVoice(out, babble, at, gain);
        }
        return out;
    }

    private static List<SimulatedRoom.Room> rooms() {
        String names = System.getProperty("rooms", "");
        return names.isBlank() ? List.of(SimulatedRoom.Room.values())
                : Arrays.stream(names.split(",")).map(name -> SimulatedRoom.Room.valueOf(name.trim())).toList();
    }

    /** {@code recording}: the sound heard, kept to be listened to; its events go beside it. */
    private OwnVoiceHearing.Heard hear(OwnVoiceHearing.Rendered rendered, VoiceInput.Opener microphone,
            Path recording, String what) throws Exception {
        Path events = recording.resolveSibling(recording.getFileName() + ".events.jsonl");
        Files.deleteIfExists(events);
        OwnVoiceHearing.Heard heard = OwnVoiceHearing.hear(rendered, microphone, events);
        if (!heard.where().isEmpty()) {
            details.add(what + ":");
            heard.where().forEach(line -> details.add("  " + line));
        }
        return heard;
    }

    private static String count(OwnVoiceHearing.Heard heard) {
        return heard.obeyed().isEmpty() ? "0" : heard.obeyed().size() + " " + heard.obeyed();
    }
}

package org.footcoach.listen.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Two people chatting near the microphone, not to the app: the lines of {@code conversation.txt} said in turn by a
 * pair of voices, 0.3 to 1.2 s apart. Their everyday sentences hold command words ("barking again", "can wait for
 * the weekend"). Each line's place is kept, to tell which sentence a command came from.
 */
public final class Conversation {

    /** One line of the conversation and where it lies in the audio, in samples. */
    public record Line(String speaker, String text, int fromSample, int toSample) {
    }

    private final List<Line> lines;
    private final short[] samples;

    private Conversation(List<Line> lines, short[] samples) {
        this.lines = List.copyOf(lines);
        this.samples = samples;
    }

    /** Every line, by each pair of voices in turn, one pair after the other. */
    public static Conversation between(List<List<Speaker>> pairs) {
        List<String> text = text();
        Random random = new Random(5);
        List<Line> lines = new ArrayList<>();
        List<short[]> parts = new ArrayList<>();
        int at = 0;
        for (List<Speaker> pair : pairs) {
            for (int i = 0; i < text.size(); i++) {
                Speaker speaker = pair.get(i % 2);
                short[] said = speaker.say(text.get(i));
                lines.add(new Line(speaker.name(), text.get(i), at, at + said.length));
                parts.add(said);
                at += said.length;
                int gap = 16 * (300 + random.nextInt(900));
                parts.add(new short[gap]);
                at += gap;
            }
        }
        short[] samples = new short[at];
        int to = 0;
        for (short[] part : parts) {
            System.arraycopy(part, 0, samples, to, part.length);
            to += part.length;
        }
        return new Conversation(lines, samples);
    }

    public short[] samples() {
        return samples;
    }

    /** The line being said at {@code millis} into the audio, or the one that ended last before it. */
    public Line lineAt(long millis) {
        Line found = lines.get(0);
        for (Line line : lines) {
            if (line.fromSample() / 16 <= millis) {
                found = line;
            }
        }
        return found;
    }

    private static List<String> text() {
        try (InputStream in = Conversation.class.getResourceAsStream("conversation.txt")) {
            if (in == null) {
                throw new IllegalStateException("conversation.txt is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

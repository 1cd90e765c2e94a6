package org.footcoach.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;
import org.footcoach.content.Content;
import org.footcoach.content.LoadResult;
import org.footcoach.content.Routine;
import org.footcoach.session.Controls;
import org.footcoach.session.Phrases;
import org.footcoach.session.Plan;
import org.footcoach.session.PlanBuilder;
import org.footcoach.session.SessionSettings;
import org.footcoach.speech.CueMixdown;
import org.footcoach.speech.EarconSounds;
import org.footcoach.speech.FreeTtsVoice;
import org.footcoach.speech.OfflineRender;
import org.footcoach.speech.Pcm;
import org.footcoach.speech.PhraseCache;
import org.footcoach.speech.RecordedClips;
import org.footcoach.speech.SpeechException;
import org.footcoach.speech.VoiceCatalog;
import org.footcoach.speech.VttWriter;
import org.footcoach.speech.WavWriter;

/**
 * {@code --routine ID --export-audio FILE.wav --export-captions FILE.vtt}: the whole routine as a follow-along track
 * (16 kHz mono WAV) and its captions (WebVTT), on the same timeline as a live session that never waits for "ready".
 * Needs no screen and no sound device. Prints one line of what was written.
 */
final class TrackExport {
    private final PrintWriter out;
    private final PrintWriter err;

    TrackExport(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    /** Either file may be null, not both. */
    int export(LoadResult content, String routineId, VoiceCatalog voices, String voiceName, Path recordings,
               Path wav, Path vtt) {
        if (routineId == null) {
            err.println(CliText.get("error.exportNeedsRoutine"));
            return ExitCode.BAD_ARGUMENTS;
        }
        if (!content.ok()) {
            err.println(CliText.get("error.exportContent", content.errors().get(0).line(),
                    content.errors().size() - 1));
            return ExitCode.PROBLEM;
        }
        Content exercises = content.content();
        if (exercises.routines().stream().noneMatch(routine -> routine.id().equals(routineId))) {
            err.println(CliText.get("error.unknownRoutine", routineId,
                    exercises.routines().stream().map(Routine::id).collect(Collectors.joining(", "))));
            return ExitCode.BAD_ARGUMENTS;
        }
        for (Path file : new Path[] {wav, vtt}) {
            Optional<String> problem = file == null ? Optional.empty() : ExportFile.problem(file);
            if (problem.isPresent()) {
                err.println(problem.get());
                return ExitCode.PROBLEM;
            }
        }
        Plan plan = new PlanBuilder(new Phrases().withControls(() -> Controls.TRACK)).build(exercises, routineId);
        try (PhraseCache cache = new PhraseCache(voices.voice(voiceName), () -> voices.voice(FreeTtsVoice.NAME),
                new RecordedClips(recordings), EarconSounds.load())) {
            CueMixdown track = new OfflineRender(cache, SessionSettings.headless()).render(plan);
            write(track, wav, vtt);
            out.println(CliText.get(wav != null ? (vtt != null ? "export.both" : "export.audio") : "export.captions",
                    plan.routine().name(), wav, vtt, length(track.track()), track.captions().size(), voiceName));
            return ExitCode.OK;
        } catch (SpeechException e) {
            err.println(e.getMessage());
            return ExitCode.PROBLEM;
        }
    }

    private static void write(CueMixdown track, Path wav, Path vtt) {
        if (wav != null && vtt != null) {
            track.write(wav, vtt);
        } else if (wav != null) {
            WavWriter.write(track.track(), wav);
        } else {
            VttWriter.write(track.captions(), vtt);
        }
    }

    private static String length(Pcm track) {
        long seconds = track.millis() / 1000;
        return String.format("%d:%02d", seconds / 60, seconds % 60);
    }
}

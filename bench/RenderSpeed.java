import java.nio.file.Files;
import java.nio.file.Path;
import org.footcoach.content.Content;
import org.footcoach.content.ContentLoader;
import org.footcoach.content.LoadResult;
import org.footcoach.session.Plan;
import org.footcoach.session.PlanBuilder;
import org.footcoach.session.SessionSettings;
import org.footcoach.speech.CueMixdown;
import org.footcoach.speech.EarconSounds;
import org.footcoach.speech.OfflineRender;
import org.footcoach.speech.PhraseCache;
import org.footcoach.speech.RecordedClips;
import org.footcoach.speech.Voice;
import org.footcoach.speech.VoiceCatalog;

/**
 * Offline render speed: renders a routine to WAV + VTT and prints the track length, the wall time, and their ratio
 * (the issue asks for at least 20x real time). Run with bench/render-speed.sh; not a test.
 * Usage: RenderSpeed CONTENT.json ROUTINE_ID VOICE OUT_DIR
 */
public class RenderSpeed {
    public static void main(String[] args) throws Exception {
        LoadResult loaded = ContentLoader.load(Path.of(args[0]));
        if (!loaded.ok()) {
            loaded.errors().forEach(System.err::println);
            System.exit(1);
        }
        Content content = loaded.content();
        Plan plan = new PlanBuilder().build(content, args[1]);
        Voice voice = VoiceCatalog.detect().voice(args[2]);
        Path out = Path.of(args[3]);
        Files.createDirectories(out);
        try (PhraseCache cache = new PhraseCache(voice, RecordedClips.none(), EarconSounds.load())) {
            OfflineRender render = new OfflineRender(cache, SessionSettings.headless());
            long cold = System.nanoTime();
            CueMixdown mixdown = render.export(plan, out.resolve(args[1] + "-" + args[2] + ".wav"),
                    out.resolve(args[1] + "-" + args[2] + ".vtt"));
            double coldSeconds = (System.nanoTime() - cold) / 1e9;
            long warm = System.nanoTime();
            render.render(plan);
            double warmSeconds = (System.nanoTime() - warm) / 1e9;
            double trackSeconds = mixdown.track().millis() / 1000.0;
            System.out.printf("routine %s, voice %s: track %.1f s (%d cues, %d captions, %d clipped samples)%n",
                    args[1], voice.name(), trackSeconds, mixdown.cues().size(), mixdown.captions().size(),
                    mixdown.clippedSamples());
            System.out.printf("cold render (voice renders every phrase) %.2f s = %.0fx real time%n", coldSeconds,
                    trackSeconds / coldSeconds);
            System.out.printf("warm render (phrases cached)            %.2f s = %.0fx real time%n", warmSeconds,
                    trackSeconds / warmSeconds);
        }
    }
}

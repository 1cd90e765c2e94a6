package org.footcoach.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.footcoach.session.DoseChoices;
import org.footcoach.speech.VoiceCatalog;
import org.footcoach.store.DataDirectory;
import org.footcoach.store.SettingsStore;
import org.footcoach.ui.Theme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The command line, as README.md's "Command line" lists it. Descriptions are in cli.properties. */
@Command(name = "foot-coach", resourceBundle = CliText.BUNDLE_NAME, sortOptions = false,
        usageHelpAutoWidth = true)
final class FootCoachCommand implements Callable<Integer> {
    private final PrintWriter out;
    private final PrintWriter err;
    private final PinPrompt pins;

    @Option(names = "--content", paramLabel = "FILE")
    Path content;

    @Option(names = "--data-dir", paramLabel = "DIR")
    Path dataDir;

    @Option(names = "--windowed", paramLabel = "WIDTHxHEIGHT", converter = WindowSize.Converter.class)
    WindowSize windowed;

    @Option(names = "--event-log", paramLabel = "FILE")
    Path eventLog;

    @Option(names = "--routine", paramLabel = "ID")
    String routine;

    @Option(names = "--audio-out", paramLabel = "default|none", converter = AudioOutMode.Converter.class,
            defaultValue = "default")
    AudioOutMode audioOut;

    /** Null when not given: Settings, else light. */
    @Option(names = "--theme", paramLabel = "light|dark", converter = ThemeArgument.class)
    Theme theme;

    @Option(names = "--voice", paramLabel = "NAME")
    String voice;

    @Option(names = "--no-voice-commands", negatable = false)
    boolean noVoiceCommands;

    @Option(names = "--mic", paramLabel = "NAME")
    String mic;

    @Option(names = "--mic-file", paramLabel = "FILE.wav")
    Path micFile;

    @Option(names = "--export-audio", paramLabel = "FILE.wav")
    Path exportAudio;

    @Option(names = "--export-captions", paramLabel = "FILE.vtt")
    Path exportCaptions;

    @Option(names = "--print-routine", arity = "2", paramLabel = "ID FILE.html", hideParamSyntax = true)
    List<String> printRoutine;

    @Option(names = "--export-history", paramLabel = "FILE.csv")
    Path exportHistory;

    @Option(names = "--validate", paramLabel = "FILE")
    Path validate;

    @Option(names = "--set-clinician-pin", negatable = false)
    boolean setClinicianPin;

    @Option(names = "--set-admin-pin", negatable = false)
    boolean setAdminPin;

    @Option(names = "--kiosk", negatable = false)
    boolean kiosk;

    /** Null when not given: the admin screen's idle time. */
    @Option(names = "--idle-timeout", paramLabel = "SECONDS")
    Integer idleTimeout;

    @Option(names = {"-h", "--help"}, usageHelp = true)
    boolean help;

    FootCoachCommand(PrintWriter out, PrintWriter err, PinPrompt pins) {
        this.out = out;
        this.err = err;
        this.pins = pins;
    }

    @Override
    public Integer call() {
        if (validate != null) {
            return new ContentCheck(out, err).check(validate);
        }
        if (printRoutine != null) {
            Path data = DataDirectory.locate(dataDir, System.getenv(), Path.of(System.getProperty("user.home")));
            DoseChoices doses = SettingsStore.open(DataDirectory.settings(data), Clock.systemUTC(), err::println)
                    .preferences().doses();
            return new SheetExport(out, err).print(ContentSource.load(content), printRoutine.get(0),
                    Path.of(printRoutine.get(1)), doses);
        }
        if (setClinicianPin || setAdminPin) {
            return new PinSetting(out, err, setAdminPin ? PinSetting.Whose.ADMIN : PinSetting.Whose.CLINICIAN)
                    .set(DataDirectory.locate(dataDir, System.getenv(), Path.of(System.getProperty("user.home"))),
                            pins);
        }
        if (exportHistory != null) {
            return new HistoryFileExport(out, err).export(DataDirectory.locate(dataDir, System.getenv(),
                    Path.of(System.getProperty("user.home"))), exportHistory);
        }
        VoiceCatalog voices = VoiceCatalog.detect();
        Optional<String> voiceName = VoiceChoice.resolve(voices, voice);
        if (voiceName.isEmpty()) {
            err.println(VoiceChoice.unknown(voices, voice));
            return ExitCode.BAD_ARGUMENTS;
        }
        if (exportAudio != null || exportCaptions != null) {
            return new TrackExport(out, err).export(ContentSource.load(content), routine, voices, voiceName.get(),
                    RecordedVoice.folder(dataDir), exportAudio, exportCaptions);
        }
        Optional<String> micFileProblem = micFile != null && !noVoiceCommands ? MicFileCheck.problem(micFile)
                : Optional.empty();
        if (micFileProblem.isPresent()) {
            err.println(micFileProblem.get());
            return ExitCode.PROBLEM;
        }
        if (idleTimeout != null && (!kiosk || idleTimeout < KioskOptions.SHORTEST_IDLE
                || idleTimeout > KioskOptions.LONGEST_IDLE)) {
            err.println(CliText.get("error.idleTimeout", KioskOptions.SHORTEST_IDLE, KioskOptions.LONGEST_IDLE));
            return ExitCode.BAD_ARGUMENTS;
        }
        // Options not given are taken from Settings at start-up (LaunchOptions.over).
        boolean listeningGiven = noVoiceCommands || micFile != null || mic != null;
        return new DesktopLaunch(err).start(new LaunchOptions(content, dataDir, windowed, eventLog, routine,
                audioOut, voice != null ? voiceName.get() : null, theme,
                listeningGiven ? new VoiceInputChoice(!noVoiceCommands, micFile, mic) : null,
                new KioskOptions(kiosk, idleTimeout != null ? OptionalInt.of(idleTimeout) : OptionalInt.empty())));
    }
}

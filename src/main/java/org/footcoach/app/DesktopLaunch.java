package org.footcoach.app;

import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.swing.SwingUtilities;
import org.footcoach.content.ContentError;
import org.footcoach.content.LoadResult;
import org.footcoach.content.Routine;
import org.footcoach.session.CommandSource;
import org.footcoach.session.Preferences;
import org.footcoach.store.DataDirectory;
import org.footcoach.store.EventLog;
import org.footcoach.store.HistoryRecorder;
import org.footcoach.store.HistoryStore;
import org.footcoach.store.SettingsStore;
import org.footcoach.ui.AppWindow;
import org.footcoach.ui.ContentErrorScreen;
import org.footcoach.ui.PhraseVoice;
import org.footcoach.ui.SettingsChoices;
import org.footcoach.ui.ThemeSetup;

/**
 * Start-up order of the desktop app: data folder, event log, content, then on the EDT the look and feel, the window
 * and the first screen (the start screen, or the error screen when the content is broken). Returns once the window
 * is on screen; the JVM then lives until it closes.
 */
final class DesktopLaunch {
    /** Longest the first screen waits for the sound device check (which itself gives up after 3 s). */
    private static final Duration DEVICE_CHECK_LIMIT = Duration.ofSeconds(4);

    private final PrintWriter err;
    private final SessionServices services;
    private final SessionTiming.Source timing;

    /** The app as it starts: sessions on real time, spoken and logged by {@link SessionWiring}. */
    DesktopLaunch(PrintWriter err) {
        this(err, null, SessionTiming.Source.realTime());
    }

    /**
     * Sessions with these services (speech lengths, settings, listeners), or null for the live ones, each on the clock
     * and scheduler {@code timing} gives (tests pass a virtual clock).
     */
    DesktopLaunch(PrintWriter err, SessionServices services, SessionTiming.Source timing) {
        this.err = err;
        this.services = services;
        this.timing = timing;
    }

    int start(LaunchOptions options) {
        Path dataFolder = DataDirectory.locate(options.dataDir(), System.getenv(),
                Path.of(System.getProperty("user.home")));
        try {
            // Made now so a bad --data-dir is reported at start.
            DataDirectory.prepare(dataFolder);
        } catch (IOException e) {
            err.println(CliText.get("error.dataDir", dataFolder, FileProblem.describe(e)));
            return ExitCode.PROBLEM;
        }
        EventLog log;
        try {
            EventLog file = EventLogFile.open(options.eventLog());
            log = options.kiosk().on() ? new KioskEventLog(file) : file;
        } catch (IOException e) {
            err.println(CliText.get("error.eventLog", options.eventLog(), FileProblem.describe(e)));
            return ExitCode.PROBLEM;
        }
        log.appStarted(Main.class.getPackage().getImplementationVersion());
        DataNotices dataNotices = new DataNotices(log);
        SettingsStore settings = SettingsStore.open(DataDirectory.settings(dataFolder), Clock.systemUTC(),
                dataNotices);
        boolean kiosk = options.kiosk().on();
        // A kiosk keeps no history: its folder is not even made.
        HistoryStore history = kiosk ? null : HistoryStore.openInBackground(DataDirectory.history(dataFolder),
                Clock.systemUTC(), dataNotices);
        if (GraphicsEnvironment.isHeadless()) {
            log.error("no screen");
            log.close();
            err.println(CliText.get("error.noScreen"));
            return ExitCode.PROBLEM;
        }
        Thread.setDefaultUncaughtExceptionHandler(new UncaughtProblemReport(log, err));
        LoadResult content = ContentSource.load(options.content());
        if (content.ok() && options.routine() != null && content.content().routine(options.routine()).isEmpty()) {
            String known = content.content().routines().stream().map(Routine::id).collect(Collectors.joining(", "));
            String line = CliText.get("error.unknownRoutine", options.routine(), known);
            log.error(line);
            log.close();
            err.println(line);
            return ExitCode.BAD_ARGUMENTS;
        }
        Preferences saved = settings.preferences();
        LaunchOptions chosen = options.over(saved);
        try {
            SessionWiring wiring = services == null
                    ? SessionWiring.start(chosen, saved, dataFolder, log, timing.clock()) : null;
            if (wiring != null) {
                wiring.awaitDeviceChecks(DEVICE_CHECK_LIMIT);
            }
            HistoryAccess past = kiosk ? HistoryAccess.none() : new HistoryAccess(history::sessions,
                    Clock.systemDefaultZone(), new ScreenHistoryExport(Path.of(System.getProperty("user.home")),
                    dataFolder, Clock.systemDefaultZone(), log, ScreenHistoryExport.ownThread()));
            SwingUtilities.invokeAndWait(() -> openWindow(chosen, content, log, wiring,
                    kiosk ? null : new HistoryRecorder(history), settings, past, dataNotices, dataFolder));
            return ExitCode.OK;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            log.error("window could not open", cause);
            err.println(CliText.get("error.startFailed", cause.getMessage()));
            log.close();
            return ExitCode.PROBLEM;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.close();
            return ExitCode.PROBLEM;
        }
    }

    /** {@code wiring}: the live session services, or null when the services were given. */
    private void openWindow(LaunchOptions options, LoadResult content, EventLog log, SessionWiring wiring,
                            HistoryRecorder history, SettingsStore settings, HistoryAccess past,
                            DataNotices dataNotices, Path dataFolder) {
        WindowSize size = options.windowed();
        ThemeSetup.install(size != null ? new Dimension(size.width(), size.height()) : screenSize(),
                options.theme());
        AppWindow window = size != null ? AppWindow.windowed(size.width(), size.height()) : AppWindow.fullScreen();
        if (options.kiosk().on()) {
            window.lock();
        }
        window.onOpened(shown -> log.windowShown(shown.width, shown.height, window.isFullScreen()));
        window.onScreenShown(log::screen);
        window.onClosed(log::close);
        CommandRouter commands = new CommandRouter(log, wiring != null ? wiring::playHeardYou : () -> { },
                () -> settings.preferences().learntKeys());
        BannerLines banner = new BannerLines(window::showBanner);
        dataNotices.showIn(banner::add);
        PreferencesApplier applier = new PreferencesApplier(
                PreferencesApplier.runningWith(settings.preferences(), options),
                wiring != null ? wiring : PreferencesApplier.Speech.NONE, new ThemeChange());
        settings.onChange(applier);
        if (wiring != null) {
            wiring.onAudioUnavailable(banner::add, banner::remove);
            wiring.onVoiceNotices(banner::add, banner::remove);
            window.onClosed(wiring::close);
            CommandRoute voice = wiring.voiceCommands();
            voice.to(command -> commands.send(command, CommandSource.VOICE));
            window.onClosed(voice::nowhere);
        }
        if (content.ok()) {
            SessionServices sessions = (wiring != null ? wiring.services() : services)
                    .withPreferences(settings::preferences);
            PhraseVoice phraseVoice = wiring != null ? wiring.phraseVoice() : PhraseVoice.none();
            boolean kiosk = options.kiosk().on();
            ScreenFlow flow = new ScreenFlow(window, content.content(), sessions,
                    timing, log, commands, phraseVoice, history, past,
                    SettingsAccess.of(settings, choices(wiring),
                            recordVoice(options, wiring, window, commands, settings, dataFolder),
                            kiosk ? Optional.empty() : Optional.of(new ScreenSheetPrint(content.content(),
                                    () -> settings.preferences().doses(), Path.of(System.getProperty("user.home")),
                                    dataFolder, Clock.systemDefaultZone(), log, ScreenHistoryExport.ownThread(),
                                    file -> ScreenSheetPrint.inBrowser(file, log)))),
                    kiosk ? VisitorRules.kiosk(id -> settings.preferences().kiosk().offers(id))
                            : VisitorRules.home());
            if (kiosk) {
                SessionTiming idleTiming = timing.open("kiosk-idle");
                window.onClosed(idleTiming.release());
                new KioskFlow(window, flow, commands, log, phraseVoice, idleTiming.clock(),
                        idleTiming.scheduler(),
                        () -> options.kiosk().idleSeconds().orElseGet(() -> settings.preferences().kiosk()
                                .idleSeconds()),
                        () -> settings.preferences().kiosk().warningSeconds(),
                        () -> applier.restore(PreferencesApplier.runningWith(settings.preferences(), options)),
                        new BackgroundPinCheck(settings::adminPin, SwingUtilities::invokeLater)).start();
            } else if (options.routine() != null) {
                flow.startSession(options.routine());
            } else {
                flow.showStart();
            }
        } else {
            List<String> lines = content.errors().stream().map(ContentError::line).toList();
            lines.forEach(log::error);
            ContentErrorScreen errors = new ContentErrorScreen(lines);
            errors.onClose(window::close);
            window.show(ContentErrorScreen.SCREEN_NAME, errors);
        }
    }

    /**
     * What Settings offers on this machine, looked for once in the background as the app opens (Java Sound takes a
     * moment to list the microphones); until then, or without the live services, the usual voice and microphone.
     */
    private static Supplier<SettingsChoices> choices(SessionWiring wiring) {
        if (wiring == null) {
            return SettingsAccess::nothingToChoose;
        }
        CompletableFuture<SettingsChoices> found = CompletableFuture.supplyAsync(wiring::settingsChoices);
        return () -> found.getNow(SettingsAccess.nothingToChoose());
    }

    /** Record my voice, where there is sound: into the data folder, from the microphone chosen in Settings. */
    private Optional<Consumer<Runnable>> recordVoice(LaunchOptions options, SessionWiring wiring, AppWindow window,
                                                     CommandRouter commands, SettingsStore settings,
                                                     Path dataFolder) {
        if (wiring == null) {
            return Optional.empty();
        }
        VoiceInputChoice voice = options.voiceInput();
        Optional<String> named = voice.micName() != null ? Optional.of(voice.micName())
                : settings.preferences().microphone();
        RecordVoiceFlow flow = wiring.recordVoice(window, commands, dataFolder,
                RecordVoiceFlow.microphone(voice.micFile(), named));
        return Optional.of(flow::show);
    }

    private static Dimension screenSize() {
        Rectangle bounds = GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice()
                .getDefaultConfiguration().getBounds();
        return bounds.getSize();
    }
}

package org.footcoach.app;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.SwingUtilities;
import org.footcoach.session.Preferences;
import org.footcoach.ui.AppWindow;
import org.footcoach.ui.LearnKeysController;
import org.footcoach.ui.LearnKeysScreen;
import org.footcoach.ui.PhraseVoice;

/**
 * Shows the Learn keys screen in the window, with the router pointed at it, and keeps each change in the person's
 * preferences: the keys learnt act on the next screen shown. Call on the EDT.
 */
final class LearnKeysFlow {
    private static final Executor EDT = SwingUtilities::invokeLater;

    private final AppWindow window;
    private final CommandRouter commands;
    private final PhraseVoice voice;
    private final Supplier<Preferences> preferences;
    private final Consumer<Preferences> save;

    /**
     * @param voice       says what the screen asks (ScreenFlow's, which says the summary's questions)
     * @param preferences the person's preferences as they are now (the settings store's)
     * @param save        keeps changed preferences (the settings store's save)
     */
    LearnKeysFlow(AppWindow window, CommandRouter commands, PhraseVoice voice, Supplier<Preferences> preferences,
                  Consumer<Preferences> save) {
        this.window = window;
        this.commands = commands;
        this.voice = voice;
        this.preferences = preferences;
        this.save = save;
    }

    /** Shows Learn keys; {@code back} shows the screen it was opened from again (it points the router there). */
    void show(Runnable back) {
        LearnKeysController controller = new LearnKeysController(preferences.get().learntKeys(),
                learnt -> save.accept(preferences.get().withLearntKeys(learnt)), back, voice);
        LearnKeysScreen screen = new LearnKeysScreen(controller, commands);
        commands.show(new CommandRouter.Front(controller, EDT, screen::heard));
        window.show(LearnKeysScreen.SCREEN_NAME, screen);
        controller.start();
    }
}

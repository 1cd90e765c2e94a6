package org.footcoach.ui;

import java.awt.AWTEvent;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.GraphicsDevice;
import java.awt.Toolkit;
import java.awt.event.AWTEventListener;
import java.awt.event.KeyEvent;
import java.awt.event.MouseEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.function.Consumer;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;

/**
 * The one frame of the app. Full screen (undecorated, covering the screen) by default, or a plain window of a given
 * size. Shows one screen at a time. Create and use on the EDT.
 */
public final class AppWindow {
    public static final String NAME = "foot-coach";

    private final JFrame frame = new JFrame(UiText.get("window.title"));
    private final JPanel root = new JPanel(new BorderLayout());
    private final WrappingText banner = new WrappingText("banner", "", "banner");
    private final boolean fullScreen;
    private Consumer<String> screenShown = name -> { };
    private JComponent current;
    private String currentName;

    private AppWindow(boolean fullScreen) {
        this.fullScreen = fullScreen;
        frame.setName(NAME);
        frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        banner.setOpaque(true); // its own colour across the whole width
        banner.setVisible(false);
        root.setName("window-root");
        root.add(banner, BorderLayout.NORTH);
        frame.setContentPane(root);
    }

    /**
     * Shows a notice above every screen until replaced, e.g. "No sound: captions only" or "No microphone", wrapped
     * to the window's width (one sentence a line where {@code line} has line breaks); null or empty hides it. Safe
     * from any thread.
     */
    public void showBanner(String line) {
        if (!SwingUtilities.isEventDispatchThread()) {
            SwingUtilities.invokeLater(() -> showBanner(line));
            return;
        }
        boolean shown = line != null && !line.isBlank();
        banner.setText(shown ? line : "");
        banner.setVisible(shown);
        root.revalidate();
        root.repaint();
    }

    /** The whole content of the window: the banner and the screen. EDT. */
    JComponent contentPane() {
        return root;
    }

    /** The screen shown now, or null. EDT. */
    public JComponent screen() {
        return current;
    }

    /** A frame without decorations that covers the whole default screen, panels and task bars included. */
    public static AppWindow fullScreen() {
        AppWindow window = new AppWindow(true);
        window.frame.setUndecorated(true);
        window.frame.setBounds(window.frame.getGraphicsConfiguration().getBounds());
        window.onClosed(() -> {
            GraphicsDevice screen = window.frame.getGraphicsConfiguration().getDevice();
            if (screen.getFullScreenWindow() == window.frame) {
                screen.setFullScreenWindow(null);
            }
        });
        return window;
    }

    /** A normal window of this size (content area), centred on the screen. */
    public static AppWindow windowed(int width, int height) {
        AppWindow window = new AppWindow(false);
        window.frame.getContentPane().setPreferredSize(new Dimension(width, height));
        window.frame.pack();
        window.frame.setLocationRelativeTo(null);
        return window;
    }

    /** Called with the screen's name each time a screen is shown (for the event log). */
    public void onScreenShown(Consumer<String> listener) {
        screenShown = listener;
    }

    /** Called once when the frame is first on screen. */
    public void onOpened(Consumer<Dimension> listener) {
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowOpened(WindowEvent e) {
                listener.accept(frame.getSize());
            }
        });
    }

    /** Called once after the frame is closed and gone. */
    public void onClosed(Runnable listener) {
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                listener.run();
            }
        });
    }

    /** Replaces what the window shows. {@code name} is the screen's log name, e.g. {@code start}. */
    public void show(String name, JComponent screen) {
        if (current != null) {
            root.remove(current);
        }
        current = screen;
        currentName = name;
        root.add(screen, BorderLayout.CENTER);
        root.revalidate();
        root.repaint();
        if (!frame.isVisible()) {
            if (fullScreen) {
                // Exclusive full screen asks the window manager to cover its own panels too.
                frame.getGraphicsConfiguration().getDevice().setFullScreenWindow(frame);
            } else {
                frame.setVisible(true);
            }
        }
        screenShown.accept(name);
    }

    /**
     * A kiosk's window: closing it (the window manager's close, Alt+F4) does nothing, and a full-screen one stays
     * above every panel and task bar. Only {@link #close()} closes it.
     */
    public void lock() {
        frame.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        if (fullScreen) {
            frame.setAlwaysOnTop(true);
        }
    }

    /**
     * Shows {@code screen} over the one shown now; the returned task shows that one again, as it was, unless another
     * screen has been shown since.
     */
    public Runnable showOver(String name, JComponent screen) {
        JComponent under = current;
        String underName = currentName;
        show(name, screen);
        return () -> {
            if (current == screen && under != null) {
                show(underName, under);
            }
        };
    }

    /**
     * {@code listener} hears every key pressed and every touch or click in this window, whatever it lands on, until
     * the window closes (a kiosk counts idle time from them).
     */
    public void onAnyPress(Runnable listener) {
        AWTEventListener presses = event -> {
            boolean press = event.getID() == MouseEvent.MOUSE_PRESSED || event.getID() == KeyEvent.KEY_PRESSED;
            if (press && event.getSource() instanceof Component c && SwingUtilities.getWindowAncestor(c) == frame
                    || press && event.getSource() == frame) {
                listener.run();
            }
        };
        Toolkit.getDefaultToolkit().addAWTEventListener(presses, AWTEvent.MOUSE_EVENT_MASK | AWTEvent.KEY_EVENT_MASK);
        onClosed(() -> Toolkit.getDefaultToolkit().removeAWTEventListener(presses));
    }

    /**
     * {@code pressed} when a press lands on the window's top-left corner, {@code released} when it lifts or slides
     * off it (the kiosk's admin gesture), until the window closes. EDT.
     */
    public void onCornerPress(Runnable pressed, Runnable released) {
        CornerPress corner = new CornerPress(frame, pressed, released);
        corner.install();
        onClosed(corner::uninstall);
    }

    public boolean isFullScreen() {
        return fullScreen;
    }

    public void close() {
        frame.dispose();
    }
}

package org.footcoach.bench;

import com.formdev.flatlaf.FlatLightLaf;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;

/**
 * The yardstick for start-up (bench/figures/startup): FlatLaf and one undecorated frame covering the screen, as the
 * app's full-screen window is, with one label. When the frame is first on screen it appends a {@code window-shown}
 * line to the file given, as the app's event log does, so both are timed the same way.
 * Usage: java -cp "$(sh bench/classpath.sh)" org.footcoach.bench.BareFlatLafFrame EVENTS.jsonl
 */
public final class BareFlatLafFrame {
    private BareFlatLafFrame() {
    }

    public static void main(String[] args) throws Exception {
        Path events = Path.of(args[0]);
        SwingUtilities.invokeAndWait(() -> {
            FlatLightLaf.setup();
            JFrame frame = new JFrame("bare");
            frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
            frame.setUndecorated(true);
            frame.setBounds(frame.getGraphicsConfiguration().getBounds());
            frame.add(new JLabel("bare"));
            frame.addWindowListener(new WindowAdapter() {
                @Override
                public void windowOpened(WindowEvent e) {
                    append(events, "{\"type\":\"window-shown\"}\n");
                }
            });
            frame.setVisible(true);
        });
    }

    private static void append(Path events, String line) {
        try {
            Files.writeString(events, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

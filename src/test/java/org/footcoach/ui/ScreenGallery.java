package org.footcoach.ui;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;

/**
 * Writes screenshots of the screens: {@code ScreenGallery THEME WIDTHxHEIGHT FOLDER [SCREEN...]} writes
 * {@code FOLDER/<screen>-<theme>-<size>.png} for the named screens (all when none are named). One size per run,
 * because the UI scale is fixed once per JVM. Used by {@code scripts/screens}.
 */
public final class ScreenGallery {
    private ScreenGallery() {
    }

    public static void main(String[] args) throws Exception {
        Theme theme = Theme.valueOf(args[0].toUpperCase(Locale.ROOT));
        String[] size = args[1].split("x");
        Dimension area = new Dimension(Integer.parseInt(size[0]), Integer.parseInt(size[1]));
        Path folder = Path.of(args[2]);
        List<String> wanted = Arrays.asList(args).subList(3, args.length);
        Files.createDirectories(folder);
        SwingUtilities.invokeAndWait(() -> {
            ThemeSetup.install(area, theme);
            Map<String, Supplier<JComponent>> screens = new ScreenSamples().all();
            for (Map.Entry<String, Supplier<JComponent>> screen : screens.entrySet()) {
                if (wanted.isEmpty() || wanted.contains(screen.getKey())) {
                    Path file = folder.resolve(screen.getKey() + "-" + theme.name().toLowerCase(Locale.ROOT) + "-"
                            + args[1] + ".png");
                    write(shot(screen.getValue().get(), area, screen.getKey().equals("exercise-hold")), file);
                    System.out.println(file);
                }
            }
        });
        System.exit(0);
    }

    private static BufferedImage shot(JComponent screen, Dimension area, boolean banner) {
        AppWindow window = AppWindow.windowed(area.width, area.height);
        window.show("gallery", screen);
        if (banner) {
            window.showBanner("No sound: captions only");
        }
        JComponent root = window.contentPane();
        root.setSize(area);
        // Several passes: wrapped text and the 0 to 10 buttons choose their shape from the width the last pass gave.
        for (int pass = 0; pass < 3; pass++) {
            invalidateAll(root);
            root.validate();
        }
        BufferedImage image = new BufferedImage(area.width, area.height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        root.printAll(g);
        g.dispose();
        window.close();
        return image;
    }

    private static void invalidateAll(java.awt.Container c) {
        c.invalidate();
        for (java.awt.Component child : c.getComponents()) {
            if (child instanceof java.awt.Container inner) {
                invalidateAll(inner);
            }
        }
    }

    private static void write(BufferedImage image, Path file) {
        try {
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}

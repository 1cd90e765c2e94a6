package org.footcoach.ui;

import com.formdev.flatlaf.extras.FlatSVGIcon;
import com.formdev.flatlaf.util.UIScale;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Insets;
import javax.swing.JComponent;
import javax.swing.UIManager;

/**
 * One of the drawn pictures (pictures/README.md), as large as fits, in the theme's colours: the person, the
 * furniture and the accent map to {@code FootCoach.picture.*}.
 */
final class PictureView extends JComponent {
    private static final String FOLDER = "org/footcoach/ui/pictures/";
    private FlatSVGIcon icon;
    private String picture;

    PictureView(String name) {
        setName(name);
        setOpaque(false);
    }

    /** Shows the picture of this name (the {@code picture} field of an exercise), or nothing when null. */
    void show(String name) {
        if (name == null ? picture == null : name.equals(picture)) {
            return;
        }
        picture = name;
        icon = name == null ? null : new FlatSVGIcon(FOLDER + name + ".svg");
        repaint();
    }

    String picture() {
        return picture;
    }

    @Override
    public Dimension getPreferredSize() {
        int side = UIScale.scale(160);
        return new Dimension(side, side);
    }

    @Override
    protected void paintComponent(Graphics g) {
        if (icon == null) {
            return;
        }
        Insets in = getInsets();
        int w = getWidth() - in.left - in.right;
        int h = getHeight() - in.top - in.bottom;
        int side = Math.min(w, h);
        if (side <= 0) {
            return;
        }
        int unscaled = Math.max(1, UIScale.unscale(side));
        FlatSVGIcon sized = icon.derive(unscaled, unscaled);
        sized.setColorFilter(new FlatSVGIcon.ColorFilter()
                .add(new Color(0x000000), UIManager.getColor("FootCoach.picture.figure"))
                .add(new Color(0x555555), UIManager.getColor("FootCoach.picture.furniture"))
                .add(new Color(0x1565C0), UIManager.getColor("FootCoach.picture.accent")));
        int x = in.left + (w - sized.getIconWidth()) / 2;
        int y = in.top + (h - sized.getIconHeight()) / 2;
        sized.paintIcon(this, g, x, y);
    }
}

package org.footcoach.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.extras.FlatSVGIcon;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The exercise pictures follow the drawing rules in pictures/README.md and draw through FlatLaf. */
class ExercisePicturesTest {

    private static final String FOLDER = "org/footcoach/ui/pictures/";
    private static final int FIGURE = 0x000000;
    private static final int FURNITURE = 0x555555;
    private static final int ACCENT = 0x1565C0;
    private static final Set<String> ELEMENTS = Set.of("svg", "g", "path", "line", "circle", "rect", "polyline");
    private static final Set<String> PAINTS = Set.of("#000000", "#555555", "#1565C0", "none");
    private static final Set<String> FORBIDDEN_ATTRIBUTES = Set.of("style", "class", "filter", "href", "opacity");

    @ParameterizedTest
    @ValueSource(strings = {"ankle-rolls", "hamstring-stretch", "calf-stretch", "ankle-pumps", "heel-and-toe-raises",
        "kick-backs", "marching", "single-leg-balance", "foot-rolling", "sensory-bucket", "towel-scrunches",
        "get-ready", "sitting"})
    void pictureIsSmallSquareAndUsesOnlyTheAllowedShapesAndColours(String id) throws Exception {
        byte[] bytes = read(id);
        assertThat(bytes.length).as("%s.svg size", id).isLessThan(6 * 1024);

        Element svg = parse(bytes).getDocumentElement();
        assertThat(svg.getLocalName()).isEqualTo("svg");
        assertThat(svg.getAttribute("viewBox")).isEqualTo("0 0 400 400");
        checkTree(id, svg);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ankle-rolls", "hamstring-stretch", "calf-stretch", "ankle-pumps", "heel-and-toe-raises",
        "kick-backs", "marching", "single-leg-balance", "foot-rolling", "sensory-bucket", "towel-scrunches"})
    void exercisePictureDrawsFigureFurnitureAndAccentOnATransparentBackground(String id) {
        Set<Integer> colours = opaqueColours(render(id, null));
        assertThat(colours).as("%s.svg colours", id).contains(FIGURE, FURNITURE, ACCENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"get-ready", "sitting"})
    void promptPictureDrawsFigureAndFurniture(String id) {
        Set<Integer> colours = opaqueColours(render(id, null));
        assertThat(colours).as("%s.svg colours", id).contains(FIGURE, FURNITURE).doesNotContain(ACCENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"marching", "calf-stretch"})
    void colourFilterMapsAllThreeColoursToThemeColours(String id) {
        Map<Integer, Integer> theme = Map.of(FIGURE, 0xF2F2F2, FURNITURE, 0x9E9E9E, ACCENT, 0x64B5F6);
        FlatSVGIcon.ColorFilter filter = new FlatSVGIcon.ColorFilter(
                colour -> new Color(theme.getOrDefault(colour.getRGB() & 0xFFFFFF, 0xFF0000)));

        Set<Integer> colours = opaqueColours(render(id, filter));

        assertThat(colours).containsAll(theme.values()).doesNotContain(FIGURE, FURNITURE, ACCENT, 0xFF0000);
    }

    private static BufferedImage render(String id, FlatSVGIcon.ColorFilter filter) {
        FlatSVGIcon icon = new FlatSVGIcon(FOLDER + id + ".svg", 400, 400);
        assertThat(icon.hasFound()).as("%s.svg found", id).isTrue();
        if (filter != null) {
            icon.setColorFilter(filter);
        }
        BufferedImage image = new BufferedImage(400, 400, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            icon.paintIcon(null, g, 0, 0);
        } finally {
            g.dispose();
        }
        assertThat(image.getRGB(0, 0) >>> 24).as("%s.svg top-left corner is transparent", id).isZero();
        return image;
    }

    private static Set<Integer> opaqueColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = image.getRGB(x, y);
                if (argb >>> 24 == 0xFF) {
                    colours.add(argb & 0xFFFFFF);
                }
            }
        }
        return colours;
    }

    private static void checkTree(String id, Element element) {
        String where = id + ".svg <" + element.getLocalName() + ">";
        assertThat(element.getLocalName()).as(where).isIn(ELEMENTS);
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node attribute = attributes.item(i);
            String name = attribute.getLocalName() == null ? attribute.getNodeName() : attribute.getLocalName();
            assertThat(name).as(where).isNotIn(FORBIDDEN_ATTRIBUTES);
            if (name.equals("fill") || name.equals("stroke")) {
                assertThat(attribute.getNodeValue()).as(where + " " + name).isIn(PAINTS);
            }
            if (name.equals("stroke-width")) {
                assertThat(Double.parseDouble(attribute.getNodeValue())).as(where + " stroke-width").isBetween(5.0, 8.0);
            }
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                checkTree(id, child);
            }
        }
    }

    private static byte[] read(String id) throws IOException {
        URL url = ExercisePicturesTest.class.getClassLoader().getResource(FOLDER + id + ".svg");
        assertThat(url).as("%s.svg on the class path", id).isNotNull();
        try (InputStream in = url.openStream()) {
            return in.readAllBytes();
        }
    }

    private static Document parse(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        return builder.parse(new ByteArrayInputStream(bytes));
    }
}

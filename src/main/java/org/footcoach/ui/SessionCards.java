package org.footcoach.ui;

import java.awt.CardLayout;
import java.awt.Dimension;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JPanel;
import org.footcoach.content.Exercise;
import org.footcoach.session.Command;
import org.footcoach.session.Phrases;
import org.footcoach.session.SessionSnapshot;
import org.footcoach.session.SessionState;

/**
 * The middle of the session screen, one card at a time: the exercise, the get-ready prompt before standing work,
 * the rest with what comes next and its countdown, or the stop rules before the first exercise. A pause keeps the card it paused on.
 * EDT.
 */
final class SessionCards extends JPanel {
    static final String EXERCISE = "exercise";
    static final String GET_READY = "get-ready";
    static final String REST = "rest";
    static final String INTRO = "intro";
    /** help.stop.3 and help.stop.4 are about standing work. */
    private static final int STANDING_RULES_FROM = 3;

    private final CardLayout cards = new CardLayout();
    private final PictureView nextPicture = new PictureView("next-picture");
    private final WrappingText nextUp = new WrappingText("next-up", " ", "heading");
    private final WrappingText equipment = text("intro-equipment", " ");
    /** The printed stop rules about standing work, shown only when the routine has some. */
    private final List<WrappingText> standingRules = new ArrayList<>();
    private final WrappingText restLeft = new WrappingText("rest-left", " ", "heading");
    private final TouchButton startNow;
    private String card = EXERCISE;
    private boolean pastIntro;

    /** {@code prompts} says how to go on when ready, as the voice says it. */
    SessionCards(int gap, ExerciseCard exercise, Consumer<Command> touched, Phrases prompts) {
        setLayout(cards);
        setOpaque(false);
        // The middle takes whatever the fixed rows leave, so those rows always get their full height.
        setPreferredSize(new Dimension(1, 1));
        setMinimumSize(new Dimension(1, 1));
        startNow = new TouchButton("rest-go", UiText.get("rest.button"), "large", () -> touched.accept(Command.GO));
        add(exercise, EXERCISE);
        add(getReadyCard(gap, prompts.text(prompts.key("get-ready.wait"))), GET_READY);
        add(restCard(gap), REST);
        add(introCard(gap), INTRO);
    }

    /** Shows the card for what the session is doing now. */
    void show(SessionSnapshot snapshot) {
        if (snapshot.state() == SessionState.WAITING_FOR_GO || snapshot.state() == SessionState.COUNTING_DOWN) {
            showCard(GET_READY);
        } else if (snapshot.nextUp().isPresent()
                && (snapshot.state() == SessionState.RESTING || snapshot.state() == SessionState.PAUSED)) {
            showRest(snapshot);
        } else if (snapshot.inExercise().isEmpty() && !pastIntro && snapshot.state() != SessionState.PAUSED) {
            showCard(INTRO);
        } else if (snapshot.state() != SessionState.PAUSED) {
            showCard(EXERCISE);
        }
        // After the last exercise there is no exercise either: the closing words go with the last one's card.
        pastIntro |= snapshot.inExercise().isPresent();
    }

    /**
     * The rest is about what comes next: its name and picture, the seconds left, and Start now (GO ends the rest).
     * While paused the control row's Go on resumes, so Start now steps aside.
     */
    private void showRest(SessionSnapshot snapshot) {
        Exercise next = snapshot.nextUp().orElseThrow();
        nextUp.setText(UiText.get("rest.nextUp", next.name()));
        nextPicture.show(next.picture());
        restLeft.setText(SessionText.restLeft(snapshot));
        startNow.setVisible(snapshot.state() != SessionState.PAUSED);
        showCard(REST);
    }

    String card() {
        return card;
    }

    private void showCard(String next) {
        if (!next.equals(card)) {
            card = next;
            cards.show(this, next);
        }
    }

    private static JPanel getReadyCard(int gap, String howToGoOn) {
        PictureView prompt = new PictureView("get-ready-picture");
        prompt.show("get-ready");
        // The Go on button in the control row is the "I am ready" button: it is highlighted while the app waits.
        return new PictureAndWords("get-ready-card", prompt, gap,
                StyledLabel.of("get-ready-title", "heading", UiText.get("getReady.title")),
                text("get-ready-support", UiText.get("getReady.support")),
                text("get-ready-how", howToGoOn));
    }

    private JPanel restCard(int gap) {
        return new PictureAndWords("rest-card", nextPicture, gap, nextUp, restLeft, startNow);
    }

    /**
     * Fits the intro card to the routine: the stop rules about standing only when it has standing work, and under
     * the rules the sentence listing what it needs, or nothing.
     */
    void showIntro(String equipmentSentence, boolean standingWork) {
        equipment.setText(equipmentSentence.isEmpty() ? " " : equipmentSentence);
        standingRules.forEach(rule -> rule.setVisible(standingWork));
    }

    String equipmentShown() {
        return equipment.getText().strip();
    }

    /** Before the first exercise, while the stop rules are said: the stop rules in print, then what to have. */
    private JPanel introCard(int gap) {
        JPanel column = new JPanel(new GridBagLayout());
        column.setName("intro-card");
        column.setOpaque(false);
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.anchor = GridBagConstraints.NORTH;
        column.add(StyledLabel.of("intro-title", "heading", UiText.get("help.stopRules")), c);
        for (int n = 1; n <= 4; n++) {
            c.insets = new Insets(gap / 3, 0, 0, 0);
            WrappingText rule = text("intro-stop-" + n, UiText.get("help.stop." + n));
            column.add(rule, c);
            if (n >= STANDING_RULES_FROM) {
                standingRules.add(rule);
            }
        }
        c.insets = new Insets(gap, 0, 0, 0);
        c.weighty = 1;
        column.add(equipment, c);
        return column;
    }


    private static WrappingText text(String name, String text) {
        WrappingText area = new WrappingText(name, text, "body");
        area.setColumns(1);
        return area;
    }
}

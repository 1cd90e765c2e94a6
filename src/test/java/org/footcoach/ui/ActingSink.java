package org.footcoach.ui;

import java.util.List;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;
import org.footcoach.session.ScreenController;

/** For tests of one screen without the app's router: each command acts on the controller at once, on the EDT. */
record ActingSink(ScreenController controller) implements CommandSink {
    @Override
    public void send(Command command, CommandSource source) {
        controller.act(command, source);
    }

    @Override
    public void key(List<Command> meanings) {
        controller.act(controller.keyMeans(meanings), CommandSource.KEY);
    }
}

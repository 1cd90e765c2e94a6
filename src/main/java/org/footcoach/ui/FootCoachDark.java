package org.footcoach.ui;

import com.formdev.flatlaf.FlatDarkLaf;

/** The dark theme. Its colours, fonts and sizes are in FootCoachDark.properties beside this class. */
public class FootCoachDark extends FlatDarkLaf {
    public static final String NAME = "Foot Coach Dark";

    @Override
    public String getName() {
        return NAME;
    }
}

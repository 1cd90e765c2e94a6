package org.footcoach.ui;

import com.formdev.flatlaf.FlatLightLaf;

/** The light theme. Its colours, fonts and sizes are in FootCoachLight.properties beside this class. */
public class FootCoachLight extends FlatLightLaf {
    public static final String NAME = "Foot Coach Light";

    @Override
    public String getName() {
        return NAME;
    }
}

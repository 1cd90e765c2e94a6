package org.footcoach.content;

import java.util.List;

public record Variation(String name, List<String> steps) {
    public Variation {
        steps = List.copyOf(steps);
    }
}

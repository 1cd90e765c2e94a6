package org.footcoach.ui;

import com.sun.management.OperatingSystemMXBean;
import java.awt.Dimension;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import javax.swing.SwingUtilities;

/**
 * How much of one core the kiosk's attract screen takes while nobody touches it: the screen alone in a window of the
 * given size for the given seconds, the process's CPU time over the wall time (after a warm-up). Needs a display.
 * Usage: java -cp "$(sh bench/classpath.sh)" org.footcoach.ui.AttractCpu [WIDTHxHEIGHT] [SECONDS] [still]; with
 * {@code still}, an empty window instead, for the JVM's own cost at rest.
 */
public final class AttractCpu {
    private AttractCpu() {
    }

    public static void main(String[] args) throws Exception {
        String[] size = (args.length > 0 ? args[0] : "1920x1080").split("x");
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        boolean still = args.length > 2 && args[2].equals("still");
        Dimension window = new Dimension(Integer.parseInt(size[0]), Integer.parseInt(size[1]));
        AppWindow[] shown = new AppWindow[1];
        SwingUtilities.invokeAndWait(() -> {
            ThemeSetup.install(window, Theme.LIGHT);
            shown[0] = AppWindow.windowed(window.width, window.height);
            shown[0].show(AttractScreen.SCREEN_NAME, still ? new javax.swing.JPanel()
                    : new AttractScreen((command, source) -> { }));
        });
        Thread.sleep(30_000); // warm-up: class loading, the first paints, the JIT compiling the painting
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        java.util.Map<String, Long> before = new java.util.HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            java.lang.management.ThreadInfo info = threads.getThreadInfo(id);
            if (info != null) {
                before.put(info.getThreadName(), threads.getThreadCpuTime(id));
            }
        }
        long cpuBefore = os.getProcessCpuTime();
        long wallBefore = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        long cpu = os.getProcessCpuTime() - cpuBefore;
        long wall = System.nanoTime() - wallBefore;
        System.out.printf(Locale.ROOT, "attract screen %dx%d, %d s: %.2f %% of one core (whole process)%n",
                window.width, window.height, seconds, 100.0 * cpu / wall);
        for (long id : threads.getAllThreadIds()) {
            java.lang.management.ThreadInfo info = threads.getThreadInfo(id);
            if (info != null) {
                long used = threads.getThreadCpuTime(id) - before.getOrDefault(info.getThreadName(), 0L);
                if (used > 1_000_000) {
                    System.out.printf(Locale.ROOT, "  %s: %.2f %%%n", info.getThreadName(), 100.0 * used / wall);
                }
            }
        }
        SwingUtilities.invokeAndWait(shown[0]::close);
        System.exit(0);
    }
}

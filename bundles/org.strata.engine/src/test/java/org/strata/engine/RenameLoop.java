package org.strata.engine;

import java.nio.file.Path;

/**
 * The child process of {@link KilledRenameTest}: renames the first layer of a corpus again and again through the
 * corpus service, printing a line after each commit, while another thread commits the index on its own as scoring
 * does. With a step name and a count, it halts itself (no shutdown hook, no close: as a kill) right after that step
 * of that commit.
 */
public final class RenameLoop {
    private RenameLoop() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String haltAfter = args.length > 1 ? args[1] : "";
        int haltAt = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        int[] commits = {0};
        CorpusCommit.afterStep = step -> {
            if (step.equals("model written")) commits[0]++;
            if (step.equals(haltAfter) && commits[0] == haltAt) Runtime.getRuntime().halt(137);
        };
        try (CorpusService service = CorpusService.open(dir)) {
            Thread scoring = new Thread(() -> {
                try {
                    while (true) service.folder().store().commit(); // its commit data: the name tables as they are now
                } catch (Exception e) {
                    System.out.println("scoring stopped: " + e);
                }
            }, "scoring");
            scoring.setDaemon(true);
            scoring.start();
            for (int i = 1; ; i++) {
                String from = service.folder().layerNames().get(0);
                service.changeLayers(new LayerChange.Rename(from, "layer" + i)).orThrow();
                System.out.println("renamed " + from + " to layer" + i);
                System.out.flush();
            }
        }
    }
}

package org.songsong.importer;

import java.io.PrintWriter;

import org.songsong.core.writeside.FileOutcome;
import org.songsong.core.writeside.ImportStatus;

/** One line per file, so a long run shows where it is and a rejected file stands out on stderr. */
final class ProgressLine {

    private ProgressLine() {
    }

    static void print(FileOutcome outcome, String slug, int index, int total, PrintWriter out, PrintWriter err) {
        String counter = "[" + index + "/" + total + "] ";
        if (outcome.status() == ImportStatus.REJECTED) {
            err.println(counter + "rejected   " + outcome.file() + ": " + outcome.reason());
            err.flush();
            return;
        }
        String arrow = slug == null ? "" : " -> " + slug;
        int warnings = outcome.warnings().size();
        out.printf("%s%-10s %s%s%s%n", counter, outcome.status().json(), outcome.file(), arrow,
                warnings == 0 ? "" : " (" + warnings + " note" + (warnings == 1 ? "" : "s") + ")");
        out.flush();
    }
}

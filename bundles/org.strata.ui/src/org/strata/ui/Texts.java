package org.strata.ui;

import java.util.Locale;

import org.strata.store.PassageStatus;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

/**
 * Formats the workbench's messages with ICU: plurals by the language's rules ("1 пассаж", "2 пассажа",
 * "5 пассажей"; "1 passage", "5 passages") and numbers as the language writes them ("1 000 000", "1,000,000").
 */
public final class Texts {
    private Texts() {}

    /** A message of {@link Messages} (an ICU pattern: {0}, {0,number}, {0,plural,...}) with its arguments, in the workbench's language. */
    public static String format(String pattern, Object... args) {
        return format(Locale.getDefault(), pattern, args);
    }

    /** As above, in a given language. */
    public static String format(Locale locale, String pattern, Object... args) {
        return new MessageFormat(pattern, ULocale.forLocale(locale)).format(args);
    }

    /**
     * A passage's status as the workbench shows it ("accepted", "принят"); queries, filters and files keep the
     * store's own name of it ({@link PassageStatus#label()}).
     */
    /** A share (0 to 1) as a whole percentage in the user's language ("62%"). */
    public static String percent(double share) {
        return String.format(Locale.getDefault(), "%.0f%%", 100 * share);
    }

    public static String status(PassageStatus s) {
        return switch (s) {
            case CANDIDATE -> Messages.Status_candidate;
            case ACCEPTED -> Messages.Status_accepted;
            case REJECTED -> Messages.Status_rejected;
            case DUPLICATE -> Messages.Status_duplicate;
        };
    }

    /** What became of an imported file, or a source's ingest status ("ok", "skipped", "failed"), as the workbench shows it. */
    public static String outcome(String label) {
        return switch (label) {
            case "ok" -> Messages.Outcome_ok;
            case "skipped" -> Messages.Outcome_skipped;
            case "failed" -> Messages.Outcome_failed;
            default -> label;
        };
    }

    /** The totals of an import: "14 files: 14 ok, 0 skipped, 0 failed; 562 passages added, 9 exact duplicates". */
    public static String ingestTotal(org.strata.engine.IngestReport r) {
        return format(Messages.Report_total, r.files().size(), r.count(org.strata.engine.Outcome.OK), r.count(org.strata.engine.Outcome.SKIPPED),
                r.count(org.strata.engine.Outcome.FAILED), r.passages(), r.duplicates());
    }

    /** What a scoring did: how many passages, with which encoder, where, how long, and what scored knowledge. */
    public static String scored(org.strata.engine.CorpusService.Scored done) {
        var r = done.result();
        String knowledge = "prior".equals(r.knowledge()) ? Messages.Score_prior : r.knowledge();
        return format(Messages.Score_done, r.encoded() + r.rescored(), done.encoder(), done.device(), done.millis() / 1e3, r.encoded(),
                r.rescored(), r.kept(), knowledge);
    }

    /**
     * A fraction as the expert types it, in either language's way: "0.5" or "0,5" (the comma is Russian's decimal
     * point; a fraction has no thousands to group). Throws NumberFormatException for anything else.
     */
    public static double fraction(String typed) {
        return Double.parseDouble(typed.strip().replace('\u00a0', ' ').replace(" ", "").replace(',', '.'));
    }

    /** A whole number as typed, grouped or not: "250000", "250,000", "250 000" (a no-break space in Russian). */
    public static String ungrouped(String typed) {
        return typed.strip().replace("\u00a0", "").replace(" ", "").replace(",", "").replace("_", "");
    }
}

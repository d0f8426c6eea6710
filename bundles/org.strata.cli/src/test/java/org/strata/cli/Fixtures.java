package org.strata.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Real documents made for the tests: a PDF written with PDFBox, a DOCX with Apache POI, an HTML page. */
final class Fixtures {
    static final String[] SPRINT = {
        "Ground contact time is the interval during which the foot is in contact with the track. Elite sprinters reach "
            + "contact times below 0.09 seconds at maximal velocity because they apply large vertical forces in a short "
            + "time, which raises stride length without lowering stride frequency.",
        "Leg stiffness describes how much the leg compresses under load. A stiffer leg stores and returns elastic energy "
            + "in the Achilles tendon more efficiently, so less metabolic work is needed for each stride at high speed.",
    };
    static final String[] TRAINING = {
        "Periodization divides a training year into macrocycles, mesocycles and microcycles. Each block emphasises one "
            + "quality, such as maximal strength or speed endurance, so that adaptations accumulate before competition.",
        "To plan a taper, reduce training volume by forty to sixty percent over the final two weeks while keeping "
            + "intensity high; athletes then recover from accumulated fatigue without losing fitness.",
    };
    static final String[] PARADOX = {
        "Paradoxically, athletes who stretch statically just before a sprint often run slower: the stretch reduces "
            + "musculotendinous stiffness for up to an hour, although flexibility itself is thought to prevent injury.",
        "The lactate paradox describes how, at high altitude, blood lactate after exhausting exercise is lower than at "
            + "sea level, even though less oxygen is available; the mechanism is still debated among physiologists.",
    };

    private Fixtures() {}

    static Path pdf(Path file, String... paragraphs) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                cs.setLeading(13);
                cs.newLineAtOffset(50, 740);
                for (String p : paragraphs) {
                    for (String line : wrap(p, 95)) {
                        cs.showText(line);
                        cs.newLine();
                    }
                    cs.newLine();
                }
                cs.endText();
            }
            doc.save(file.toFile());
        }
        return file;
    }

    static Path docx(Path file, String... paragraphs) throws IOException {
        try (XWPFDocument d = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (String p : paragraphs) d.createParagraph().createRun().setText(p);
            d.write(out);
        }
        return file;
    }

    static Path html(Path file, String title, String... paragraphs) throws IOException {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>").append(title)
                .append("</title></head><body><h1>").append(title).append("</h1>");
        for (String p : paragraphs) sb.append("<p>").append(p).append("</p>\n");
        Files.writeString(file, sb.append("</body></html>"));
        return file;
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String w : text.split(" ")) {
            if (cur.length() + w.length() + 1 > width) {
                lines.add(cur.toString());
                cur.setLength(0);
            }
            if (cur.length() > 0) cur.append(' ');
            cur.append(w);
        }
        if (cur.length() > 0) lines.add(cur.toString());
        return lines;
    }
}

package org.strata.score;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The knowledge prior that ranks passages before the expert has judged any: prototypes of dense expository and
 * technical writing against prototypes of spam, chatter, fiction and boilerplate (the shipped
 * {@code prior-anchors.txt}), the positive side joined by the corpus's own concept definitions and layer
 * descriptions.
 */
public final class Prior {
    /** How steeply the gap between the nearest positive and negative prototype maps to a logit. */
    public static final float SCALE = 12f;

    private Prior() {}

    /** The shipped anchor texts: [0] positive, [1] negative. */
    public static List<List<String>> anchors() {
        List<String> pos = new ArrayList<>(), neg = new ArrayList<>();
        try (InputStream in = Prior.class.getResourceAsStream("prior-anchors.txt")) {
            if (in == null) throw new IllegalStateException("prior-anchors.txt is missing from the org.strata.score jar");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("+ ")) pos.add(line.substring(2).strip());
                else if (line.startsWith("- ")) neg.add(line.substring(2).strip());
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read prior-anchors.txt: " + e.getMessage(), e);
        }
        return List.of(pos, neg);
    }

    /** The prior head: the shipped anchors plus the corpus's own descriptions of its domain, embedded. */
    public static Head build(Encoder encoder, List<String> domainTexts) throws EncoderException {
        List<List<String>> a = anchors();
        List<String> pos = new ArrayList<>(a.get(0));
        for (String t : domainTexts) if (t != null && t.strip().length() >= 20) pos.add(t.strip());
        float[][] p = encoder.embed(pos), n = encoder.embed(a.get(1));
        return Head.prior(p, n, SCALE);
    }
}

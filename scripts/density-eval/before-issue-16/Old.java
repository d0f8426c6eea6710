package oldeval;
import java.nio.file.*; import java.util.*;
import org.strata.score.*;
/** The density as the code before issue 16 computed it, on the same eval sets and degradations. */
public class Old {
  public static void main(String[] a) throws Exception {
    WordPieceTokenizer tok; try (var in = org.strata.encoder.minilm.MiniLm.openTokenizer()) { tok = WordPieceTokenizer.read(in, "m"); }
    Encoder enc; try (var in = org.strata.encoder.minilm.MiniLm.openModel(false)) { enc = new Encoder(in.readAllBytes(), tok, "m", EncoderSettings.cpu()); }
    Head prior = Prior.build(enc, List.of());
    Intrinsic intr = new Intrinsic(List.of());
    for (String lang : List.of("en", "ru")) {
      EvalSet set = EvalSet.read(Path.of(System.getProperty("strata.eval", "eval/density")), lang);
      List<EvalSet.Item> items = set.split(a.length > 0 ? a[0] : "test");
      List<String> texts = items.stream().map(EvalSet.Item::text).toList();
      float[] d = score(enc, prior, intr, tok, texts);
      long pairs = 0; double right = 0;
      for (int i = 0; i < d.length; i++) if (items.get(i).positive()) for (int j = 0; j < d.length; j++) if (!items.get(j).positive()) { pairs++; right += d[i] > d[j] ? 1 : d[i] == d[j] ? 0.5 : 0; }
      StringBuilder sb = new StringBuilder(String.format("%s AUC %.3f", lang, right / pairs));
      List<String> bp = items.stream().filter(i -> i.kind().equals("boilerplate")).map(EvalSet.Item::text).toList();
      Random random = new Random(5);
      for (String kind : Degrade.KINDS) {
        List<String> copies = new ArrayList<>(); List<Integer> of = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) { if (!items.get(i).positive() || items.get(i).text().split("\\s+").length < 30) continue; String c = Degrade.of(kind, items.get(i).text(), random, bp); if (c == null) continue; copies.add(c); of.add(i); }
        float[] dd = score(enc, prior, intr, tok, copies); int ok = 0;
        for (int k = 0; k < dd.length; k++) if (d[of.get(k)] > dd[k]) ok++;
        sb.append(String.format("; above %s %.1f%% (%d/%d)", kind, 100.0 * ok / dd.length, ok, dd.length));
      }
      System.out.println(sb);
    }
    enc.close();
  }
  static float[] score(Encoder enc, Head prior, Intrinsic intr, WordPieceTokenizer tok, List<String> texts) throws Exception {
    float[][] emb = enc.embed(texts); float[] d = new float[texts.size()];
    for (int i = 0; i < d.length; i++) { float[] c = intr.measure(texts.get(i), tok.count(texts.get(i)), 0f); c[Components.KNOWLEDGE] = prior.knowledge(emb[i]); c[Components.REDUNDANCY] = 0f; d[i] = Density.combine(Density.Weights.DEFAULT, c); }
    return d;
  }
}

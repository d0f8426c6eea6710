package org.strata.spark;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The second test of a candidate pair keeps the pairs that make redundancy (a cosine of 0.80 and more) and drops
 * most of the pairs that do not, on vectors of the encoder's size at known cosines.
 */
class RedundancyCheckTest {
    /** A unit vector and another at the given cosine to it, in 384 dimensions. */
    private static float[][] pair(Random r, double cosine) {
        double[] u = unit(r), w = unit(r);
        double d = 0;
        for (int i = 0; i < u.length; i++) d += u[i] * w[i];
        for (int i = 0; i < u.length; i++) w[i] -= d * u[i]; // orthogonal to u
        double n = 0;
        for (double x : w) n += x * x;
        n = Math.sqrt(n);
        float[] a = new float[u.length], b = new float[u.length];
        double s = Math.sqrt(1 - cosine * cosine);
        for (int i = 0; i < u.length; i++) {
            a[i] = (float) u[i];
            b[i] = (float) (cosine * u[i] + s * w[i] / n);
        }
        return new float[][] {a, b};
    }

    private static double[] unit(Random r) {
        double[] v = new double[384];
        double n = 0;
        for (int i = 0; i < v.length; i++) {
            v[i] = r.nextGaussian();
            n += v[i] * v[i];
        }
        n = Math.sqrt(n);
        for (int i = 0; i < v.length; i++) v[i] /= n;
        return v;
    }

    private static double passing(double cosine, int n) {
        Random r = new Random(Double.hashCode(cosine));
        int kept = 0;
        for (int i = 0; i < n; i++) {
            float[][] p = pair(r, cosine);
            if (SparkRedundancy.close(SparkRedundancy.check(p[0]), SparkRedundancy.check(p[1]))) kept++;
        }
        return kept / (double) n;
    }

    @Test
    void pairsThatMakeRedundancyPassAndMostOthersDoNot() {
        assertTrue(passing(0.80, 3000) >= 0.998, "at 0.80");
        assertTrue(passing(0.85, 3000) >= 0.9995, "at 0.85");
        assertTrue(passing(0.95, 1000) == 1.0, "at 0.95");
        assertTrue(passing(0.57, 3000) <= 0.01, "at 0.57, what the sketch's cut lets through");
        assertTrue(passing(0.65, 3000) <= 0.15, "at 0.65 (about 8% expected)");
    }
}

package org.strata.score;

/** Limited-memory BFGS with a backtracking (Armijo) line search, for smooth convex objectives. */
final class Lbfgs {
    /** A function to minimize: returns f(x) and writes its gradient into g. */
    interface Objective {
        double eval(double[] x, double[] g);
    }

    private static final int MEMORY = 10;

    private Lbfgs() {}

    static double[] minimize(double[] x0, Objective f, int maxIterations, double tolerance) {
        int n = x0.length;
        double[] x = x0.clone(), g = new double[n];
        double fx = f.eval(x, g);
        double[][] s = new double[MEMORY][], y = new double[MEMORY][];
        double[] rho = new double[MEMORY], alpha = new double[MEMORY];
        int stored = 0, next = 0;
        double[] xNew = new double[n], gNew = new double[n], dir = new double[n];
        for (int it = 0; it < maxIterations; it++) {
            if (norm(g) < tolerance) break;
            // two-loop recursion: dir = -H g
            System.arraycopy(g, 0, dir, 0, n);
            for (int k = 0; k < stored; k++) {
                int i = Math.floorMod(next - 1 - k, MEMORY);
                alpha[i] = rho[i] * dot(s[i], dir);
                axpy(-alpha[i], y[i], dir);
            }
            if (stored > 0) {
                int last = Math.floorMod(next - 1, MEMORY);
                double gamma = dot(s[last], y[last]) / dot(y[last], y[last]);
                for (int k = 0; k < n; k++) dir[k] *= gamma;
            }
            for (int k = stored - 1; k >= 0; k--) {
                int i = Math.floorMod(next - 1 - k, MEMORY);
                double beta = rho[i] * dot(y[i], dir);
                axpy(alpha[i] - beta, s[i], dir);
            }
            for (int k = 0; k < n; k++) dir[k] = -dir[k];
            double slope = dot(g, dir);
            if (slope >= 0) { // not a descent direction: restart from the gradient
                for (int k = 0; k < n; k++) dir[k] = -g[k];
                slope = dot(g, dir);
                stored = 0;
            }
            double step = stored == 0 ? Math.min(1, 1 / Math.max(1e-12, norm(g))) : 1;
            double fNew;
            int tries = 0;
            while (true) {
                for (int k = 0; k < n; k++) xNew[k] = x[k] + step * dir[k];
                fNew = f.eval(xNew, gNew);
                if (fNew <= fx + 1e-4 * step * slope || ++tries > 40) break;
                step *= 0.5;
            }
            if (tries > 40) break;
            double[] sk = new double[n], yk = new double[n];
            for (int k = 0; k < n; k++) {
                sk[k] = xNew[k] - x[k];
                yk[k] = gNew[k] - g[k];
            }
            double sy = dot(sk, yk);
            if (sy > 1e-12) {
                s[next] = sk;
                y[next] = yk;
                rho[next] = 1 / sy;
                next = (next + 1) % MEMORY;
                stored = Math.min(stored + 1, MEMORY);
            }
            boolean converged = Math.abs(fx - fNew) <= tolerance * Math.max(1, Math.abs(fx));
            System.arraycopy(xNew, 0, x, 0, n);
            System.arraycopy(gNew, 0, g, 0, n);
            fx = fNew;
            if (converged) break;
        }
        return x;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    private static void axpy(double a, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) y[i] += a * x[i];
    }
}

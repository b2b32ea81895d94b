package io.dateline.eval;

/**
 * Precision, recall and F1 as fractions in [0, 1]. A ratio with a zero denominator is 0.
 */
public record Prf(double precision, double recall, double f1) {

    public static Prf of(int matched, int system, int gold) {
        double p = system == 0 ? 0 : (double) matched / system;
        double r = gold == 0 ? 0 : (double) matched / gold;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new Prf(p, r, f);
    }
}

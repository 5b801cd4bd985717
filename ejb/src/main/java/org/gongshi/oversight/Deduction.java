package org.gongshi.oversight;

/**
 * One named reason a tenant lost points: the factor, how many findings, the points taken and the rule
 * in words. {@code assessed} is false for a factor that could not be computed (the catalog not
 * connected): then {@code count} and {@code points} are 0 and the rule says why, never "no findings".
 */
public record Deduction(Factor factor, int count, int points, String rule, boolean assessed) {
}

package fr.impact.analytics.territory;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One campaign year of a PAT's EGalim benchmark.
 *
 * @param canteens declarations of the PAT's canteens that year
 * @param meanBio unweighted mean of their bio ratios (empty when none has one)
 * @param meanEgalimHorsBio unweighted mean of their EGalim-hors-bio ratios
 * @param meetingTargets declarations with bio ≥ 0.20 and bio + EGalim hors bio ≥ 0.50
 * @param nationalMeanBio unweighted mean of the bio ratios of every declaration that year
 */
public record YearBenchmark(int year, long canteens, Optional<BigDecimal> meanBio,
        Optional<BigDecimal> meanEgalimHorsBio, long meetingTargets, Optional<BigDecimal> nationalMeanBio) {

    public YearBenchmark {
        if (canteens < 0 || meetingTargets < 0 || meetingTargets > canteens) {
            throw new IllegalArgumentException("impossible counts: " + canteens + ", " + meetingTargets);
        }
        java.util.Objects.requireNonNull(meanBio, "meanBio is null");
        java.util.Objects.requireNonNull(meanEgalimHorsBio, "meanEgalimHorsBio is null");
        java.util.Objects.requireNonNull(nationalMeanBio, "nationalMeanBio is null");
    }
}

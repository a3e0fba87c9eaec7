package eu.pharos.helpline;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One wellbeing check of the signed-in advisor, scores from 0 to 100 per scale.
 *
 * <p>Each scale has four statements rated from 1 (never) to 5 (very often). A scale's score is
 * {@code round(100 * (sum - 4) / 16)}: 0 when every statement was rated "never", 100 when every one
 * was rated "very often". Compassion fatigue and burnout measure strain (higher is heavier);
 * satisfaction is scored positively (higher is better).
 */
public record WellbeingResult(
    UUID id, LocalDate takenOn, int compassionFatigue, int burnout, int satisfaction) {}

package eu.pharos.helpline;

import java.time.LocalDate;
import java.util.UUID;

/** One wellbeing check of the signed-in advisor, scores from 0 to 100 per scale. */
public record WellbeingResult(
    UUID id, LocalDate takenOn, int compassionFatigue, int burnout, int satisfaction) {}

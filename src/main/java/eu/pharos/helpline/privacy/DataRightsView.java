package eu.pharos.helpline.privacy;

import eu.pharos.helpline.VictimView;
import java.time.Instant;

/**
 * A victim as the data page shows them: who they are, whether a legal hold blocks erasure, and
 * whether (when, why, by whom) they were erased.
 *
 * @param erasedBy the display name of who erased; null when retention did, or not erased
 * @param keptCases how many of the victim's cases are kept (not anonymised)
 */
public record DataRightsView(
    VictimView victim,
    Instant legalHoldSetAt,
    String legalHoldSetBy,
    Instant erasedAt,
    String erasedBy,
    String erasureReason,
    int keptCases) {}

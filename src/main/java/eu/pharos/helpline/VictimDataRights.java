package eu.pharos.helpline;

import java.util.Locale;
import java.util.UUID;

/**
 * A victim's rights over their data (GDPR Articles 15 to 18): access to everything held, and
 * erasure unless a legal hold blocks it. Each call is audited.
 */
public interface VictimDataRights {

  /**
   * Everything held on the victim (details, consents, cases with assessments, plans, follow-ups,
   * timelines, contacts with notes and transcripts) as JSON.
   */
  byte[] exportJson(UUID victimId);

  /** The same as a readable PDF, in the given language. */
  byte[] exportPdf(UUID victimId, Locale locale);

  /**
   * @throws eu.pharos.shared.InvalidInput without a reason
   */
  VictimView setLegalHold(UUID victimId, String reason);

  VictimView clearLegalHold(UUID victimId);

  /**
   * Erases the victim's personal data and every free text, document and transcript of their cases
   * and contacts; categories stay for statistics, and the erasure (who, when, why) is recorded.
   *
   * @throws eu.pharos.shared.InvalidInput while a legal hold is set (naming its reason), or without
   *     a reason
   */
  VictimView erase(UUID victimId, String reason);
}

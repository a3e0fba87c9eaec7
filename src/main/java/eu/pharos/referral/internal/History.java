package eu.pharos.referral.internal;

import eu.pharos.referral.ReferralSide;
import eu.pharos.referral.ReferralStatus;
import eu.pharos.referral.ReferralStatusChanged;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Writes each status change as a step of the referral and publishes it, without personal data. */
@Component
class History {

  private final ReferralStepRepository steps;
  private final ReferralSeal seal;
  private final ApplicationEventPublisher events;

  History(ReferralStepRepository steps, ReferralSeal seal, ApplicationEventPublisher events) {
    this.steps = steps;
    this.seal = seal;
    this.events = events;
  }

  /** A status change: its step, and the event for statistics and webhooks. */
  void moved(
      Referral r,
      ReferralStatus previous,
      ReferralSide side,
      UUID actorId,
      String note,
      Instant at) {
    step(r, side, actorId, note, at);
    published(r, previous, false, at);
  }

  /** The step of the referral's current status, without an event. */
  void step(Referral r, ReferralSide side, UUID actorId, String note, Instant at) {
    UUID stepId = UUID.randomUUID();
    String sealedNote = seal.seal(ReferralSeal.STEP_NOTE, stepId, note);
    steps.save(
        new ReferralStepRecord(
            stepId,
            r.id(),
            r.status(),
            at,
            side,
            actorId,
            sealedNote,
            sealedNote == null ? null : seal.keyId()));
  }

  /** The event alone: for a withdrawn consent that leaves the status as it was. */
  void published(Referral r, ReferralStatus previous, boolean consentWithdrawn, Instant at) {
    events.publishEvent(
        new ReferralStatusChanged(
            r.id(),
            r.reference(),
            r.senderOrganisationId(),
            r.receiverOrganisationId(),
            previous,
            r.status(),
            consentWithdrawn,
            at));
  }
}

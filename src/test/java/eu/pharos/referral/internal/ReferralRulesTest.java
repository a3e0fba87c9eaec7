package eu.pharos.referral.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.pharos.helpline.ConsentMethod;
import eu.pharos.network.SupportService;
import eu.pharos.referral.ReferralItem;
import eu.pharos.referral.ReferralSide;
import eu.pharos.referral.ReferralStatus;
import eu.pharos.referral.ReferralUrgency;
import eu.pharos.shared.InvalidInput;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The referral's own rules, without a database. */
class ReferralRulesTest {

  static final Instant SENT = Instant.parse("2026-03-02T09:00:00Z");

  @Test
  void aStatusChangeOutOfOrderIsRefusedAndLeavesTheStatus() {
    Referral r = referral(LocalDate.of(2026, 6, 1));
    r.moveTo(ReferralStatus.RECEIVED, SENT.plusSeconds(60));

    assertThatThrownBy(() -> r.moveTo(ReferralStatus.CLOSED, SENT.plusSeconds(120)))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> {
              assertThat(e.problems().get(0).messageKey()).isEqualTo("referral.error.out-of-order");
              assertThat(e.problems().get(0).arguments()).containsExactly("RECEIVED", "CLOSED");
            });
    assertThat(r.status()).isEqualTo(ReferralStatus.RECEIVED);
  }

  @Test
  void theDueTimeIsTheTargetAfterSendingAndOverdueOnlyWhileAwaitingAnAnswer() {
    Referral r = referral(LocalDate.of(2026, 6, 1));
    assertThat(r.dueAt()).isEqualTo(SENT.plus(Duration.ofHours(24)));
    assertThat(r.target()).isEqualTo(Duration.ofHours(24));
    assertThat(r.overdueAt(SENT.plus(Duration.ofHours(23)))).isFalse();
    assertThat(r.overdueAt(SENT.plus(Duration.ofHours(25)))).isTrue();

    r.accepted(UUID.randomUUID(), UUID.randomUUID(), SENT.plus(Duration.ofHours(25)));
    assertThat(r.overdueAt(SENT.plus(Duration.ofHours(26)))).isFalse();
  }

  @Test
  void aWithdrawnConsentErasesThePackageAndIsNoLongerActive() {
    Referral r = referral(LocalDate.of(2026, 6, 1));
    assertThat(r.consentActiveOn(LocalDate.of(2026, 6, 1))).isTrue();
    assertThat(r.consentActiveOn(LocalDate.of(2026, 6, 2))).isFalse();

    r.consentWithdrawn(ConsentMethod.WRITTEN, ReferralSide.RECEIVER, SENT.plusSeconds(5));

    assertThat(r.packageSealed()).isNull();
    assertThat(r.consentActiveOn(LocalDate.of(2026, 3, 3))).isFalse();
    assertThat(r.consentWithdrawnOn()).isEqualTo(ReferralSide.RECEIVER);
  }

  @Test
  void consentItemsAreStoredByNameAndReadBack() {
    Referral r = referral(LocalDate.of(2026, 6, 1));
    assertThat(r.consentItems())
        .containsExactlyInAnyOrder(ReferralItem.CRIME_SUMMARY, ReferralItem.FULL_NAME);
    assertThat(Referral.itemsText(EnumSet.of(ReferralItem.PHONE, ReferralItem.FULL_NAME)))
        .isEqualTo("FULL_NAME,PHONE");
  }

  static Referral referral(LocalDate validUntil) {
    UUID id = UUID.randomUUID();
    return new Referral(
        new Referral.Draft(
            id,
            "R-2026-000001",
            UUID.randomUUID(),
            UUID.randomUUID(),
            "PT",
            "DE",
            SupportService.FACE_TO_FACE,
            ReferralUrgency.URGENT,
            EnumSet.of(ReferralItem.FULL_NAME, ReferralItem.CRIME_SUMMARY),
            "k1.sealed-purpose",
            ConsentMethod.VERBAL_PHONE,
            SENT.minusSeconds(600),
            validUntil,
            "k1.sealed-package",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            SENT,
            ReferralUrgency.URGENT.defaultTarget(),
            "k1"));
  }
}

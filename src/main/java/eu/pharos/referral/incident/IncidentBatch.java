package eu.pharos.referral.incident;

import eu.pharos.helpline.VictimDetails;
import eu.pharos.helpline.VictimSummary;
import eu.pharos.helpline.Victims;
import eu.pharos.network.Directory;
import eu.pharos.network.MemberView;
import eu.pharos.network.SupportService;
import eu.pharos.platform.PersonalDataCipher;
import eu.pharos.referral.IncidentBatchResult;
import eu.pharos.referral.IncidentBatchResult.Reason;
import eu.pharos.referral.IncidentPersonStatus;
import eu.pharos.referral.IncidentStatus;
import eu.pharos.referral.NewReferral;
import eu.pharos.referral.ReferralConsent;
import eu.pharos.referral.ReferralPackage;
import eu.pharos.referral.ReferralUrgency;
import eu.pharos.referral.ReferralView;
import eu.pharos.referral.Referrals;
import eu.pharos.referral.incident.IncidentStore.IncidentRow;
import eu.pharos.referral.incident.IncidentStore.PersonRow;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.InvalidInput.Problem;
import eu.pharos.shared.StaffUser;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Refers every person of the caller's organisation living in one country to one member there: a
 * referral per person, each in a transaction of its own that holds the person's row lock, so that
 * two batches at once, or one repeated, refer nobody twice, and one person's refusal does not undo
 * the others' referrals.
 */
@Component
class IncidentBatch {

  private static final Logger log = LoggerFactory.getLogger(IncidentBatch.class);

  /** Statuses in which a person has a referral that still stands. */
  private static final Set<IncidentPersonStatus> REFERRED =
      Set.of(
          IncidentPersonStatus.REFERRED,
          IncidentPersonStatus.IN_SUPPORT,
          IncidentPersonStatus.CLOSED);

  private final IncidentStore store;
  private final IncidentRules rules;
  private final Directory directory;
  private final Victims victims;
  private final Referrals referrals;
  private final PersonalDataCipher cipher;
  private final TransactionTemplate transactions;

  IncidentBatch(
      IncidentStore store,
      IncidentRules rules,
      Directory directory,
      Victims victims,
      Referrals referrals,
      PersonalDataCipher cipher,
      TransactionTemplate transactions) {
    this.store = store;
    this.rules = rules;
    this.directory = directory;
    this.victims = victims;
    this.referrals = referrals;
    this.cipher = cipher;
    this.transactions = transactions;
  }

  IncidentBatchResult refer(
      StaffUser user,
      IncidentRow incident,
      String countryCode,
      UUID receiverId,
      SupportService service,
      ReferralUrgency urgency,
      String message) {
    String country = countryCode == null ? "" : countryCode.strip().toUpperCase(Locale.ROOT);
    List<Problem> problems = new ArrayList<>();
    if (incident.status() != IncidentStatus.OPEN) {
      problems.add(Problem.of(null, "incident.error.closed"));
    }
    Optional<MemberView> receiver =
        receiverId == null ? Optional.empty() : directory.member(receiverId);
    if (receiver.isEmpty() || !receiver.get().countryCode().equals(country)) {
      problems.add(Problem.of("receiverOrganisationId", "incident.error.receiver"));
    } else if (receiverId.equals(user.organisationId())) {
      problems.add(Problem.of("receiverOrganisationId", "incident.error.receiver.own"));
    }
    if (service == null) {
      problems.add(Problem.of("service", "incident.error.service.missing"));
    } else if (receiver.isPresent() && !receiver.get().services().contains(service)) {
      problems.add(Problem.of("service", "incident.error.service.offered"));
    }
    if (urgency == null) {
      problems.add(Problem.of("urgency", "incident.error.urgency.missing"));
    }
    rules.text(problems, "message", message, IncidentRules.MESSAGE_MAX, false);
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }

    List<PersonRow> persons = store.persons(incident.id(), user.organisationId(), country);
    Map<UUID, String> references =
        persons.isEmpty()
            ? Map.of()
            : victims.summaries(persons.stream().map(PersonRow::victimId).toList()).stream()
                .collect(
                    Collectors.toMap(VictimSummary::id, VictimSummary::reference, (a, b) -> a));
    List<IncidentBatchResult.Sent> sent = new ArrayList<>();
    List<IncidentBatchResult.Skipped> skipped = new ArrayList<>();
    for (PersonRow person : persons) {
      String reference = references.get(person.victimId());
      try {
        Outcome outcome =
            transactions.execute(
                status ->
                    referOne(
                        person.id(),
                        incident,
                        receiverId,
                        service,
                        urgency,
                        IncidentRules.tidy(message)));
        if (outcome.referral() != null) {
          sent.add(
              new IncidentBatchResult.Sent(
                  person.id(), reference, outcome.referral().id(), outcome.referral().reference()));
        } else {
          skipped.add(new IncidentBatchResult.Skipped(person.id(), reference, outcome.reason()));
        }
      } catch (InvalidInput refused) {
        // One person's consent or package the referral refuses: the others still go.
        log.info(
            "incident {} person {} not referred: {}",
            incident.id(),
            person.id(),
            refused.getMessage());
        skipped.add(new IncidentBatchResult.Skipped(person.id(), reference, Reason.REFUSED));
      }
    }
    return new IncidentBatchResult(
        incident.id(), country, receiverId, receiver.get().name(), sent, skipped);
  }

  private record Outcome(ReferralView referral, Reason reason) {}

  private Outcome referOne(
      UUID personId,
      IncidentRow incident,
      UUID receiverId,
      SupportService service,
      ReferralUrgency urgency,
      String message) {
    PersonRow person = store.lock(personId);
    if (person.referralId() != null && REFERRED.contains(person.status())) {
      return new Outcome(null, Reason.ALREADY_REFERRED);
    }
    if (!person.consented()) {
      return new Outcome(null, Reason.NO_CONSENT);
    }
    if (person.consentValidUntil().isBefore(rules.today())) {
      return new Outcome(null, Reason.CONSENT_EXPIRED);
    }
    ReferralConsent consent =
        new ReferralConsent(
            person.consentItems(),
            cipher.open(
                person.consentPurposeSealed(), IncidentService.PURPOSE_CONTEXT + person.id()),
            person.consentMethod(),
            person.consentGivenAt(),
            person.consentValidUntil());
    ReferralView referral =
        referrals.send(
            new NewReferral(
                null,
                null,
                receiverId,
                service,
                urgency,
                consent,
                pkg(person, incident).only(consent.items()),
                message,
                incident.id(),
                null));
    store.referred(person.id(), referral.id());
    return new Outcome(referral, null);
  }

  /** Everything the victim's record and the incident can tell; the consent then keeps only some. */
  private ReferralPackage pkg(PersonRow person, IncidentRow incident) {
    VictimDetails details = victims.get(person.victimId()).details();
    return new ReferralPackage(
        details.fullName(),
        details.phone(),
        details.email(),
        details.address(),
        details.dateOfBirth(),
        details.preferredLanguage() == null ? person.language() : details.preferredLanguage(),
        person.residenceCountry(),
        null,
        incident.occurredAt().atZone(ZoneOffset.UTC).toLocalDate(),
        incident.place(),
        incident.countryCode(),
        incident.summary());
  }
}

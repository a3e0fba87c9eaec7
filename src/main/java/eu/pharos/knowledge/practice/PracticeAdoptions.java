package eu.pharos.knowledge.practice;

import eu.pharos.identity.OrganisationView;
import eu.pharos.identity.Organisations;
import eu.pharos.knowledge.centre.CentreAccess;
import eu.pharos.knowledge.centre.CentreActivity;
import eu.pharos.knowledge.centre.CentreRef;
import eu.pharos.platform.Notifications;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.InvalidInput.Problem;
import eu.pharos.shared.StaffUser;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations adopting a practice of another: a member of another organisation asks (with a short
 * note), the author's side sees the requests, and the adopting organisation later reports how it
 * went. The author is told of each request and each report.
 */
@Service
public class PracticeAdoptions {

  static final int NOTE_MAX = 1000;
  static final int REPORT_MAX = 4000;

  private final Practices practices;
  private final PracticeAdoptionRepository adoptions;
  private final CentreAccess access;
  private final CentreActivity activity;
  private final Organisations organisations;
  private final Notifications notifications;
  private final Clock clock;

  PracticeAdoptions(
      Practices practices,
      PracticeAdoptionRepository adoptions,
      CentreAccess access,
      CentreActivity activity,
      Organisations organisations,
      Notifications notifications,
      Clock clock) {
    this.practices = practices;
    this.adoptions = adoptions;
    this.access = access;
    this.activity = activity;
    this.organisations = organisations;
    this.notifications = notifications;
    this.clock = clock;
  }

  /**
   * A member of another organisation than the author's asks to adopt a practice; one request per
   * organisation.
   */
  @Transactional
  public AdoptionView ask(String centreKey, UUID practiceId, String note) {
    Practices.Loaded loaded = practices.load(centreKey, practiceId);
    CentreRef centre = loaded.centre();
    Practice practice = loaded.practice();
    StaffUser user =
        access
            .currentUser()
            .orElseThrow(() -> new AccessDeniedException("Sign in to adopt a practice"));
    if (!centre.isMember()) {
      throw new AccessDeniedException("Only members of the centre may adopt its practices");
    }
    String clean = Practices.strip(note);
    if (user.organisationId().equals(practice.organisationId())) {
      throw InvalidInput.of("note", "knowledge.practice.adoption.error.own-organisation");
    }
    if (practice.hidden()) {
      throw InvalidInput.of("note", "knowledge.practice.adoption.error.hidden");
    }
    if (adoptions
        .findByPracticeIdAndOrganisationId(practice.id(), user.organisationId())
        .isPresent()) {
      throw InvalidInput.of("note", "knowledge.practice.adoption.error.already");
    }
    if (clean.length() > NOTE_MAX) {
      throw InvalidInput.of("note", "knowledge.practice.error.too-long", NOTE_MAX);
    }
    String organisationName =
        organisations.find(user.organisationId()).map(OrganisationView::name).orElse("");
    PracticeAdoption adoption =
        adoptions.saveAndFlush(
            new PracticeAdoption(
                practice.id(),
                user.organisationId(),
                organisationName,
                user.userId(),
                user.displayName(),
                clean.isEmpty() ? null : clean,
                Instant.now(clock)));
    String link = Practices.link(centre, practice);
    activity.record(
        centre.id(),
        Practices.ACTIVITY_KIND,
        "adoption-asked",
        practice.title(),
        link,
        practice.visibility());
    for (UUID recipient : authorSide(centre, practice)) {
      notifications.notify(
          recipient,
          "knowledge.practice.notification.adoption-asked",
          List.of(organisationName, practice.title()),
          link);
    }
    return adoption.view();
  }

  /**
   * The adopting organisation reports how adopting the practice went.
   *
   * @throws InvalidInput when the request is another organisation's, or the report is incomplete
   */
  @Transactional
  public AdoptionView report(
      String centreKey, UUID practiceId, UUID adoptionId, AdoptionStatus status, String report) {
    Practices.Loaded loaded = practices.load(centreKey, practiceId);
    CentreRef centre = loaded.centre();
    Practice practice = loaded.practice();
    PracticeAdoption adoption =
        (adoptionId == null ? Optional.<PracticeAdoption>empty() : adoptions.findById(adoptionId))
            .filter(a -> a.practiceId().equals(practice.id()))
            .orElseThrow(() -> new PracticeNotFound(adoptionId));
    UUID organisationId = access.currentUser().map(StaffUser::organisationId).orElse(null);
    if (!adoption.organisationId().equals(organisationId)) {
      throw InvalidInput.of("status", "knowledge.practice.adoption.error.not-yours");
    }
    List<Problem> problems = new ArrayList<>();
    if (status == null) {
      problems.add(Problem.of("status", "knowledge.practice.adoption.error.status-required"));
    }
    String clean = Practices.strip(report);
    if (clean.length() > REPORT_MAX) {
      problems.add(Problem.of("report", "knowledge.practice.error.too-long", REPORT_MAX));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    adoption.report(
        status, clean.isEmpty() ? null : clean, Instant.now(clock), access.currentUserId());
    adoptions.saveAndFlush(adoption);
    String link = Practices.link(centre, practice);
    activity.record(
        centre.id(),
        Practices.ACTIVITY_KIND,
        "adoption-reported",
        practice.title(),
        link,
        practice.visibility());
    for (UUID recipient : authorSide(centre, practice)) {
      notifications.notify(
          recipient,
          "knowledge.practice.notification.adoption-reported",
          List.of(adoption.organisationName(), practice.title()),
          link);
    }
    return adoption.view();
  }

  /** Whom to tell of a request or a report: the author (the moderators see the list). */
  private Set<UUID> authorSide(CentreRef centre, Practice practice) {
    Set<UUID> recipients = new LinkedHashSet<>();
    recipients.add(practice.authorId());
    UUID me = access.currentUserId();
    if (me != null) {
      recipients.remove(me);
    }
    return recipients;
  }
}

package eu.pharos.standards.cycle;

import eu.pharos.identity.OrganisationView;
import eu.pharos.identity.Organisations;
import eu.pharos.identity.UserView;
import eu.pharos.platform.Notifications;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Who is told of the evaluation's steps, and the names those notices carry. */
@Component
class EvaluationNotices {

  private final StandardsPeople people;
  private final Organisations organisations;
  private final Notifications notifications;

  EvaluationNotices(
      StandardsPeople people, Organisations organisations, Notifications notifications) {
    this.people = people;
    this.organisations = organisations;
    this.notifications = notifications;
  }

  StandardsPeople people() {
    return people;
  }

  String organisationName(UUID organisationId) {
    return organisations.find(organisationId).map(OrganisationView::name).orElse("");
  }

  /** Tells the evaluator of their assignment, and the member's quality staff who evaluates them. */
  void assigned(Cycle cycle, UserView evaluator) {
    String link = link(cycle);
    notifications.notify(
        evaluator.id(),
        "standards.evaluation.notice.assigned",
        List.of(organisationName(cycle.organisationId()), cycle.reference()),
        link);
    people
        .qualityStaff(cycle.organisationId())
        .forEach(
            user ->
                notifications.notify(
                    user.id(),
                    "standards.evaluation.notice.evaluator-assigned",
                    List.of(
                        evaluator.displayName(),
                        organisationName(evaluator.organisationId()),
                        cycle.reference()),
                    link));
  }

  /** Tells the member's quality staff and the secretariat that the report is complete. */
  void reported(Cycle cycle) {
    Set<UUID> told = new LinkedHashSet<>();
    people.qualityStaff(cycle.organisationId()).forEach(user -> told.add(user.id()));
    people.secretariat().forEach(user -> told.add(user.id()));
    List<String> args = List.of(organisationName(cycle.organisationId()), cycle.reference());
    told.forEach(
        userId ->
            notifications.notify(
                userId, "standards.evaluation.notice.reported", args, link(cycle)));
  }

  private static String link(Cycle cycle) {
    return "/app/standards/cycles/" + cycle.id() + "/evaluation";
  }
}

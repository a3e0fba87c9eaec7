package eu.pharos.knowledge.centre;

import eu.pharos.shared.StaffUser;
import eu.pharos.shared.tenancy.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happened in each centre, attributed to whoever did it. Every change to a centre's content is
 * recorded here in the same transaction, so the home's "what is new" never shows a change that was
 * rolled back.
 */
@Service
public class CentreActivity {

  private final ActivityRepository activities;
  private final Clock clock;

  CentreActivity(ActivityRepository activities, Clock clock) {
    this.activities = activities;
    this.clock = clock;
  }

  /**
   * Records a change by the signed-in user.
   *
   * @param kind what changed, such as {@code practice}
   * @param action what was done, such as {@code created}
   * @param title the changed thing's title, as readers of {@code visibility} may see it
   * @param link where it is, a path within Pharos
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void record(
      UUID centreId, String kind, String action, String title, String link, Visibility visibility) {
    StaffUser user = TenantContext.currentUser().orElse(null);
    activities.save(
        new Activity(
            centreId,
            kind,
            action,
            title,
            link,
            visibility,
            user == null ? null : user.userId(),
            user == null ? null : user.displayName(),
            Instant.now(clock)));
  }

  /** The newest changes the caller may see, newest first. */
  @Transactional(readOnly = true)
  public List<ActivityView> latest(CentreRef centre, int limit) {
    List<Visibility> visible = Arrays.stream(Visibility.values()).filter(centre::maySee).toList();
    return activities
        .findByCentreIdAndVisibilityInOrderByOccurredAtDesc(centre.id(), visible, Limit.of(limit))
        .stream()
        .map(Activity::view)
        .toList();
  }
}

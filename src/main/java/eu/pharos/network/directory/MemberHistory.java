package eu.pharos.network.directory;

import eu.pharos.audit.AuditLog;
import eu.pharos.audit.AuditOutcome;
import eu.pharos.audit.AuditRecord;
import eu.pharos.network.DirectoryChanged;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every change to the directory leaves behind, in the change's own transaction: an entry in
 * the member's history with the changed fields before and after, a new directory revision, a {@link
 * DirectoryChanged} event, and an audit record.
 */
@Component
class MemberHistory {

  private final MemberChangeRepository changes;
  private final DirectoryRevision revision;
  private final ApplicationEventPublisher events;
  private final AuditLog audit;
  private final DirectoryAccess access;
  private final Clock clock;

  MemberHistory(
      MemberChangeRepository changes,
      DirectoryRevision revision,
      ApplicationEventPublisher events,
      AuditLog audit,
      DirectoryAccess access,
      Clock clock) {
    this.changes = changes;
    this.revision = revision;
    this.events = events;
    this.audit = audit;
    this.access = access;
    this.clock = clock;
  }

  Instant now() {
    return Instant.now(clock);
  }

  /** Records a change; the maps hold the fields as they were and as they are now. */
  void record(
      UUID organisationId, String action, Map<String, Object> before, Map<String, Object> after) {
    Map<String, Object> changed = write(organisationId, action, before, after);
    audit.record(
        AuditRecord.of("network." + action, AuditOutcome.SUCCESS)
            .target("network_member", organisationId)
            .detail(String.join(",", changed.keySet())));
    published(organisationId);
  }

  /** Records a change that is audited with others, once for a whole batch. */
  void recordInBatch(
      UUID organisationId, String action, Map<String, Object> before, Map<String, Object> after) {
    write(organisationId, action, before, after);
  }

  void audit(String action, String detail) {
    audit.record(
        AuditRecord.of("network." + action, AuditOutcome.SUCCESS)
            .target("network_member", "*")
            .detail(detail));
  }

  private Map<String, Object> write(
      UUID organisationId, String action, Map<String, Object> before, Map<String, Object> after) {
    Map<String, Object> was = new LinkedHashMap<>();
    Map<String, Object> is = new LinkedHashMap<>();
    for (String key : after.keySet()) {
      Object old = before.get(key);
      Object now = after.get(key);
      if (!Objects.equals(old, now)) {
        was.put(key, old);
        is.put(key, now);
      }
    }
    for (String key : before.keySet()) {
      if (!after.containsKey(key)) {
        was.put(key, before.get(key));
      }
    }
    DirectoryAccess.Actor actor = access.actor();
    changes.save(
        new MemberChange(
            organisationId,
            action,
            actor.id(),
            actor.label(),
            now(),
            was.isEmpty() ? null : json(was),
            is.isEmpty() ? null : json(is)));
    Map<String, Object> changed = new LinkedHashMap<>(was);
    changed.putAll(is);
    return changed;
  }

  /** Bumps the revision and tells the other modules. */
  void published(UUID organisationId) {
    events.publishEvent(new DirectoryChanged(organisationId, revision.bump()));
  }

  private static String json(Map<String, Object> fields) {
    return JsonMapper.shared().writeValueAsString(fields);
  }
}

package eu.pharos.audit.internal;

import eu.pharos.audit.AuditEntryView;
import eu.pharos.audit.AuditLog;
import eu.pharos.audit.AuditOutcome;
import eu.pharos.audit.AuditRecord;
import eu.pharos.audit.AuditVerification;
import eu.pharos.shared.StaffUser;
import eu.pharos.shared.tenancy.TenantContext;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records through {@link AuditAppender}, which links concurrent records as one group under a row
 * lock on {@code audit_chain_head}, so that writers on any number of nodes extend one chain without
 * forks; verifies and lists with the application's own connections.
 */
@Service
class JdbcAuditLog implements AuditLog {

  private final JdbcTemplate jdbc;
  private final AuditChain chain;
  private final AuditAppender appender;
  private final Clock clock;
  private final ThreadLocal<List<AuditChain.Entry>> gathered = new ThreadLocal<>();

  JdbcAuditLog(JdbcTemplate jdbc, AuditChain chain, AuditAppender appender, Clock clock) {
    this.jdbc = jdbc;
    this.chain = chain;
    this.appender = appender;
    this.clock = clock;
  }

  @Override
  public void record(AuditRecord record) {
    recordAll(List.of(record));
  }

  @Override
  public void recordAll(List<AuditRecord> records) {
    if (records.isEmpty()) {
      return;
    }
    List<AuditChain.Entry> entries = records.stream().map(this::entry).toList();
    List<AuditChain.Entry> held = gathered.get();
    if (held != null) {
      held.addAll(entries);
    } else {
      appender.append(entries);
    }
  }

  @Override
  public Gathering gather() {
    if (gathered.get() != null) {
      return () -> {};
    }
    List<AuditChain.Entry> held = new ArrayList<>();
    gathered.set(held);
    return () -> {
      gathered.remove();
      if (!held.isEmpty()) {
        appender.append(held);
      }
    };
  }

  /** The row of a record, with who, where and when taken from the current request. */
  private AuditChain.Entry entry(AuditRecord record) {
    Optional<StaffUser> user = TenantContext.currentUser();
    UUID actorId =
        record.actorId() != null ? record.actorId() : user.map(StaffUser::userId).orElse(null);
    String actorLabel =
        record.actorLabel() != null ? record.actorLabel() : user.map(StaffUser::email).orElse(null);
    UUID organisationId =
        record.organisationId() != null
            ? record.organisationId()
            : user.map(StaffUser::organisationId).orElse(null);
    return new AuditChain.Entry(
        Instant.now(clock).truncatedTo(ChronoUnit.MICROS),
        actorId,
        truncate(actorLabel, 254),
        organisationId,
        record.action(),
        record.targetType(),
        truncate(record.targetId(), 64),
        record.outcome().name(),
        remoteAddress(),
        record.detail());
  }

  @Override
  @Transactional(readOnly = true)
  public AuditVerification verify() {
    AtomicLong checked = new AtomicLong();
    AtomicLong expectedId = new AtomicLong(1);
    AtomicReference<String> previous = new AtomicReference<>(AuditChain.GENESIS);
    AtomicReference<AuditVerification> broken = new AtomicReference<>();
    jdbc.query(
        "select * from audit_event order by id",
        rs -> {
          if (broken.get() != null) {
            return;
          }
          AuditChain.Row row = toRow(rs);
          checked.incrementAndGet();
          if (row.id() != expectedId.get()) {
            broken.set(
                new AuditVerification(
                    checked.get(),
                    row.id(),
                    "rows before this one are missing (expected id " + expectedId.get() + ")"));
          } else if (!previous.get().equals(rs.getString("previous_hash"))) {
            broken.set(
                new AuditVerification(
                    checked.get(), row.id(), "the link to the previous row does not match"));
          } else if (!chain.link(previous.get(), row).equals(rs.getString("hash"))) {
            broken.set(
                new AuditVerification(
                    checked.get(), row.id(), "the row was changed after it was written"));
          }
          previous.set(rs.getString("hash"));
          expectedId.incrementAndGet();
        });
    if (broken.get() != null) {
      return broken.get();
    }
    var head = jdbc.queryForMap("select last_id, last_hash from audit_chain_head where id = 1");
    long lastId = ((Number) head.get("last_id")).longValue();
    if (lastId != expectedId.get() - 1 || !previous.get().equals(head.get("last_hash"))) {
      return new AuditVerification(
          checked.get(), lastId, "the newest rows were deleted (the chain ends early)");
    }
    return AuditVerification.ok(checked.get());
  }

  @Override
  @Transactional(readOnly = true)
  public List<AuditEntryView> latest(UUID organisationId, int limit) {
    int capped = Math.max(1, Math.min(limit, 500));
    if (organisationId == null) {
      return jdbc.query(
          "select * from audit_event order by id desc fetch first " + capped + " rows only",
          (rs, n) -> toView(rs));
    }
    return jdbc.query(
        "select * from audit_event where organisation_id = ? order by id desc fetch first "
            + capped
            + " rows only",
        (rs, n) -> toView(rs),
        organisationId);
  }

  private static AuditChain.Row toRow(ResultSet rs) throws SQLException {
    return new AuditChain.Row(
        rs.getLong("id"),
        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
        rs.getObject("actor_id", UUID.class),
        rs.getString("actor_label"),
        rs.getObject("organisation_id", UUID.class),
        rs.getString("action"),
        rs.getString("target_type"),
        rs.getString("target_id"),
        rs.getString("outcome"),
        rs.getString("remote_address"),
        rs.getString("detail"));
  }

  private static AuditEntryView toView(ResultSet rs) throws SQLException {
    AuditChain.Row row = toRow(rs);
    return new AuditEntryView(
        row.id(),
        row.occurredAt(),
        row.actorId(),
        row.actorLabel(),
        row.organisationId(),
        row.action(),
        row.targetType(),
        row.targetId(),
        AuditOutcome.valueOf(row.outcome()),
        row.remoteAddress(),
        row.detail());
  }

  private static String remoteAddress() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
      HttpServletRequest request = attrs.getRequest();
      return truncate(request.getRemoteAddr(), 64);
    }
    return null;
  }

  private static String truncate(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }
}

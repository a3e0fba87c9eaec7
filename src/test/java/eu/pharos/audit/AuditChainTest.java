package eu.pharos.audit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import eu.pharos.shared.command.PharosCommand;
import eu.pharos.test.PharosTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PharosTest
class AuditChainTest {

  @Autowired AuditLog auditLog;
  @Autowired JdbcTemplate jdbc;
  @Autowired List<PharosCommand> commands;

  @Test
  void theVerifyCommandExitsWithOneAndNamesTheTamperedEntry() {
    String target = UUID.randomUUID().toString();
    auditLog.record(AuditRecord.access("test.record", target));
    long id =
        jdbc.queryForObject("select id from audit_event where target_id = ?", Long.class, target);
    PharosCommand verify =
        commands.stream().filter(c -> c.name().equals("audit-verify")).findFirst().orElseThrow();
    var out = new ByteArrayOutputStream();

    assertThat(verify.run(List.of(), new PrintStream(out, true, UTF_8))).isZero();
    assertThat(out.toString(UTF_8)).contains("intact");

    String original =
        jdbc.queryForObject(
            "select remote_address from audit_event where id = ?", String.class, id);
    jdbc.update("update audit_event set remote_address = '10.6.6.6' where id = ?", id);
    try {
      out.reset();
      assertThat(verify.run(List.of(), new PrintStream(out, true, UTF_8))).isEqualTo(1);
      assertThat(out.toString(UTF_8)).contains("BROKEN at entry " + id);
    } finally {
      jdbc.update("update audit_event set remote_address = ? where id = ?", original, id);
    }
    assertThat(auditLog.verify().intact()).isTrue();
  }

  @Test
  void detectsAChangedRowAndReportsWhichOne() {
    String target = UUID.randomUUID().toString();
    auditLog.record(AuditRecord.access("test.record", target));
    auditLog.record(AuditRecord.access("test.record", target));
    assertThat(auditLog.verify().intact()).isTrue();
    long tampered =
        jdbc.queryForObject(
            "select min(id) from audit_event where target_id = ?", Long.class, target);
    String original =
        jdbc.queryForObject("select action from audit_event where id = ?", String.class, tampered);
    try {
      jdbc.update("update audit_event set action = 'data.export' where id = ?", tampered);

      AuditVerification result = auditLog.verify();

      assertThat(result.intact()).isFalse();
      assertThat(result.firstBrokenId()).as(result.toString()).isEqualTo(tampered);
      assertThat(result.problem()).contains("changed");
    } finally {
      jdbc.update("update audit_event set action = ? where id = ?", original, tampered);
    }
    assertThat(auditLog.verify().intact()).isTrue();
  }

  @Test
  void detectsADeletedRowInTheMiddle() {
    String target = UUID.randomUUID().toString();
    for (int i = 0; i < 3; i++) {
      auditLog.record(AuditRecord.access("test.record", target));
    }
    long middle =
        jdbc.queryForObject(
            "select min(id) + 1 from audit_event where target_id = ?", Long.class, target);
    var row = jdbc.queryForMap("select * from audit_event where id = ?", middle);
    jdbc.update("delete from audit_event where id = ?", middle);
    try {
      AuditVerification result = auditLog.verify();

      assertThat(result.intact()).isFalse();
      assertThat(result.firstBrokenId()).as(result.toString()).isEqualTo(middle + 1);
    } finally {
      jdbc.update(
          "insert into audit_event (id, occurred_at, actor_id, actor_label, organisation_id, action,"
              + " target_type, target_id, outcome, remote_address, detail, previous_hash, hash)"
              + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          row.get("id"),
          row.get("occurred_at"),
          row.get("actor_id"),
          row.get("actor_label"),
          row.get("organisation_id"),
          row.get("action"),
          row.get("target_type"),
          row.get("target_id"),
          row.get("outcome"),
          row.get("remote_address"),
          row.get("detail"),
          row.get("previous_hash"),
          row.get("hash"));
    }
    assertThat(auditLog.verify().intact()).isTrue();
  }

  @Test
  void recordsTheSignedInActorAndOrganisation() {
    String target = UUID.randomUUID().toString();
    UUID actor = UUID.randomUUID();
    UUID organisation = UUID.randomUUID();

    auditLog.record(
        AuditRecord.access("test.record", target)
            .actor(actor, "someone@pharos.test", organisation));

    AuditEntryView entry =
        auditLog.latest(organisation, 10).stream()
            .filter(e -> target.equals(e.targetId()))
            .findFirst()
            .orElseThrow();
    assertThat(entry.actorId()).isEqualTo(actor);
    assertThat(entry.action()).isEqualTo("data.read");
    assertThat(auditLog.latest(UUID.randomUUID(), 10)).isEmpty();
  }
}

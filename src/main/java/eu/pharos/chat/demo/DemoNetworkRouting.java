package eu.pharos.chat.demo;

import eu.pharos.network.Directory;
import eu.pharos.network.MemberFilter;
import eu.pharos.network.MemberView;
import eu.pharos.shared.command.CommandRunner;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Network routing in the demo network: Weisser Ring (Germany) serves English to the network on
 * weekdays from 08:00 to 20:00 (Berlin time). Its advisor Jonas is offline until he sets himself
 * available in English in the console; then a victim who starts an English chat with APAV while no
 * English-speaking advisor of APAV is free (Alex set away, or APAV closed) is offered Weisser Ring.
 * After the chat's demo (order 50); the row is written once.
 */
@Component
@Order(51)
class DemoNetworkRouting implements ApplicationRunner {

  static final String MEMBER = "WR-DE";
  static final String LANGUAGES = "en";
  static final String HOURS =
      "MON 08:00-20:00; TUE 08:00-20:00; WED 08:00-20:00; THU 08:00-20:00; FRI 08:00-20:00";

  private static final Logger log = LoggerFactory.getLogger(DemoNetworkRouting.class);

  private final Directory directory;
  private final JdbcTemplate jdbc;
  private final boolean enabled;

  DemoNetworkRouting(
      Directory directory, JdbcTemplate jdbc, @Value("${pharos.demo}") boolean enabled) {
    this.directory = directory;
    this.jdbc = jdbc;
    this.enabled = enabled;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!enabled || CommandRunner.isCommand(args.getSourceArgs())) {
      return;
    }
    Optional<MemberView> member =
        directory.members(MemberFilter.all()).stream()
            .filter(m -> MEMBER.equals(m.shortName()))
            .findFirst();
    if (member.isEmpty()) {
      return;
    }
    Integer existing =
        jdbc.queryForObject(
            "select count(*) from chat_network_offer where organisation_id = ?",
            Integer.class,
            member.get().organisationId());
    if (existing != null && existing > 0) {
      return;
    }
    jdbc.update(
        "insert into chat_network_offer (organisation_id, serving, languages, hours, updated_at,"
            + " version) values (?, ?, ?, ?, ?, 1)",
        member.get().organisationId(),
        true,
        LANGUAGES,
        HOURS,
        Timestamp.from(Instant.now()));
    log.info("Demo chat: Weisser Ring (Germany) serves English to the network on weekdays");
  }
}

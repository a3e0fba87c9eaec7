package eu.pharos.chat.figures;

import static org.assertj.core.api.Assertions.assertThat;

import eu.pharos.chat.ChatEnded;
import eu.pharos.chat.ChatKind;
import eu.pharos.chat.ChatTopic;
import eu.pharos.chat.figures.DayFigures.BandCount;
import eu.pharos.chat.figures.DayFigures.WaitBand;
import eu.pharos.helpline.supervision.TestTeam;
import eu.pharos.identity.Role;
import eu.pharos.platform.PersonalDataCipher;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Today's figures come from the ended chats of the organisation alone: answered and abandoned
 * counts, the median wait of the answered ones, and the bands of the chart; an event received twice
 * counts once.
 */
@PharosTest
class ChatFiguresTest {

  @Autowired WaitRecords recorder;
  @Autowired ChatFigures figures;
  @Autowired JdbcTemplate jdbc;
  @Autowired PersonalDataCipher cipher;
  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;

  @Test
  void countsTodaysAnsweredAndAbandonedChatsAndTheirMedianWait() {
    TestTeam team = TestTeam.create(jdbc, cipher);
    team.person("Sam Supervisor", Role.SUPERVISOR);
    TestTeam other = TestTeam.create(jdbc, cipher);
    Instant now = Instant.now();

    ChatEnded first = ended(team.organisationId(), true, 30, now);
    recorder.record(first);
    recorder.record(first);
    recorder.record(ended(team.organisationId(), true, 90, now));
    recorder.record(ended(team.organisationId(), true, 700, now));
    recorder.record(ended(team.organisationId(), false, null, now));
    recorder.record(ended(other.organisationId(), true, 5, now));
    recorder.record(ended(team.organisationId(), true, 10, now.minus(Duration.ofDays(2))));

    DayFigures today =
        new TenancyCheck(mvc, userDetails)
            .asUser(team.email("Sam Supervisor"), () -> figures.today(ZoneId.of("UTC")));

    assertThat(today.answered()).isEqualTo(3);
    assertThat(today.abandoned()).isEqualTo(1);
    assertThat(today.medianWaitSeconds()).isEqualTo(90);
    assertThat(today.bands())
        .extracting(BandCount::band, BandCount::count)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(WaitBand.UNDER_1_MINUTE, 1),
            org.assertj.core.groups.Tuple.tuple(WaitBand.UNDER_2_MINUTES, 1),
            org.assertj.core.groups.Tuple.tuple(WaitBand.UNDER_5_MINUTES, 0),
            org.assertj.core.groups.Tuple.tuple(WaitBand.UNDER_10_MINUTES, 0),
            org.assertj.core.groups.Tuple.tuple(WaitBand.LONGER, 1));
    assertThat(today.largestBand()).isEqualTo(1);
  }

  private static ChatEnded ended(
      UUID organisation, boolean answered, Integer waited, Instant endedAt) {
    return new ChatEnded(
        UUID.randomUUID(),
        organisation,
        ChatKind.LIVE,
        "pt",
        ChatTopic.GENERAL,
        answered,
        waited,
        answered ? 300 : null,
        endedAt);
  }
}

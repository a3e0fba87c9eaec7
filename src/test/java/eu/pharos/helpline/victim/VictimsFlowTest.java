package eu.pharos.helpline.victim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.pharos.helpline.VictimDetails;
import eu.pharos.helpline.VictimNotFound;
import eu.pharos.helpline.VictimSummary;
import eu.pharos.helpline.VictimView;
import eu.pharos.helpline.Victims;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Victims through the facade: registration, reading, summaries, tenancy and storage at rest. */
@PharosTest
class VictimsFlowTest {

  static final String ADVISOR = "advisor.apav@pharos.test";
  static final String SUPERVISOR = "supervisor.apav@pharos.test";
  static final String OUTSIDER = "advisor.wr-de@pharos.test";

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Victims victims;
  @Autowired JdbcTemplate jdbc;

  TenancyCheck tenancy;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
  }

  @Test
  void anAdvisorRegistersAVictimAndASupervisorReadsThem() {
    VictimView registered =
        tenancy.asUser(
            ADVISOR,
            () ->
                victims.register(
                    new VictimDetails(
                        "  Maria Silva ",
                        "+351 912 345 678",
                        "maria@example.pt",
                        "Rua das Flores 1, Lisboa",
                        LocalDate.of(1980, 5, 17),
                        "PT",
                        "pt")));

    assertThat(registered.reference()).matches("V-\\d{4}-\\d{6}");
    assertThat(registered.version()).isZero();
    assertThat(registered.details())
        .isEqualTo(
            new VictimDetails(
                "Maria Silva",
                "+351 912 345 678",
                "maria@example.pt",
                "Rua das Flores 1, Lisboa",
                LocalDate.of(1980, 5, 17),
                "pt",
                "PT"));

    VictimView read = tenancy.asUser(SUPERVISOR, () -> victims.get(registered.id()));
    assertThat(read.details()).isEqualTo(registered.details());
    assertThat(read.displayName()).isEqualTo("Maria Silva");
  }

  @Test
  void theDatabaseHoldsNoPlainTextOfAVictim() {
    UUID id =
        tenancy
            .asUser(
                ADVISOR,
                () ->
                    victims.register(
                        new VictimDetails(
                            "Maria Silva",
                            "+351 912 000 111",
                            "maria.silva@example.pt",
                            "Avenida da Liberdade 9",
                            LocalDate.of(1975, 1, 2),
                            "pt",
                            "PT")))
            .id();

    Map<String, Object> row = jdbc.queryForMap("select * from helpline_victim where id = ?", id);
    assertThat(row.values())
        .allSatisfy(
            value ->
                assertThat(String.valueOf(value))
                    .doesNotContainIgnoringCase("maria")
                    .doesNotContainIgnoringCase("silva")
                    .doesNotContain("912")
                    .doesNotContainIgnoringCase("liberdade")
                    .doesNotContain("1975"));
    assertThat((String) row.get("full_name_sealed")).startsWith(row.get("key_id") + ".");
    assertThat((String) row.get("name_index")).matches("[0-9a-f]{64}");
  }

  @Test
  void summariesKeepTheOrderOfTheIdsAndNameTheUnnamedByReference() {
    VictimView named =
        tenancy.asUser(
            ADVISOR,
            () ->
                victims.register(
                    new VictimDetails("Ana Costa", null, null, null, null, null, null)));
    VictimView unnamed = tenancy.asUser(ADVISOR, () -> victims.register(VictimDetails.unnamed()));

    List<VictimSummary> summaries =
        tenancy.asUser(
            ADVISOR, () -> victims.summaries(List.of(unnamed.id(), UUID.randomUUID(), named.id())));

    assertThat(summaries)
        .containsExactly(
            new VictimSummary(unnamed.id(), unnamed.reference(), unnamed.reference()),
            new VictimSummary(named.id(), named.reference(), "Ana Costa"));
    assertThat(tenancy.asUser(OUTSIDER, () -> victims.summaries(List.of(named.id())))).isEmpty();
  }

  @Test
  void anotherOrganisationsVictimIsNotFound() {
    UUID id = tenancy.asUser(ADVISOR, () -> victims.register(VictimDetails.unnamed())).id();

    assertThatThrownBy(() -> tenancy.asUser(OUTSIDER, () -> victims.get(id)))
        .isInstanceOf(VictimNotFound.class);
    assertThatThrownBy(() -> tenancy.asUser(ADVISOR, () -> victims.get(UUID.randomUUID())))
        .isInstanceOf(VictimNotFound.class);
  }
}

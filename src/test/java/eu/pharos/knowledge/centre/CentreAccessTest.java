package eu.pharos.knowledge.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Who stands where in the demo centres, as CentreAccess decides it. */
@PharosTest
class CentreAccessTest {

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired CentreAccess access;

  TenancyCheck tenancy;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
  }

  @Test
  void membersThroughTheirOrganisationModeratorsAndTheSecretariatStandAboveTheNetwork() {
    assertThat(standing("advisor.wr-de@pharos.test", "european-helplines"))
        .isEqualTo(Standing.MEMBER);
    assertThat(standing("orgadmin.apav@pharos.test", "european-helplines"))
        .isEqualTo(Standing.MODERATOR);
    assertThat(standing("secretariat@pharos.test", "european-helplines"))
        .isEqualTo(Standing.MODERATOR);
    assertThat(standing("member.fv@pharos.test", "european-helplines")).isEqualTo(Standing.NETWORK);
    assertThat(standing("member.fv@pharos.test", "eu-legislation-monitoring"))
        .isEqualTo(Standing.MEMBER);
    assertThat(access.read("european-helplines").standing()).isEqualTo(Standing.PUBLIC);
  }

  @Test
  void whatEachStandingMaySee() {
    assertThat(Standing.PUBLIC.maySee(Visibility.PUBLIC)).isTrue();
    assertThat(Standing.PUBLIC.maySee(Visibility.NETWORK)).isFalse();
    assertThat(Standing.NETWORK.maySee(Visibility.NETWORK)).isTrue();
    assertThat(Standing.NETWORK.maySee(Visibility.CENTRE)).isFalse();
    assertThat(Standing.MEMBER.maySee(Visibility.CENTRE)).isTrue();
  }

  @Test
  void aNonMemberIsRefusedWhatOnlyMembersMayDoAndAnUnknownCentreIsNotFound() {
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    "member.fv@pharos.test", () -> access.requireMember("european-helplines")))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    "advisor.wr-de@pharos.test",
                    () -> access.requireModerator("european-helplines")))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> access.read("no-such-centre")).isInstanceOf(CentreNotFound.class);
    assertThatThrownBy(() -> access.read("00000000-0000-0000-0000-000000000000"))
        .isInstanceOf(CentreNotFound.class);
  }

  private Standing standing(String email, String slug) {
    return tenancy.asUser(email, () -> access.read(slug).standing());
  }
}

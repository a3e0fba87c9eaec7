package eu.pharos.identity.web;

import eu.pharos.identity.OrganisationView;
import eu.pharos.identity.Organisations;
import eu.pharos.identity.Role;
import eu.pharos.identity.UserNotFound;
import eu.pharos.identity.UserView;
import eu.pharos.identity.Users;
import eu.pharos.shared.StaffUser;
import eu.pharos.shared.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;

@Tag(name = "Me", description = "Who is calling")
@ApiController
class MeApiController {

  private final Users users;
  private final Organisations organisations;

  MeApiController(Users users, Organisations organisations) {
    this.users = users;
    this.organisations = organisations;
  }

  /** Who the caller is: useful to check that a token works and whose it is. */
  @Operation(summary = "The caller: name, e-mail, organisation and roles")
  @GetMapping("/api/v1/me")
  Me me(@AuthenticationPrincipal StaffUser caller) {
    UserView user =
        users.find(caller.userId()).orElseThrow(() -> UserNotFound.forId(caller.userId()));
    OrganisationView organisation =
        organisations.find(user.organisationId()).orElseThrow(() -> UserNotFound.forId(user.id()));
    return new Me(
        user.id(),
        user.displayName(),
        user.email(),
        new OrganisationRef(organisation.id(), organisation.name(), organisation.shortName()),
        user.roles().stream().sorted().toList());
  }

  record Me(UUID id, String name, String email, OrganisationRef organisation, List<Role> roles) {}

  record OrganisationRef(UUID id, String name, String shortName) {}
}

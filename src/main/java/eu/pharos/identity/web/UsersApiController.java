package eu.pharos.identity.web;

import eu.pharos.identity.Role;
import eu.pharos.identity.UserNotFound;
import eu.pharos.identity.UserStatus;
import eu.pharos.identity.UserView;
import eu.pharos.identity.Users;
import eu.pharos.shared.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** The users of the caller's organisation, for its administrators, as on the Users page. */
@Tag(name = "Users", description = "Staff users of the caller's organisation")
@ApiController
@RequestMapping("/api/v1/users")
@PreAuthorize("hasAnyRole('ORG_ADMIN', 'NETWORK_ADMIN')")
class UsersApiController {

  private final Users users;

  UsersApiController(Users users) {
    this.users = users;
  }

  @Operation(summary = "The users of the caller's organisation (organisation administrators)")
  @GetMapping
  List<UserResource> list() {
    return users.inMyOrganisation().stream().map(UserResource::of).toList();
  }

  /** A user of another organisation is "not found", like one that does not exist. */
  @Operation(summary = "One user of the caller's organisation; 404 for any other")
  @GetMapping("/{id}")
  UserResource get(@PathVariable UUID id) {
    return users.find(id).map(UserResource::of).orElseThrow(() -> UserNotFound.forId(id));
  }

  record UserResource(
      UUID id,
      String name,
      String email,
      UserStatus status,
      List<Role> roles,
      boolean secondFactorEnrolled,
      Instant lastLoginAt) {

    static UserResource of(UserView user) {
      return new UserResource(
          user.id(),
          user.displayName(),
          user.email(),
          user.status(),
          user.roles().stream().sorted().toList(),
          user.secondFactorEnrolled(),
          user.lastLoginAt());
    }
  }
}

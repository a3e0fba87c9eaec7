package eu.pharos.identity.internal;

import eu.pharos.identity.UserView;
import eu.pharos.identity.Users;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Queries run in the caller's tenant scope: Hibernate filters by organisation. */
@Service
@Transactional(readOnly = true)
class UserService implements Users {

  private final UserAccountRepository users;

  UserService(UserAccountRepository users) {
    this.users = users;
  }

  @Override
  public Optional<UserView> find(UUID id) {
    return users.findById(id).map(UserAccount::view);
  }

  @Override
  public List<UserView> inMyOrganisation() {
    return users.findAllByOrderByDisplayNameAsc().stream().map(UserAccount::view).toList();
  }
}

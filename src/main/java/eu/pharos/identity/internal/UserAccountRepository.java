package eu.pharos.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccountRepository extends JpaRepository<UserAccount, UUID> {

  Optional<UserAccount> findByEmail(String normalisedEmail);

  List<UserAccount> findAllByOrderByDisplayNameAsc();
}

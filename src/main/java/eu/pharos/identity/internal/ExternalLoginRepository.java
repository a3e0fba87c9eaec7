package eu.pharos.identity.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExternalLoginRepository extends JpaRepository<ExternalLogin, UUID> {

  Optional<ExternalLogin> findByProviderAndSubject(String provider, String subject);
}

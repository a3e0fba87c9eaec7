package eu.pharos.network.directory;

import eu.pharos.network.MemberStatus;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface MemberProfileRepository extends JpaRepository<MemberProfile, UUID> {

  List<MemberProfile> findByStatus(MemberStatus status);
}

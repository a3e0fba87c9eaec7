package eu.pharos.knowledge.discussion;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface DigestSettingRepository extends JpaRepository<DigestSetting, UUID> {

  List<DigestSetting> findByUserId(UUID userId);

  Optional<DigestSetting> findByUserIdAndCentreIdIsNull(UUID userId);

  Optional<DigestSetting> findByUserIdAndCentreId(UUID userId, UUID centreId);
}

package eu.pharos.knowledge.practice;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PracticeTranslationRepository extends JpaRepository<PracticeTranslation, UUID> {

  List<PracticeTranslation> findByPracticeIdOrderByLanguage(UUID practiceId);

  List<PracticeTranslation> findByPracticeIdIn(Collection<UUID> practiceIds);

  Optional<PracticeTranslation> findByPracticeIdAndLanguage(UUID practiceId, String language);
}

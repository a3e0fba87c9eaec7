package eu.pharos.knowledge.document;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface LanguageVersionRepository extends JpaRepository<LanguageVersion, UUID> {

  List<LanguageVersion> findByDocumentIdOrderByCreatedAtAsc(UUID documentId);

  List<LanguageVersion> findByDocumentIdIn(Collection<UUID> documentIds);

  Optional<LanguageVersion> findByDocumentIdAndLanguage(UUID documentId, String language);
}

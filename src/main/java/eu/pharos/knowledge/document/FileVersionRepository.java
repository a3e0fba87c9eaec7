package eu.pharos.knowledge.document;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface FileVersionRepository extends JpaRepository<FileVersion, UUID> {

  List<FileVersion> findByDocumentIdOrderByNumberDesc(UUID documentId);

  Optional<FileVersion> findFirstByLanguageIdOrderByNumberDesc(UUID languageId);
}

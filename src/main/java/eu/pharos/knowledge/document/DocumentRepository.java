package eu.pharos.knowledge.document;

import eu.pharos.knowledge.centre.Visibility;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentRepository extends JpaRepository<Document, UUID> {

  List<Document> findByCentreIdAndVisibilityInOrderByUpdatedAtDesc(
      UUID centreId, Collection<Visibility> visibilities);

  List<Document> findByCentreIdAndVisibilityInAndHiddenFalseOrderByUpdatedAtDesc(
      UUID centreId, Collection<Visibility> visibilities, Limit limit);

  boolean existsByFolderId(UUID folderId);
}
